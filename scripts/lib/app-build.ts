import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

// A production build of the app is reused while the sources it was built from are unchanged: the hash of
// those sources is written beside BUILD_ID, and a build whose hash differs (or that has none) is redone.
// A stale build would measure or show yesterday's code; a rebuild costs minutes here.

/** What `next build` reads: folders walked whole and single files, relative to the project root. */
const BUILD_INPUTS = {
  folders: ['app', 'lib', 'data', 'cypher', 'public'],
  files: ['middleware.ts', 'instrumentation.ts', 'next.config.js', 'tsconfig.json', 'package-lock.json'],
};

/** Name of the file, inside the build folder, holding the hash of the sources it was built from. */
export const SOURCES_HASH_FILE = 'trame-sources.sha256';

function walk(dir: string, out: string[]): void {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (entry.isFile()) out.push(full);
  }
}

/** SHA-256 over the path and bytes of every build input, in a fixed order. */
export function sourcesHash(root = process.cwd()): string {
  const files: string[] = [];
  for (const folder of BUILD_INPUTS.folders) walk(path.join(root, folder), files);
  for (const file of BUILD_INPUTS.files) if (existsSync(path.join(root, file)) && statSync(path.join(root, file)).isFile()) files.push(path.join(root, file));
  const hash = createHash('sha256');
  for (const file of files.map((f) => path.relative(root, f)).sort()) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(path.join(root, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** True when `distDir` holds a finished build made from the sources as they are now. */
export function isBuildCurrent(distDir: string, root = process.cwd(), hash = sourcesHash(root)): boolean {
  const dist = path.resolve(root, distDir);
  if (!existsSync(path.join(dist, 'BUILD_ID'))) return false;
  try {
    return readFileSync(path.join(dist, SOURCES_HASH_FILE), 'utf8').trim() === hash;
  } catch {
    return false;
  }
}

/**
 * Builds the app into `distDir` unless the build there is current; true when it built. The type check and
 * lint are left to `npm run typecheck` / `npm run lint`: a build for measuring or showing need not repeat them.
 */
export function ensureAppBuild(options: { distDir: string; root?: string; log?: (line: string) => void }): boolean {
  const root = options.root ?? process.cwd();
  const hash = sourcesHash(root);
  if (isBuildCurrent(options.distDir, root, hash)) return false;
  options.log?.(`building the app into ${options.distDir} (its sources changed or it has none)…`);
  const env = { ...process.env, NEXT_DIST_DIR: options.distDir, NEXT_TELEMETRY_DISABLED: '1', TRAME_NEXT_SKIP_TYPECHECK: '1' };
  const next = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
  const build = spawnSync(process.execPath, [next, 'build', '--no-lint'], { cwd: root, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (build.status !== 0) throw new Error(`next build failed:\n${(build.stderr || build.stdout).split('\n').slice(-15).join('\n')}`);
  // Hashed again: `next build` adds a new build folder's types to tsconfig.json's include list.
  writeFileSync(path.join(root, options.distDir, SOURCES_HASH_FILE), `${sourcesHash(root)}\n`);
  return true;
}

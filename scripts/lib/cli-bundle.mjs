// Bundles of the TypeScript CLIs in .build/cli/ (esbuild), rebuilt when missing or when any of their own
// source files, or package-lock.json, changed since they were built. Used by scripts/run.mjs.
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
/** Packages that load their own files at run time: left to node_modules instead of bundled. */
const EXTERNAL = ['playwright-core', 'autocannon', 'esbuild', 'next', 'fsevents'];
const OUT_DIR = path.join(ROOT, '.build', 'cli');

const mtime = (file) => {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return -1;
  }
};

/** Plain .mjs helpers (the Neo4j launcher) find their files from their own location: imported, not inlined. */
const keepPlainModulesInPlace = {
  name: 'keep-plain-modules-in-place',
  setup(build) {
    build.onResolve({ filter: /\.mjs$/ }, (args) => {
      if (!args.path.startsWith('.')) return undefined;
      return { path: path.resolve(args.resolveDir, args.path), external: true };
    });
  },
};

/**
 * Server modules import 'server-only' so that Next refuses them in a client bundle; a CLI is server code
 * outside Next, so the marker resolves to the package's empty module (the one Next's server build uses).
 */
const serverOnlyIsEmpty = {
  name: 'server-only-is-empty',
  setup(build) {
    build.onResolve({ filter: /^server-only$/ }, () => ({ path: path.join(ROOT, 'node_modules', 'server-only', 'empty.js') }));
  },
};

/** True when the bundle exists and no recorded input changed (every input is stat-ed, none read). */
export function isFresh(metaFile) {
  if (!existsSync(metaFile)) return false;
  let meta;
  try {
    meta = JSON.parse(readFileSync(metaFile, 'utf8'));
  } catch {
    return false;
  }
  if (meta.root !== ROOT || !existsSync(meta.bundle)) return false;
  return Object.entries(meta.inputs).every(([file, ms]) => mtime(path.join(ROOT, file)) === ms);
}

/** Bundles scripts/<name>.ts into .build/cli/<name>.mjs and records its inputs' mtimes. */
export async function buildCli(name) {
  const { build } = await import('esbuild');
  mkdirSync(OUT_DIR, { recursive: true });
  const bundle = path.join(OUT_DIR, `${name}.mjs`);
  // Written aside then renamed: two CLIs started at once never run a half-written bundle.
  const tmp = `${bundle}.${process.pid}.tmp`;
  const result = await build({
    entryPoints: [path.join(ROOT, 'scripts', `${name}.ts`)],
    outfile: tmp,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    metafile: true,
    // Less text to parse at every start; identifiers stay readable in stack traces.
    minifyWhitespace: true,
    minifySyntax: true,
    logLevel: 'error',
    absWorkingDir: ROOT,
    tsconfig: path.join(ROOT, 'tsconfig.json'),
    external: EXTERNAL,
    plugins: [keepPlainModulesInPlace, serverOnlyIsEmpty],
    // CommonJS dependencies inside an ES module bundle still call require().
    banner: { js: "import { createRequire as __trameRequire } from 'node:module'; const require = __trameRequire(import.meta.url);" },
    // The source's import.meta.dirname must keep pointing at scripts/, not at .build/cli/.
    define: { 'import.meta.dirname': JSON.stringify(path.join(ROOT, 'scripts')) },
  });
  const inputs = {};
  for (const file of [...Object.keys(result.metafile.inputs).filter((f) => !f.includes('node_modules/')), 'package-lock.json']) inputs[file] = mtime(path.join(ROOT, file));
  renameSync(tmp, bundle);
  writeFileSync(`${bundle}.${process.pid}.meta`, JSON.stringify({ root: ROOT, bundle, inputs }));
  renameSync(`${bundle}.${process.pid}.meta`, path.join(OUT_DIR, `${name}.meta.json`));
  return bundle;
}

/** Path of an up-to-date bundle of scripts/<name>.ts, building it first when needed. */
export async function ensureCli(name) {
  const meta = path.join(OUT_DIR, `${name}.meta.json`);
  if (isFresh(meta)) return path.join(OUT_DIR, `${name}.mjs`);
  return buildCli(name);
}


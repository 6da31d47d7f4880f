// `node scripts/run.mjs <cli> [args...]`: runs scripts/<cli>.ts from its bundle in .build/cli/ (built or
// rebuilt first when missing or stale), so a CLI starts without compiling TypeScript.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureCli } from './lib/cli-bundle.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const [name, ...args] = process.argv.slice(2);
if (!name || !/^[\w/-]+$/.test(name) || !existsSync(path.join(ROOT, 'scripts', `${name}.ts`))) {
  process.stderr.write(`run: no CLI scripts/${name ?? '<name>'}.ts (expected e.g. load, extract, screenshot, bench/index)\n`);
  process.exit(2);
}
let bundle;
try {
  bundle = await ensureCli(name);
} catch (error) {
  process.stderr.write(`run: building scripts/${name}.ts failed: ${String(error?.message ?? error).split('\n')[0]}\n`);
  process.exit(1);
}
// The CLI reads process.argv like it would under tsx: node, its own path, then its arguments.
process.argv = [process.argv[0], path.join(ROOT, 'scripts', `${name}.ts`), ...args];
// Not awaited: a CLI that imports the bundler helpers itself must not wait on this module's evaluation.
import(pathToFileURL(bundle).href).catch((error) => {
  process.stderr.write(`run: scripts/${name}.ts: ${String(error?.stack ?? error)}\n`);
  process.exit(1);
});

// The seeded big-graph generator (tests/fixtures/big-graph.ts) as a page script: the benchmark and the
// end-to-end tests add it to a page (Playwright's addInitScript), where the explorer's `?fixture=big`
// and window.__trame.loadFixture find it. The generator never ships in the app's own bundles.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

/**
 * The project root, found upwards from this module: run from source it sits in scripts/lib/, but a CLI bundle
 * defines import.meta.dirname as scripts/ for every module it holds.
 */
function projectRoot(): string {
  let dir = import.meta.dirname;
  while (!existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}

let cached: Promise<string> | undefined;

/** Source of a script that sets window.__trameFixtures = { big: generateBigGraph }. */
export function bigGraphInitScript(): Promise<string> {
  cached ??= build({
    stdin: {
      contents: "import { generateBigGraph } from './tests/fixtures/big-graph';\nwindow.__trameFixtures = { big: generateBigGraph };\n",
      resolveDir: projectRoot(),
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    logLevel: 'error',
  }).then((r) => r.outputFiles[0].text);
  return cached;
}

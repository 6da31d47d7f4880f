// The seeded big-graph generator (tests/fixtures/big-graph.ts) as a page script: the benchmark and the
// end-to-end tests add it to a page (Playwright's addInitScript), where the explorer's `?fixture=big`
// and window.__trame.loadFixture find it. The generator never ships in the app's own bundles.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

let cached: Promise<string> | undefined;

/** The repository root: this file runs from scripts/lib/ under tsx and from a bundle (where import.meta.dirname is scripts/) in CLIs. */
function repoRoot(): string {
  let dir = import.meta.dirname;
  while (!existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}

/** Source of a script that sets window.__trameFixtures = { big: generateBigGraph }. */
export function bigGraphInitScript(): Promise<string> {
  cached ??= build({
    stdin: {
      contents: "import { generateBigGraph } from './tests/fixtures/big-graph';\nwindow.__trameFixtures = { big: generateBigGraph };\n",
      resolveDir: repoRoot(),
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

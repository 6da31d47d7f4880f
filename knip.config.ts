// Dead-code check (`npm run knip`; `npm test` runs it after tsc): unused files, exports and dependencies.
import type { KnipConfig } from 'knip';

const config: KnipConfig = {
  entry: [
    // The CLIs, bundled and run by scripts/run.mjs (`npm run load`, `extract`, `screenshot`, `bench`).
    'scripts/{extract,load,screenshot}.ts',
    // The production server (`npm start`, node scripts/run.mjs serve).
    'scripts/serve.ts',
    'scripts/bench/index.ts',
    // Run by hand (node scripts/run.mjs bench/trace-nav): what the explorer's long tasks are made of.
    'scripts/bench/trace-nav.ts',
    // Bundled by esbuild at bench time (scripts/bench/api.ts, navigation.ts, first-frame.ts), not imported.
    'scripts/bench/bare-api.ts',
    'scripts/bench/bare/{entry,nav}.ts',
    // Loaded by the layout as `new Worker(new URL('./layout.worker.ts', import.meta.url))`, not imported.
    'app/components/graph/layout.worker.ts',
    // The page's first-frame entry, a webpack entry of its own named in next.config.js, not imported.
    'app/components/graph/first-frame-entry.ts',
    // The eval set's own scorer, run as a process by scripts/eval.ts.
    'tests/fixtures/eval/score.mjs',
    // The parser comparison (docs/parser-comparison.md), run by hand with tsx; it needs a Python with spaCy.
    'scripts/eval/parser-compare/compare.mjs',
  ],
  // Types for the plain-JavaScript Neo4j launcher, read by TypeScript beside server.mjs.
  ignore: ['scripts/neo4j/server.d.mts'],
  // System tools the scripts call: Maven builds the local Neo4j, mkfifo makes a test's named pipe, ss counts
  // the app's sockets in the hostile-input tests.
  ignoreBinaries: ['mvn', 'mkfifo', 'ss'],
  // Loaded with createRequire in scripts/bench/load-test.ts: it ships no types to import.
  ignoreDependencies: ['autocannon'],
  // An export used beside its definition is part of that module's surface, not dead code.
  ignoreExportsUsedInFile: true,
};

export default config;

import { defineConfig } from 'vitest/config';
import path from 'node:path';

// Route-only modules import 'server-only' (a build error if a client component reaches them); under Node,
// outside Next's server bundle, the marker resolves to its empty module.
const alias = {
  '@': path.resolve(import.meta.dirname),
  'server-only': path.resolve(import.meta.dirname, 'node_modules/server-only/empty.js'),
};

// Three kinds of tests, each with the setup it needs: unit tests are pure,
// integration and e2e tests share one real Neo4j started by the global setup.
export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      // A file's first extraction builds its language's patterns and lexicons: seconds on a busy machine, so the
      // unit project waits longer than vitest's 5 s before calling a test hung.
      { resolve: { alias }, test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/extraction/**/*.test.ts'], testTimeout: 30_000 } },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          globalSetup: ['tests/setup/neo4j.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/setup/neo4j.ts', 'tests/setup/app.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});

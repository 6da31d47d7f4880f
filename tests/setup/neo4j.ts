import path from 'node:path';
import { startNeo4j, stopNeo4j } from '../../scripts/neo4j/server.mjs';

/**
 * Gives the integration and e2e suites a real Neo4j of their own: TRAME_TEST_NEO4J_URI when set,
 * else a local server on a test port and data folder, so the demo database is never touched.
 */
export default async function setup(): Promise<(() => Promise<void>) | void> {
  if (process.env.TRAME_TEST_NEO4J_URI) {
    process.env.NEO4J_URI = process.env.TRAME_TEST_NEO4J_URI;
    return;
  }
  const port = Number(process.env.TRAME_TEST_NEO4J_PORT ?? 7688);
  const dataDir = path.resolve('.neo4j', `test-${port}`);
  const { uri, started } = await startNeo4j({ port, dataDir, log: () => {} });
  process.env.NEO4J_URI = uri;
  process.env.TRAME_TEST_NEO4J_URI = uri;
  return async () => {
    if (started) await stopNeo4j({ dataDir, port });
  };
}

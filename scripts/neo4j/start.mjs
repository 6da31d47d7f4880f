#!/usr/bin/env node
// npm run neo4j:start — start (or find) the local Neo4j.
// TRAME_NEO4J_PORT (default 7687) and TRAME_NEO4J_DATA (default .neo4j/demo)
// pick the instance; TRAME_NEO4J_HEAP / TRAME_NEO4J_PAGECACHE size it.
import path from 'node:path';
import { startNeo4j, DEFAULT_DATA_DIR, DEFAULT_PORT } from './server.mjs';

const port = Number(process.env.TRAME_NEO4J_PORT || DEFAULT_PORT);
const dataDir = path.resolve(process.env.TRAME_NEO4J_DATA || DEFAULT_DATA_DIR);

try {
  const { uri, started, ms, pid } = await startNeo4j({ port, dataDir });
  if (started) {
    console.log(`neo4j: ready at ${uri} (started in ${(ms / 1000).toFixed(1)} s)`);
  } else {
    console.log(`neo4j: already running at ${uri}${pid ? ` (pid ${pid})` : ''}`);
  }
} catch (err) {
  console.error(err?.message ?? String(err));
  process.exit(1);
}

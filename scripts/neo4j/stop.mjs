#!/usr/bin/env node
// npm run neo4j:stop — stop the local Neo4j started by `npm run neo4j:start`.
// TRAME_NEO4J_PORT / TRAME_NEO4J_DATA pick the instance, as for start.
import path from 'node:path';
import { stopNeo4j, DEFAULT_DATA_DIR, DEFAULT_PORT } from './server.mjs';

const port = Number(process.env.TRAME_NEO4J_PORT || DEFAULT_PORT);
const dataDir = path.resolve(process.env.TRAME_NEO4J_DATA || DEFAULT_DATA_DIR);

try {
  const { stopped, pid, uri, forced } = await stopNeo4j({ port, dataDir });
  if (stopped) {
    console.log(`neo4j: stopped ${uri} (pid ${pid}${forced ? ', killed after 30 s' : ''})`);
  } else {
    console.log(`neo4j: not running (no launcher recorded in ${dataDir})`);
  }
} catch (err) {
  console.error(err?.message ?? String(err));
  process.exit(1);
}

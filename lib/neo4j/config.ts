import 'server-only';

/** Where and how Trame reaches Neo4j; read once from the environment, server-side only. */
export interface Neo4jConfig {
  uri: string;
  user: string;
  password: string | undefined;
  database: string;
}

export const DEFAULT_NEO4J_URI = 'bolt://127.0.0.1:7687';

/** Reads NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE with DESIGN.md defaults. */
export function neo4jConfigFromEnv(env: NodeJS.ProcessEnv = process.env): Neo4jConfig {
  return {
    uri: env.NEO4J_URI || DEFAULT_NEO4J_URI,
    user: env.NEO4J_USER || 'neo4j',
    password: env.NEO4J_PASSWORD || undefined,
    database: env.NEO4J_DATABASE || 'neo4j',
  };
}

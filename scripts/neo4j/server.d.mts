// Types for server.mjs (plain ESM so it runs before anything is built).

export declare const DEFAULT_PORT: number;
export declare const DEFAULT_DATA_DIR: string;

export interface Neo4jPaths {
  root: string;
  dir: string;
  pom: string;
  source: string;
  lib: string;
  target: string;
  classes: string;
  launcherClass: string;
  buildStamp: string;
  buildLock: string;
  dataDir: string;
  logFile: string;
  pidFile: string;
  startLock: string;
}

export interface StartNeo4jOptions {
  /** Bolt port on 127.0.0.1; default TRAME_NEO4J_PORT, else 7687. */
  port?: number;
  /** DBMS home and data folder; default TRAME_NEO4J_DATA, else <root>/.neo4j/demo. */
  dataDir?: string;
  /** JVM -Xmx, e.g. '768m' (default TRAME_NEO4J_HEAP, else 768m). */
  heap?: string;
  /** Neo4j page cache, e.g. '256m' (default TRAME_NEO4J_PAGECACHE, else 256m). */
  pageCache?: string;
  /** Progress lines; default console.error. */
  log?: (line: string) => void;
}

export interface StartNeo4jResult {
  uri: string;
  /** The launcher's pid; null when a server not started by this launcher answered. */
  pid: number | null;
  /** True when this call launched the JVM, false when one already answered. */
  started: boolean;
  logFile: string;
  /** Wall time of the call in milliseconds (Maven fetch, if any, and boot). */
  ms: number;
  /** True when this call fetched Neo4j / compiled the launcher. */
  built: boolean;
}

export interface StopNeo4jResult {
  stopped: boolean;
  pid: number | null;
  uri: string;
  /** True when SIGTERM was not enough within 30 s and SIGKILL was sent. */
  forced?: boolean;
}

export declare function startNeo4j(options?: StartNeo4jOptions): Promise<StartNeo4jResult>;
export declare function stopNeo4j(options?: { dataDir?: string; port?: number }): Promise<StopNeo4jResult>;
export declare function neo4jPaths(dataDir?: string): Neo4jPaths;

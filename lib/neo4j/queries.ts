// The one registry of Trame's Cypher: name -> parameters -> row type, the name being the file's path under
// cypher/ ('explore/node' is cypher/explore/node.cypher). Libraries run queries by name (runQuery), so a
// query's parameters and rows are checked by the compiler, and a new query is one file plus one entry here.
// Every read of cypher/ goes through cypherSource (the saved console examples too, listed by folder).
// The loader's per-label statements stay generated in load-statements.ts.
import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Integer, ManagedTransaction } from 'neo4j-driver';
import { recordsToRows } from './convert';
import { type Db, readRows } from './driver';
import type { GraphDocument } from '../graph/schema';
import type { ArticleSummary, FactMention } from '../api/contract';
import type { ConsoleSchema } from './console-schema';
import type { MapArticle } from './map';

/** A relationship as the explorer's queries return it (ends by Entity id). */
export interface EdgeRow {
  source: string;
  target: string;
  type: string;
  elementId: string;
  props: Record<string, unknown>;
}

/** A sentence with its article and mentions, as cypher/explore/evidence.cypher returns it. */
export interface EvidenceRow {
  id: string;
  text: string;
  index: number;
  start: number | null;
  articleId: string | null;
  articleTitle: string | null;
  articleSource: string | null;
  publishedAt: string | null;
  mentions: { start: number; end: number; text: string; node: string }[];
}

/** One mention of a fact with what its sentence said (cypher/explore/fact-mentions.cypher): the fact card's rows as the contract declares them. */
export type FactMentionRow = FactMention;

/** One stance on a fact (cypher/explore/fact-stances.cypher). */
export interface StanceRow {
  type: 'ASSERTS' | 'DENIES' | 'CANNOT_CONFIRM' | 'REPORTED';
  speaker: Record<string, unknown>;
  quote: string | null;
  date: string | null;
  evidence: string[];
  articles: string[];
}

type NodeMap = Record<string, unknown>;
type Rows = Record<string, unknown>[];

/** Parameters and row type of every registered query. */
export interface QueryTypes {
  'articles/existing': { params: { ids: string[] }; row: { id: string; name: string } };
  'articles/exists': { params: { articleId: string }; row: { exists: boolean } };
  'articles/list': { params: { limit: Integer }; row: ArticleSummary };
  'console/fetch-nodes': { params: { ids: string[] }; row: { n: NodeMap } };
  'console/schema': { params: Record<string, never>; row: ConsoleSchema };
  'explore/counts': { params: Record<string, never>; row: { nodes: number; edges: number } };
  'explore/edges-among': { params: { ids: string[]; limit: Integer }; row: EdgeRow };
  'explore/evidence': { params: { sentenceIds: string[] }; row: EvidenceRow };
  'explore/exists': { params: { ids: string[] }; row: { id: string } };
  'explore/expand': { params: { id: string; limit: Integer }; row: { node: NodeMap; total: number; neighbours: NodeMap[] } };
  'explore/fact-mentions': { params: { id: string; limit: Integer }; row: FactMentionRow };
  'explore/fact-stances': { params: { id: string }; row: StanceRow };
  'explore/mentioned-in': { params: { id: string; limit: Integer }; row: { id: string } };
  'explore/node': {
    params: { id: string };
    row: { node: NodeMap; rels: { type: string; elementId: string; props: Record<string, unknown>; outgoing: boolean; other: NodeMap }[] };
  };
  'explore/overview-nodes': { params: { limit: Integer }; row: { node: NodeMap } };
  'explore/path': { params: { from: string; to: string; limit: Integer }; row: { nodes: NodeMap[]; rels: EdgeRow[] } };
  'explore/search': {
    params: { lucene: string; key: string; limit: Integer; actors: string[]; kinds: string[]; actorScore: number };
    row: { id: string; name: string; label: string; aliases: unknown; score: number; sender: string | null; receiver: string | null };
  };
  // The loader's fixed statements, run inside its one write transaction (lib/neo4j/load.ts), not by runQuery.
  'load/article-footprint': { params: { articleId: string }; row: { facts: string[]; links: string[]; entities: string[] } };
  'load/create-fact-mentions': { params: { rows: Rows }; row: never };
  'load/create-mentions': { params: { rows: Rows }; row: never };
  'load/create-sentences': { params: { articleId: string; rows: Rows }; row: never };
  'load/delete-article': { params: { articleId: string }; row: never };
  'load/delete-orphan-entities': { params: { ids: string[] }; row: never };
  'load/delete-orphan-facts': { params: { ids: string[] }; row: never };
  'load/existing-ids': { params: { ids: string[] }; row: { id: string } };
  'load/merge-article-sentences': {
    params: { article: GraphDocument['article']; sentenceCount: number; rows: Rows; facts: string[]; links: string[]; entities: string[] };
    row: never;
  };
  'load/recompute-facts': { params: { ids: string[] }; row: never };
  'load/retract-legacy-facts': { params: { articleId: string }; row: never };
  'load/retract-sentences': { params: { articleId: string }; row: never };
  'map/articles': { params: { ids: string[] }; row: MapArticle };
  'map/focus-node': { params: { id: string }; row: { node: NodeMap } };
  'map/neighbours': { params: { frontier: string[]; seen: string[]; limit: Integer; claims: boolean }; row: { node: NodeMap } };
  'map/nodes-by-id': { params: { ids: string[] }; row: { node: NodeMap } };
  /** Constraints and indexes, `;`-separated statements applied one by one (lib/neo4j/schema.ts). */
  schema: { params: Record<string, never>; row: never };
}

export type QueryName = keyof QueryTypes;

// A runtime list the compiler keeps equal to QueryTypes (a missing or extra key is a type error), so a
// test can check that every file under cypher/ is registered.
const REGISTERED: Record<QueryName, true> = {
  'articles/existing': true,
  'articles/exists': true,
  'articles/list': true,
  'console/fetch-nodes': true,
  'console/schema': true,
  'explore/counts': true,
  'explore/edges-among': true,
  'explore/evidence': true,
  'explore/exists': true,
  'explore/expand': true,
  'explore/fact-mentions': true,
  'explore/fact-stances': true,
  'explore/mentioned-in': true,
  'explore/node': true,
  'explore/overview-nodes': true,
  'explore/path': true,
  'explore/search': true,
  'load/article-footprint': true,
  'load/create-fact-mentions': true,
  'load/create-mentions': true,
  'load/create-sentences': true,
  'load/delete-article': true,
  'load/delete-orphan-entities': true,
  'load/delete-orphan-facts': true,
  'load/existing-ids': true,
  'load/merge-article-sentences': true,
  'load/recompute-facts': true,
  'load/retract-legacy-facts': true,
  'load/retract-sentences': true,
  'map/articles': true,
  'map/focus-node': true,
  'map/neighbours': true,
  'map/nodes-by-id': true,
  schema: true,
};

/** Every registered query name, sorted. */
export const QUERY_NAMES = (Object.keys(REGISTERED) as QueryName[]).sort();

const cache = new Map<string, string>();

/** The text of cypher/<file> (a path relative to cypher/, e.g. 'examples/01-sent-to-russia.cypher'), read once per process. */
export function cypherSource(file: string, root = process.cwd()): string {
  const full = path.join(root, 'cypher', file);
  let q = cache.get(full);
  if (q === undefined) {
    q = readFileSync(full, 'utf8');
    cache.set(full, q);
  }
  return q;
}

/** The Cypher text of a registered query (cypher/<name>.cypher). */
export function queryText(name: QueryName, root = process.cwd()): string {
  if (!(name in REGISTERED)) throw new Error(`queries: unknown query ${JSON.stringify(name)} (register it in lib/neo4j/queries.ts)`);
  return cypherSource(`${name}.cypher`, root);
}

/** Runs a registered read query with its typed parameters; rows come back as plain JSON. */
export function runQuery<N extends QueryName>(db: Db, name: N, params: QueryTypes[N]['params'], options: { timeoutMs?: number } = {}): Promise<QueryTypes[N]['row'][]> {
  return readRows<QueryTypes[N]['row']>(db, queryText(name), params as Record<string, unknown>, options);
}

/** Runs a registered statement inside a transaction the caller holds (the loader's, the console's); rows as plain JSON. */
export async function runInTransaction<N extends QueryName>(tx: Pick<ManagedTransaction, 'run'>, name: N, params: QueryTypes[N]['params']): Promise<QueryTypes[N]['row'][]> {
  return recordsToRows<QueryTypes[N]['row']>((await tx.run(queryText(name), params)).records);
}

// The one registry of Trame's read queries: name -> parameters -> row type, Cypher text in
// cypher/<folder>/<name>.cypher. Routes and libraries run queries by name (runQuery), so a query's
// parameters and rows are checked by the compiler, and a new query is one file plus one entry here.
// (The loader's per-label statements stay generated in load-statements.ts.)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Integer } from 'neo4j-driver';
import { type Db, readRows } from './driver';

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

/** One mention of a fact with what its sentence said (cypher/explore/fact-mentions.cypher). */
export interface FactMentionRow {
  sentence: string;
  text: string;
  mentionText: string | null;
  mention: string;
  quantity: number | null;
  quantityMax: number | null;
  qualifier: string | null;
  unit: string | null;
  date: string | null;
  dateText: string | null;
  when: string | null;
  status: string | null;
  articleId: string | null;
  articleTitle: string | null;
  articleSource: string | null;
  publishedAt: string | null;
}

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

/** Parameters and row type of every registered query. */
export interface QueryTypes {
  counts: { params: Record<string, never>; row: { nodes: number; edges: number } };
  'edges-among': { params: { ids: string[]; limit: Integer }; row: EdgeRow };
  evidence: { params: { sentenceIds: string[] }; row: EvidenceRow };
  exists: { params: { ids: string[] }; row: { id: string } };
  expand: { params: { id: string; limit: Integer }; row: { node: NodeMap; total: number; neighbours: NodeMap[] } };
  'fact-mentions': { params: { id: string; limit: Integer }; row: FactMentionRow };
  'fact-stances': { params: { id: string }; row: StanceRow };
  'mentioned-in': { params: { id: string; limit: Integer }; row: { id: string } };
  node: {
    params: { id: string };
    row: { node: NodeMap; rels: { type: string; elementId: string; props: Record<string, unknown>; outgoing: boolean; other: NodeMap }[] };
  };
  'overview-nodes': { params: { limit: Integer }; row: { node: NodeMap } };
  path: { params: { from: string; to: string; limit: Integer }; row: { nodes: NodeMap[]; rels: EdgeRow[] } };
  search: {
    params: { lucene: string; key: string; limit: Integer; actors: string[]; kinds: string[]; actorScore: number };
    row: { id: string; name: string; label: string; aliases: unknown; score: number; sender: string | null; receiver: string | null };
  };
}

export type QueryName = keyof QueryTypes;

/** Where each registered query's Cypher lives, relative to cypher/. */
export const QUERY_FILES: Record<QueryName, string> = {
  counts: 'explore/counts.cypher',
  'edges-among': 'explore/edges-among.cypher',
  evidence: 'explore/evidence.cypher',
  exists: 'explore/exists.cypher',
  expand: 'explore/expand.cypher',
  'fact-mentions': 'explore/fact-mentions.cypher',
  'fact-stances': 'explore/fact-stances.cypher',
  'mentioned-in': 'explore/mentioned-in.cypher',
  node: 'explore/node.cypher',
  'overview-nodes': 'explore/overview-nodes.cypher',
  path: 'explore/path.cypher',
  search: 'explore/search.cypher',
};

const cache = new Map<string, string>();

/** The Cypher text of a registered query (read once per process). */
export function queryText(name: QueryName, root = process.cwd()): string {
  let q = cache.get(name);
  if (q === undefined) {
    const file = QUERY_FILES[name];
    if (!file) throw new Error(`queries: unknown query ${JSON.stringify(name)} (register it in lib/neo4j/queries.ts)`);
    q = readFileSync(path.join(root, 'cypher', file), 'utf8');
    cache.set(name, q);
  }
  return q;
}

/** Runs a registered read query with its typed parameters; rows come back as plain JSON. */
export function runQuery<N extends QueryName>(db: Db, name: N, params: QueryTypes[N]['params'], options: { timeoutMs?: number } = {}): Promise<QueryTypes[N]['row'][]> {
  return readRows<QueryTypes[N]['row']>(db, queryText(name), params as Record<string, unknown>, options);
}

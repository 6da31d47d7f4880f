import 'server-only';
import neo4j from 'neo4j-driver';
import { EXPAND_LIMIT_DEFAULT, EXPAND_LIMIT_MAX, GRAPH_LIMIT_DEFAULT, GRAPH_LIMIT_MAX } from '../api/contract';
import type { ApiEdge, ApiNode, GraphPayload } from '../graph/payload';
import { normalizeKey } from '../graph/normalize';
import { searchIntent, type ActorVia } from '../search/intent';
import { toApiEdge, toApiNode } from '../graph/from-rows';
import { rebaseMention } from '../graph/mentions';
import { type Db, verify } from './driver';
import { type FactMentionRow, runQuery, type StanceRow } from './queries';

// Read-only queries behind the explorer's routes. Cypher lives in cypher/explore/*.cypher, run by name
// through the registry (queries.ts), always parameterised; rows come back as plain JSON, so no driver type leaves this module.

const TIMEOUT_MS = 10_000;

// LIMIT wants an integer; JS numbers travel as floats unless wrapped.
const int = (n: number) => neo4j.int(Math.floor(n));

/** Neo4j health for /api/health: version when up, throws Neo4jUnavailableError when down. */
export async function health(db: Db): Promise<{ neo4j: 'up'; version: string }> {
  const info = await verify(db);
  return { neo4j: 'up', version: info.version };
}

/** Totals of entities and entity relationships (provenance excluded). */
export async function graphTotals(db: Db): Promise<{ nodes: number; edges: number }> {
  const [row] = await runQuery(db, 'explore/counts', {}, { timeoutMs: TIMEOUT_MS });
  return { nodes: Number(row?.nodes ?? 0), edges: Math.max(0, Number(row?.edges ?? 0)) };
}

async function edgesAmong(db: Db, ids: string[], limit: number): Promise<ApiEdge[]> {
  if (ids.length === 0) return [];
  const rows = await runQuery(db, 'explore/edges-among', { ids, limit: int(limit) }, { timeoutMs: TIMEOUT_MS });
  return rows.map(toApiEdge);
}

/** The overview graph: up to `limit` best-connected entities and the relationships among them. */
export async function overview(db: Db, limit = GRAPH_LIMIT_DEFAULT): Promise<GraphPayload> {
  const n = Math.min(Math.max(1, Math.floor(limit)), GRAPH_LIMIT_MAX);
  const [total, rows] = await Promise.all([
    graphTotals(db),
    runQuery(db, 'explore/overview-nodes', { limit: int(n) }, { timeoutMs: TIMEOUT_MS }),
  ]);
  const nodes = rows.map((r) => toApiNode(r.node));
  // Edges are capped too (a dense core could otherwise send millions); 5 per node keeps 10k/30k whole.
  const edgeCap = n * 5;
  const edges = await edgesAmong(db, nodes.map((x) => x.id), edgeCap);
  const truncated = nodes.length < total.nodes || edges.length < total.edges;
  return { nodes, edges, truncated, total };
}

/** A sentence quoted as evidence, with mention offsets relative to its own text. */
export interface EvidenceSentence {
  id: string;
  text: string;
  index: number;
  article: { id: string | null; title: string | null; source: string | null; publishedAt: string | null };
  mentions: { start: number; end: number; text: string; node: string }[];
}

/** A relationship of the inspected node, seen from it. */
export interface NodeRelation {
  edge: ApiEdge;
  direction: 'out' | 'in';
  other: ApiNode;
}

/** Everything the side panel shows for one node. */
export interface NodeDetail {
  node: ApiNode;
  relations: NodeRelation[];
  evidence: EvidenceSentence[];
  /** Sentence ids that mention the node itself (the rest are evidence of its relationships). */
  mentionedIn: string[];
}

/** Fetches sentences by id with their article and mentions (offsets rebased on the sentence). */
export async function sentences(db: Db, ids: string[]): Promise<EvidenceSentence[]> {
  if (ids.length === 0) return [];
  const rows = await runQuery(db, 'explore/evidence', { sentenceIds: ids }, { timeoutMs: TIMEOUT_MS });
  return rows.map((r) => ({
    id: r.id,
    text: r.text ?? '',
    index: Number(r.index ?? 0),
    article: { id: r.articleId, title: r.articleTitle, source: r.articleSource, publishedAt: r.publishedAt },
    mentions: (r.mentions ?? []).flatMap((m) => {
      const at = rebaseMention({ text: r.text ?? '', start: r.start }, m);
      return at ? [{ ...at, text: m.text, node: m.node }] : [];
    }),
  }));
}

/** A node with its relationships and the sentences behind them; null when the id is unknown. */
export async function nodeDetail(db: Db, id: string, maxSentences = 200): Promise<NodeDetail | null> {
  const [rows, mentioned] = await Promise.all([
    runQuery(db, 'explore/node', { id }, { timeoutMs: TIMEOUT_MS }),
    runQuery(db, 'explore/mentioned-in', { id, limit: int(maxSentences) }, { timeoutMs: TIMEOUT_MS }),
  ]);
  if (rows.length === 0 || !rows[0].node) return null;
  const node = toApiNode(rows[0].node);
  const relations: NodeRelation[] = rows[0].rels.map((r) => {
    const other = toApiNode(r.other);
    const edge = toApiEdge({ type: r.type, elementId: r.elementId, props: r.props, source: r.outgoing ? node.id : other.id, target: r.outgoing ? other.id : node.id });
    return { edge, direction: r.outgoing ? 'out' : 'in', other };
  });
  const mentionedIn = mentioned.map((m) => m.id);
  const ids = new Set(mentionedIn);
  for (const r of relations) for (const s of asStrings(r.edge.properties.evidence)) ids.add(s);
  const evidence = await sentences(db, [...ids].slice(0, maxSentences));
  return { node, relations, evidence, mentionedIn };
}

function asStrings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/** Neighbours of one node to add to the view (capped); null when the id is unknown. */
export async function expand(db: Db, id: string, limit = EXPAND_LIMIT_DEFAULT): Promise<(GraphPayload & { more: number }) | null> {
  const n = Math.min(Math.max(1, Math.floor(limit)), EXPAND_LIMIT_MAX);
  const rows = await runQuery(db, 'explore/expand', { id, limit: int(n) }, { timeoutMs: TIMEOUT_MS });
  if (rows.length === 0) return null;
  const nodes = [toApiNode(rows[0].node), ...rows[0].neighbours.map(toApiNode)];
  const edges = await edgesAmong(db, nodes.map((x) => x.id), n * 20);
  const total = Number(rows[0].total);
  const more = Math.max(0, total - rows[0].neighbours.length);
  return { nodes, edges, truncated: more > 0, total: { nodes: total + 1, edges: edges.length }, more };
}

/** One search hit. */
export interface SearchHit {
  id: string;
  name: string;
  label: string;
  aliases: string[];
  score: number;
  /** How the query named it when not by its own letters: a capital, a demonym, an alias, or a fact of the named kinds. */
  via: ActorVia | 'fact' | null;
  /** The query words behind `via` ("moscou"). */
  form: string | null;
  /** For a transfer: who sent it and who received it, when known. */
  sender?: string | null;
  receiver?: string | null;
}

/** Score of an actor the query names as a whole ("moscou"); one named among other words ranks below exact names. */
const ACTOR_SCORE = { whole: 5000, part: 900 };

const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

/** Builds a Lucene query from free text: every folded word must match, fuzzily or as a prefix. */
export function luceneQuery(q: string): string {
  const words = normalizeKey(q).split(/\s+/).map((w) => w.replace(LUCENE_SPECIAL, '')).filter(Boolean);
  return words
    .map((w) => (w.length >= 4 ? `(${w}~1 OR ${w}* OR ${w})` : `(${w}* OR ${w})`))
    .join(' AND ');
}

/**
 * Search over names and aliases, accent- and typo-tolerant, that also knows what the words stand for:
 * an actor named by capital, demonym or alias ranks first ("moscou" -> Russie), and transfer kinds with
 * actors find the facts between them ("troupes Russie" -> transfers into or from Russia).
 */
export async function search(db: Db, q: string, limit = 10): Promise<SearchHit[]> {
  const lucene = luceneQuery(q);
  const key = normalizeKey(q);
  if (!lucene || !key) return [];
  const intent = searchIntent(q);
  const params = {
    lucene,
    key,
    limit: int(limit),
    actors: intent.actors.map((a) => a.id),
    kinds: intent.kinds,
    actorScore: intent.whole && intent.kinds.length === 0 ? ACTOR_SCORE.whole : ACTOR_SCORE.part,
  };
  const rows = await runQuery(db, 'explore/search', params, { timeoutMs: TIMEOUT_MS });
  return rows.map((r) => {
    const actor = intent.actors.find((a) => a.id === r.id);
    const fact = !actor && r.label === 'Transfer' && intent.kinds.length > 0 && Number(r.score) >= 2000;
    return {
      ...r,
      aliases: asStrings(r.aliases),
      score: Number(r.score),
      via: actor ? actor.via : fact ? 'fact' : null,
      form: actor ? actor.form : null,
    };
  });
}

/** Shortest paths between two entities: the graph to add and each path as node/edge id lists. */
export interface PathResult {
  found: boolean;
  paths: { nodes: string[]; edges: string[] }[];
  graph: GraphPayload;
  missing: string[];
}

/** All shortest paths (up to `limit`, length <= 8) between two entity ids. */
export async function shortestPaths(db: Db, from: string, to: string, limit = 10): Promise<PathResult> {
  const known = new Set((await runQuery(db, 'explore/exists', { ids: [from, to] }, { timeoutMs: TIMEOUT_MS })).map((r) => r.id));
  const missing = [from, to].filter((x) => !known.has(x));
  const empty: GraphPayload = { nodes: [], edges: [], truncated: false };
  if (missing.length > 0) return { found: false, paths: [], graph: empty, missing };
  if (from === to) return { found: false, paths: [], graph: empty, missing: [] };
  const rows = await runQuery(db, 'explore/path', { from, to, limit: int(limit) }, { timeoutMs: TIMEOUT_MS });
  const nodes = new Map<string, ApiNode>();
  const edges = new Map<string, ApiEdge>();
  const paths = rows.map((r) => {
    const ns = r.nodes.map(toApiNode);
    const es = r.rels.map(toApiEdge);
    for (const n of ns) nodes.set(n.id, n);
    for (const e of es) edges.set(e.id, e);
    return { nodes: ns.map((n) => n.id), edges: es.map((e) => e.id) };
  });
  return { found: paths.length > 0, paths, graph: { nodes: [...nodes.values()], edges: [...edges.values()], truncated: false }, missing: [] };
}

/** A stance on a fact as the fact card shows it. */
export interface FactStance {
  type: StanceRow['type'];
  speaker: ApiNode;
  quote: string | null;
  date: string | null;
  evidence: string[];
  articles: string[];
}

/** Everything the fact card shows: the fact, each mention with its figure and source, every stance, the sentences. */
export interface FactDetail {
  fact: ApiNode;
  mentions: FactMentionRow[];
  stances: FactStance[];
  evidence: EvidenceSentence[];
}

/** A consolidated fact with its mentions (figure over time), stances and evidence; null when the id is no fact. */
export async function factDetail(db: Db, id: string, maxMentions = 200): Promise<FactDetail | null> {
  const [nodeRows, mentions, stances] = await Promise.all([
    runQuery(db, 'explore/node', { id }, { timeoutMs: TIMEOUT_MS }),
    runQuery(db, 'explore/fact-mentions', { id, limit: int(maxMentions) }, { timeoutMs: TIMEOUT_MS }),
    runQuery(db, 'explore/fact-stances', { id }, { timeoutMs: TIMEOUT_MS }),
  ]);
  if (nodeRows.length === 0 || !nodeRows[0].node) return null;
  const fact = toApiNode(nodeRows[0].node);
  const ids = new Set([...mentions.map((m) => m.sentence), ...stances.flatMap((s) => asStrings(s.evidence))]);
  return {
    fact,
    mentions,
    stances: stances.map((s) => ({ ...s, speaker: toApiNode(s.speaker), evidence: asStrings(s.evidence), articles: asStrings(s.articles) })),
    evidence: await sentences(db, [...ids].slice(0, maxMentions)),
  };
}

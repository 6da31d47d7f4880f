import seedrandom from 'seedrandom';
import type { GraphDocument, GraphNode, GraphRelationship, NodeLabel, RelationshipType } from '@/lib/graph/schema';
import { TRANSFER_KINDS } from '@/lib/graph/schema';

export interface CorpusOptions {
  seed: string;
  articles: number;
  /** Nodes per article: shared actors drawn from a pool plus per-article facts. */
  nodesPerArticle: number;
  relationshipsPerArticle: number;
  /** Size of the pool of actors shared across articles (so MERGE really merges). */
  sharedActors: number;
  sentencesPerArticle: number;
  /** Share of each article's nodes that are its own facts (transfers, claims, events, agreements). */
  factShare: number;
}

export const DEFAULT_CORPUS: CorpusOptions = {
  seed: 'trame-bench',
  articles: 200,
  nodesPerArticle: 540,
  relationshipsPerArticle: 1500,
  sharedActors: 20000,
  sentencesPerArticle: 40,
  factShare: 0.85,
};

const ACTOR_LABELS: NodeLabel[] = ['Person', 'Country', 'Organization', 'Location'];
const FACT_LABELS: NodeLabel[] = ['Transfer', 'Claim', 'Event', 'Agreement'];
const REL_TYPES: RelationshipType[] = ['SENT', 'TO', 'ASSERTS', 'ABOUT', 'PARTY_TO', 'INVOLVED_IN', 'MEMBER_OF'];

/** A seeded synthetic corpus of GraphDocuments shaped like real extractions (shared actors, per-article facts). */
export function* syntheticCorpus(options: Partial<CorpusOptions> = {}): Generator<GraphDocument> {
  const o = { ...DEFAULT_CORPUS, ...options };
  const rng = seedrandom(o.seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(rng() * xs.length)];
  for (let a = 0; a < o.articles; a++) {
    const articleId = (a + 1).toString(16).padStart(16, '0');
    const sentences = Array.from({ length: o.sentencesPerArticle }, (_, i) => ({
      id: `${articleId}:s${i}`,
      index: i,
      text: `Phrase ${i} de l'article synthétique ${a} sur des livraisons d'armes et des déclarations.`,
      start: i * 100,
      end: i * 100 + 90,
      boilerplate: false,
    }));
    const sid = () => pick(sentences).id;
    const nodes = new Map<string, GraphNode>();
    const factCount = Math.floor(o.nodesPerArticle * o.factShare);
    while (nodes.size < o.nodesPerArticle - factCount) {
      const k = Math.floor(rng() * o.sharedActors);
      const label = ACTOR_LABELS[k % ACTOR_LABELS.length];
      const id = `${label.toLowerCase()}:bench-${k}`;
      if (nodes.has(id)) continue;
      const s = sid();
      nodes.set(id, { id, label, name: `Acteur ${k}`, aliases: [`A${k}`], properties: {}, mentions: [{ sentence: s, start: 0, end: 6, text: 'Phrase' }] });
    }
    for (let f = 0; f < factCount; f++) {
      const label = FACT_LABELS[f % FACT_LABELS.length];
      const id = `${label.toLowerCase()}:${articleId}:${f}`;
      const properties: GraphNode['properties'] =
        label === 'Transfer' ? { kind: pick([...TRANSFER_KINDS]), quantity: Math.floor(rng() * 10000), status: 'asserted' } : {};
      nodes.set(id, { id, label, name: `${label} ${f}`, aliases: [], properties, mentions: [] });
    }
    const ids = [...nodes.keys()];
    const relationships: GraphRelationship[] = [];
    const seen = new Set<string>();
    while (relationships.length < o.relationshipsPerArticle) {
      const source = pick(ids);
      const target = pick(ids);
      const type = pick(REL_TYPES);
      const key = `${source}|${type}|${target}`;
      if (source === target || seen.has(key)) continue;
      seen.add(key);
      relationships.push({ id: `rel:${articleId}:${relationships.length}`, type, source, target, properties: {}, evidence: [sid()] });
    }
    yield {
      version: 1,
      article: { id: articleId, title: `Article synthétique ${a}`, language: 'fr', source: `bench-${a}.txt`, publishedAt: null },
      sentences,
      nodes: [...nodes.values()],
      relationships,
    };
  }
}

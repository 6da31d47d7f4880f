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
  /** Countries and organisations that most articles name (Russia, NATO...): supernodes with thousands of relationships. */
  hotActors: number;
  /** Share of an article's actor draws that go to the hot actors (Zipf-weighted: the first is the most frequent). */
  hotShare: number;
  sentencesPerArticle: number;
  /** Share of each article's nodes that are its own facts (transfers, claims, events, agreements). */
  factShare: number;
}

export const DEFAULT_CORPUS: CorpusOptions = {
  seed: 'trame-bench',
  articles: 200,
  nodesPerArticle: 540,
  relationshipsPerArticle: 1500,
  sharedActors: 30000,
  hotActors: 12,
  hotShare: 0.25,
  sentencesPerArticle: 40,
  factShare: 0.85,
};

const ACTOR_LABELS: NodeLabel[] = ['Person', 'Country', 'Organization', 'Location'];
const FACT_LABELS: NodeLabel[] = ['Transfer', 'Claim', 'Event', 'Agreement'];

// What an extraction links, per relationship type: facts hang off actors (who sent what to whom, who
// claims what, who signed), claims are about other facts, and actors belong to organisations. The
// weights follow the shipped articles, where SENT / TO / ASSERTS / ABOUT dominate.
type Side = 'actor' | 'person' | 'org' | NodeLabel;
const SHAPES: { type: RelationshipType; from: Side; to: Side; weight: number }[] = [
  { type: 'SENT', from: 'actor', to: 'Transfer', weight: 5 },
  { type: 'TO', from: 'Transfer', to: 'actor', weight: 5 },
  { type: 'ASSERTS', from: 'person', to: 'Claim', weight: 3 },
  { type: 'ABOUT', from: 'Claim', to: 'Transfer', weight: 3 },
  { type: 'PARTY_TO', from: 'actor', to: 'Agreement', weight: 2 },
  { type: 'INVOLVED_IN', from: 'actor', to: 'Event', weight: 2 },
  { type: 'MEMBER_OF', from: 'actor', to: 'org', weight: 1 },
];
const SHAPE_TOTAL = SHAPES.reduce((n, s) => n + s.weight, 0);

/**
 * A seeded synthetic corpus of GraphDocuments shaped like real extractions: per-article facts linked
 * to shared actors, a few countries named by most articles (supernodes), actor-to-actor facts that
 * recur across articles (so relationship MERGE really merges), and a mention for every node.
 */
export function* syntheticCorpus(options: Partial<CorpusOptions> = {}): Generator<GraphDocument> {
  const o = { ...DEFAULT_CORPUS, ...options };
  const rng = seedrandom(o.seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(rng() * xs.length)];
  // Zipf weights over the hot actors: the first is named twice as often as the second, and so on.
  const zipf = Array.from({ length: o.hotActors }, (_, i) => 1 / (i + 1));
  const zipfTotal = zipf.reduce((a, b) => a + b, 0);
  const hot = () => {
    let x = rng() * zipfTotal;
    for (let i = 0; i < zipf.length; i++) if ((x -= zipf[i]) <= 0) return i;
    return zipf.length - 1;
  };
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
    const mention = () => [{ sentence: sid(), start: 0, end: 6, text: 'Phrase' }];
    const nodes = new Map<string, GraphNode>();
    const factCount = Math.floor(o.nodesPerArticle * o.factShare);
    const actorCount = o.nodesPerArticle - factCount;
    while (nodes.size < actorCount) {
      if (o.hotActors > 0 && rng() < o.hotShare) {
        // Even: a country (Russie, Ukraine), odd: an organisation (OTAN, ONU).
        const k = hot();
        const [label, prefix] = k % 2 === 0 ? (['Country', 'country'] as const) : (['Organization', 'org'] as const);
        const id = `${prefix}:bench-hot-${k}`;
        if (!nodes.has(id)) nodes.set(id, { id, label, name: `Acteur majeur ${k}`, aliases: [`M${k}`], properties: {}, mentions: mention() });
        continue;
      }
      const k = Math.floor(rng() * o.sharedActors);
      const label = ACTOR_LABELS[k % ACTOR_LABELS.length];
      const id = `${label.toLowerCase()}:bench-${k}`;
      if (nodes.has(id)) continue;
      nodes.set(id, { id, label, name: `Acteur ${k}`, aliases: [`A${k}`], properties: {}, mentions: mention() });
    }
    for (let f = 0; f < factCount; f++) {
      const label = FACT_LABELS[f % FACT_LABELS.length];
      const id = `${label.toLowerCase()}:${articleId}:${f}`;
      const properties: GraphNode['properties'] =
        label === 'Transfer' ? { kind: pick([...TRANSFER_KINDS]), quantity: Math.floor(rng() * 10000), status: 'asserted' } : {};
      nodes.set(id, { id, label, name: `${label} ${f}`, aliases: [], properties, mentions: mention() });
    }
    const all = [...nodes.values()];
    const actors = all.filter((n) => ACTOR_LABELS.includes(n.label)).map((n) => n.id);
    const bySide: Record<string, string[]> = {
      actor: actors,
      person: all.filter((n) => n.label === 'Person').map((n) => n.id),
      org: all.filter((n) => n.label === 'Organization').map((n) => n.id),
    };
    for (const l of FACT_LABELS) bySide[l] = all.filter((n) => n.label === l).map((n) => n.id);
    const side = (s: Side) => (bySide[s].length > 0 ? bySide[s] : actors);
    const relationships: GraphRelationship[] = [];
    const seen = new Set<string>();
    let attempts = 0;
    while (relationships.length < o.relationshipsPerArticle && attempts++ < o.relationshipsPerArticle * 50) {
      let x = rng() * SHAPE_TOTAL;
      const shape = SHAPES.find((s) => (x -= s.weight) <= 0) ?? SHAPES[0];
      const source = pick(side(shape.from));
      const target = pick(side(shape.to));
      const key = `${source}|${shape.type}|${target}`;
      if (source === target || seen.has(key)) continue;
      seen.add(key);
      const properties: GraphRelationship['properties'] = shape.type === 'INVOLVED_IN' ? { role: pick(['host', 'visitor', 'participant']) } : {};
      relationships.push({ id: `rel:${articleId}:${relationships.length}`, type: shape.type, source, target, properties, evidence: [sid()] });
    }
    yield {
      version: 1,
      article: { id: articleId, title: `Article synthétique ${a}`, language: 'fr', source: `bench-${a}.txt`, publishedAt: null },
      sentences,
      nodes: all,
      relationships,
    };
  }
}

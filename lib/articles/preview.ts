import type { GraphDocument } from '../graph/schema';
import { rebaseMention } from '../graph/mentions';

// What the articles page shows before anything is written: the extraction of one article, with each
// sentence's mentions as spans, the facts between entities, and which entities the graph already holds.

/** A highlighted stretch of a sentence: [start, end) in the sentence's own text. */
export interface PreviewSpan {
  start: number;
  end: number;
  text: string;
  node: string;
  label: string;
}

export interface PreviewSentence {
  id: string;
  index: number;
  text: string;
  boilerplate: boolean;
  spans: PreviewSpan[];
}

export interface PreviewEntity {
  id: string;
  label: string;
  name: string;
  mentions: number;
  /** True when an entity with this id is already in the graph (loading merges into it). */
  existing: boolean;
}

export interface PreviewFact {
  id: string;
  type: string;
  source: string;
  target: string;
  sourceName: string;
  targetName: string;
  properties: Record<string, unknown>;
  evidence: string[];
}

/** The answer of POST /api/articles in preview mode. */
export interface ArticlePreview {
  article: GraphDocument['article'];
  alreadyLoaded: boolean;
  sentences: PreviewSentence[];
  entities: PreviewEntity[];
  facts: PreviewFact[];
  warnings: string[];
}

/** Builds the preview of an extracted article (pure): `existing` holds the entity ids already in the graph. */
export function buildPreview(doc: GraphDocument, existing: ReadonlySet<string>, alreadyLoaded: boolean, warnings: string[] = []): ArticlePreview {
  const byId = new Map(doc.nodes.map((n) => [n.id, n]));
  const spans = new Map<string, PreviewSpan[]>();
  for (const n of doc.nodes)
    for (const m of n.mentions) {
      const sentence = doc.sentences.find((s) => s.id === m.sentence);
      if (!sentence) continue;
      const at = rebaseMention(sentence, m);
      if (!at) continue;
      const list = spans.get(sentence.id) ?? [];
      list.push({ ...at, text: m.text, node: n.id, label: n.label });
      spans.set(sentence.id, list);
    }
  return {
    article: doc.article,
    alreadyLoaded,
    sentences: doc.sentences.map((s) => ({
      id: s.id,
      index: s.index,
      text: s.text,
      boilerplate: s.boilerplate,
      spans: withoutOverlaps(spans.get(s.id) ?? []),
    })),
    entities: doc.nodes
      .map((n) => ({ id: n.id, label: n.label, name: n.name, mentions: n.mentions.length, existing: existing.has(n.id) }))
      .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name)),
    facts: doc.relationships.map((r) => ({
      id: r.id,
      type: r.type,
      source: r.source,
      target: r.target,
      sourceName: byId.get(r.source)?.name ?? r.source,
      targetName: byId.get(r.target)?.name ?? r.target,
      properties: r.properties,
      evidence: r.evidence,
    })),
    warnings: [...warnings, ...(doc.warnings ?? [])],
  };
}

/** Spans in reading order, a span inside an earlier, longer one dropped (a highlight cannot nest). */
function withoutOverlaps(spans: PreviewSpan[]): PreviewSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: PreviewSpan[] = [];
  for (const s of sorted) if (out.length === 0 || s.start >= out[out.length - 1].end) out.push(s);
  return out;
}

import type { Lang } from '../i18n/lang';
import { relText } from '../i18n/vocabulary';
import { captionText, colon, dateText, labelText, madeAtText, neighbourhoodText } from './caption-text';
import type { CaptionModel, CaptionOptions, MapSubject, SceneEdge, SceneNode, SourceArticle } from './types';

// The caption is laid out once, as a list of drawing operations in picture pixels, so the HTML page,
// the PNG compositor (canvas) and the SVG builder draw the very same block.

export const FONT_FAMILY = "'Helvetica Neue', Helvetica, Arial, 'Liberation Sans', sans-serif";
const INK = '#1f2933';
const MUTED = '#52606d';
const RULE = '#d9dee3';
const PAD = 24;
const MAX_SOURCES = 4;

/** A drawing operation of the caption block (coordinates relative to the block's top-left). */
export type CaptionOp =
  | { kind: 'text'; x: number; y: number; text: string; size: number; weight: 400 | 600 | 700; color: string; anchor: 'start' | 'end'; role: string; title?: string }
  | { kind: 'swatch'; x: number; y: number; r: number; color: string; role: 'legend' }
  | { kind: 'stroke'; x1: number; x2: number; y: number; color: string; dashed: boolean; role: 'legend' }
  | { kind: 'rule'; x1: number; x2: number; y: number; color: string };

/** A laid-out band (header above the graph, footer below it). */
export interface CaptionBand {
  height: number;
  ops: CaptionOp[];
}

/** Measures a text's width in pixels at a font size; the browser passes canvas metrics, Node an estimate. */
export type MeasureText = (text: string, size: number, weight: number) => number;

/** A width estimate for Arial-like fonts, good enough to wrap and truncate without a browser. */
export const estimateText: MeasureText = (text, size, weight) => text.length * size * (weight >= 600 ? 0.58 : 0.53);

/** The one-line description of what the map shows. */
export function describeSubject(subject: MapSubject, lang: Lang = 'en'): string {
  if (subject.kind === 'focus') return neighbourhoodText(lang, subject.name, subject.depth);
  if (subject.kind === 'query') return `Cypher: ${subject.query.replace(/\s+/g, ' ').trim()}`;
  return subject.description;
}

/** Builds the caption content from what is actually visible: the legend lists only labels in use. */
export function buildCaption(input: {
  title?: string | null;
  subject: MapSubject;
  nodes: Pick<SceneNode, 'label' | 'color'>[];
  edges?: Pick<SceneEdge, 'type' | 'color' | 'dashed'>[];
  filters?: string[];
  sources: SourceArticle[];
  madeAt: Date;
  /** Language of the caption's words (default English); data (names, titles) stays as extracted. */
  lang?: Lang;
}): CaptionModel {
  const lang = input.lang ?? 'en';
  const counts = new Map<string, { color: string; count: number }>();
  for (const n of input.nodes) {
    const c = counts.get(n.label);
    if (c) c.count++;
    else counts.set(n.label, { color: n.color, count: 1 });
  }
  const legend = [...counts].map(([label, v]) => ({ label: labelText(lang, label), ...v })).sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  const byColor = new Map<string, Set<string>>();
  let dashed = false;
  for (const e of input.edges ?? []) {
    const types = byColor.get(e.color) ?? new Set<string>();
    types.add(e.type);
    byColor.set(e.color, types);
    dashed ||= !!e.dashed;
  }
  const edgeLegend: CaptionModel['edgeLegend'] = [...byColor]
    .map(([color, types]) => {
      const sorted = [...types].sort();
      // Words in the caption's language; the Cypher spelling stays as the tooltip, for console users.
      return { label: sorted.map((t) => (t === 'TRANSFER' ? labelText(lang, t) : relText(lang, t))).join(', '), cypher: sorted.join(', '), color, dashed: false };
    })
    .sort((a, b) => a.label.localeCompare(b.label));
  if (dashed) edgeLegend.push({ label: captionText(lang, 'dashed'), color: MUTED, dashed: true });
  const defaultTitle = input.subject.kind === 'focus' ? input.subject.name : captionText(lang, 'untitled');
  return {
    lang,
    title: input.title?.trim() || defaultTitle,
    subtitle: describeSubject(input.subject, lang),
    legend,
    edgeLegend,
    filters: input.filters ?? [],
    sources: input.sources,
    madeAt: madeAtText(lang, input.madeAt),
  };
}

/** Shortens a text with an ellipsis so that it fits a width. */
export function fit(text: string, width: number, size: number, weight: number, measure: MeasureText): string {
  if (measure(text, size, weight) <= width) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(text.slice(0, mid) + '…', size, weight) <= width) lo = mid;
    else hi = mid - 1;
  }
  return text.slice(0, lo).trimEnd() + '…';
}

/** Lays out the header band: title and what the map shows. */
export function layoutHeader(model: CaptionModel, width: number, options: CaptionOptions, measure: MeasureText = estimateText): CaptionBand {
  if (!options.title) return { height: 0, ops: [] };
  const inner = width - 2 * PAD;
  const ops: CaptionOp[] = [
    { kind: 'text', x: PAD, y: PAD + 24, text: fit(model.title, inner, 26, 700, measure), size: 26, weight: 700, color: INK, anchor: 'start', role: 'title' },
    { kind: 'text', x: PAD, y: PAD + 50, text: fit(model.subtitle, inner, 15, 400, measure), size: 15, weight: 400, color: MUTED, anchor: 'start', role: 'subtitle' },
  ];
  return { height: PAD + 66, ops };
}

function sourceLine(s: SourceArticle, lang: Lang): string {
  const parts = [s.title || s.source || s.id];
  if (s.title && s.source && s.source !== s.title) parts.push(s.source);
  if (s.publishedAt) parts.push(dateText(lang, s.publishedAt));
  return parts.join(' — ');
}

/** Lays out the footer band: legend of the colours in use, filters, source articles and the date made. */
export function layoutFooter(model: CaptionModel, width: number, options: CaptionOptions, measure: MeasureText = estimateText): CaptionBand {
  const inner = width - 2 * PAD;
  const ops: CaptionOp[] = [{ kind: 'rule', x1: PAD, x2: width - PAD, y: 0, color: RULE }];
  let y = 16;
  if (options.legend && model.legend.length > 0) {
    let x = PAD;
    y += 14;
    for (const item of model.legend) {
      const text = `${item.label} (${item.count})`;
      const w = 16 + measure(text, 14, 400) + 22;
      if (x > PAD && x + w > PAD + inner) {
        x = PAD;
        y += 24;
      }
      ops.push({ kind: 'swatch', x: x + 6, y: y - 5, r: 6, color: item.color, role: 'legend' });
      ops.push({ kind: 'text', x: x + 18, y, text, size: 14, weight: 400, color: INK, anchor: 'start', role: 'legend' });
      x += w;
    }
    if (model.edgeLegend.length > 0) {
      x = PAD;
      y += 24;
      for (const item of model.edgeLegend) {
        const w = 30 + measure(item.label, 13, 400) + 22;
        if (x > PAD && x + w > PAD + inner) {
          x = PAD;
          y += 22;
        }
        ops.push({ kind: 'stroke', x1: x, x2: x + 22, y: y - 5, color: item.color, dashed: item.dashed, role: 'legend' });
        ops.push({ kind: 'text', x: x + 30, y, text: item.label, size: 13, weight: 400, color: MUTED, anchor: 'start', role: 'legend', ...(item.cypher ? { title: item.cypher } : {}) });
        x += w;
      }
    }
    y += 10;
  }
  if (options.filters && model.filters.length > 0) {
    y += 20;
    ops.push({ kind: 'text', x: PAD, y, text: fit(`${captionText(model.lang, 'filters')}${colon(model.lang)} ${model.filters.join(' · ')}`, inner, 13, 400, measure), size: 13, weight: 400, color: MUTED, anchor: 'start', role: 'filters' });
  }
  if (options.sources && model.sources.length > 0) {
    y += 24;
    ops.push({ kind: 'text', x: PAD, y, text: captionText(model.lang, model.sources.length > 1 ? 'sources' : 'source'), size: 13, weight: 700, color: INK, anchor: 'start', role: 'sources' });
    for (const s of model.sources.slice(0, MAX_SOURCES)) {
      y += 18;
      ops.push({ kind: 'text', x: PAD, y, text: fit(sourceLine(s, model.lang), inner, 13, 400, measure), size: 13, weight: 400, color: MUTED, anchor: 'start', role: 'source' });
    }
    if (model.sources.length > MAX_SOURCES) {
      y += 18;
      ops.push({ kind: 'text', x: PAD, y, text: captionText(model.lang, 'more', { n: model.sources.length - MAX_SOURCES }), size: 13, weight: 400, color: MUTED, anchor: 'start', role: 'source' });
    }
  }
  y += 24;
  const stamp = options.date ? `Trame · ${captionText(model.lang, 'made')} ${model.madeAt}` : 'Trame';
  ops.push({ kind: 'text', x: width - PAD, y, text: stamp, size: 12, weight: 400, color: MUTED, anchor: 'end', role: 'date' });
  return { height: y + 16, ops };
}

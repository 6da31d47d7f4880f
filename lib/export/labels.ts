import type { MeasureText } from './caption';
import type { SceneEdge, SceneNode } from './types';

// Label placement for report pictures. Every label gets a box in picture pixels; labels are placed one
// by one in priority order (selection, then big entities, then facts and claims, then arrow captions),
// each at the first of a few positions around its anchor that stays inside the picture and touches no
// label or disc already placed. A label that finds no room is shortened, then dropped: never overlapped.
// The PNG painter, the SVG builder and the /map overlay draw this one plan, so all three agree.

/** A box: left, top, right, bottom (picture pixels, y down). */
export type Box = [number, number, number, number];

/** One label the plan kept. */
export interface PlacedLabel {
  id: string;
  kind: 'node' | 'edge';
  text: string;
  /** The full text, when `text` had to be shortened. */
  full?: string;
  /** Anchor point of the text: x per `anchor`, y on the baseline. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  size: number;
  weight: 400 | 600;
  color: string;
  box: Box;
}

/** What was placed, and what had to give way. */
export interface LabelPlan {
  labels: PlacedLabel[];
  shortened: number;
  dropped: number;
}

/** Label placement options (sizes in px). */
export interface LabelOptions {
  nodeSize: number;
  edgeSize: number;
  /** Free space kept around each box. */
  gap: number;
  /** Labels stay this far inside the picture. */
  margin: number;
  nodeColor: string;
  edgeColor: string;
  /** Length a label is cut to when it does not fit whole. */
  shortLength: number;
}

export const DEFAULT_LABEL_OPTIONS: LabelOptions = { nodeSize: 14, edgeSize: 12, gap: 2, margin: 4, nodeColor: '#1f2933', edgeColor: '#7a4a12', shortLength: 18 };

// Share of the font size above and below the baseline (Helvetica/Arial/Liberation Sans: 0.905 / 0.212).
const ASCENT = 0.92;
const DESCENT = 0.24;

const ENTITY_RANK: Record<string, number> = { Country: 0, Person: 1, Organization: 1, Location: 2, Agreement: 2, Event: 3, Transfer: 3, Claim: 5 };
// Ranks below this (the selection, countries, people, organisations) may be labelled over other discs.
const ACTOR_RANK = 1000 + 2 * 100;

/** Whether two boxes overlap (touching edges do not count). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}

/** Number of overlapping pairs among boxes (the measure the tests hold at zero). */
export function countBoxOverlaps(boxes: Box[], tolerance = 0): number {
  let n = 0;
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      if (Math.min(a[2], b[2]) - Math.max(a[0], b[0]) > tolerance && Math.min(a[3], b[3]) - Math.max(a[1], b[1]) > tolerance) n++;
    }
  return n;
}

/** Cuts a label to about `max` characters on a word boundary, keeping a closing guillemet. */
export function shorten(label: string, max: number): string {
  if (label.length <= max) return label;
  const quoted = label.endsWith('»');
  const body = label.slice(0, max - (quoted ? 3 : 1));
  const cut = body.lastIndexOf(' ');
  return `${(cut > max * 0.5 ? body.slice(0, cut) : body).trimEnd()}…${quoted ? ' »' : ''}`;
}

/** Point at parameter t of the quadratic curve sigma's curved edge program draws for `curvature`. */
export function curvePoint(s: { x: number; y: number }, t: { x: number; y: number }, curvature: number, at = 0.5): { x: number; y: number } {
  const c = curveControl(s, t, curvature);
  const u = 1 - at;
  return { x: u * u * s.x + 2 * u * at * c.x + at * at * t.x, y: u * u * s.y + 2 * u * at * c.y + at * at * t.y };
}

/** Control point of @sigma/edge-curve's quadratic Bézier, in screen pixels (y down). */
export function curveControl(s: { x: number; y: number }, t: { x: number; y: number }, curvature: number): { x: number; y: number } {
  const dx = t.x - s.x;
  const dy = t.y - s.y;
  return { x: (s.x + t.x) / 2 + dy * curvature, y: (s.y + t.y) / 2 - dx * curvature };
}

interface Candidate {
  id: string;
  kind: 'node' | 'edge';
  text: string;
  rank: number;
  positions: (w: number) => { x: number; y: number; anchor: PlacedLabel['anchor'] }[];
}

/** Places node labels and edge captions without overlap inside a width x height picture. */
export function placeLabels(scene: { nodes: SceneNode[]; edges: SceneEdge[] }, width: number, height: number, measure: MeasureText, options: Partial<LabelOptions> = {}): LabelPlan {
  const o = { ...DEFAULT_LABEL_OPTIONS, ...options };
  const byId = new Map(scene.nodes.map((n) => [n.id, n]));
  const discs: { id: string; box: Box }[] = scene.nodes.map((n) => ({ id: n.id, box: [n.x - n.size, n.y - n.size, n.x + n.size, n.y + n.size] }));
  const candidates: Candidate[] = [];
  for (const n of scene.nodes) {
    if (!n.name) continue;
    const s = o.nodeSize;
    const r = n.size;
    const mid = n.y + s * (ASCENT - DESCENT) / 2;
    candidates.push({
      id: n.id,
      kind: 'node',
      text: n.name,
      rank: (n.highlighted ? 0 : 1000) + (ENTITY_RANK[n.label] ?? 4) * 100 - Math.min(99, r),
      positions: () => [
        { x: n.x + r + 4, y: mid, anchor: 'start' },
        { x: n.x - r - 4, y: mid, anchor: 'end' },
        { x: n.x, y: n.y - r - 3 - s * DESCENT, anchor: 'middle' },
        { x: n.x, y: n.y + r + 2 + s * ASCENT, anchor: 'middle' },
        { x: n.x + r * 0.7 + 3, y: n.y - r * 0.7 - s * DESCENT, anchor: 'start' },
        { x: n.x + r * 0.7 + 3, y: n.y + r * 0.7 + s * ASCENT, anchor: 'start' },
        { x: n.x - r * 0.7 - 3, y: n.y - r * 0.7 - s * DESCENT, anchor: 'end' },
        { x: n.x - r * 0.7 - 3, y: n.y + r * 0.7 + s * ASCENT, anchor: 'end' },
      ],
    });
  }
  for (const e of scene.edges) {
    const s = byId.get(e.source);
    const t = byId.get(e.target);
    if (!e.label || !s || !t) continue;
    const p = curvePoint(s, t, e.curvature ?? 0);
    const base = p.y + o.edgeSize * (ASCENT - DESCENT) / 2;
    const step = o.edgeSize * 1.2;
    candidates.push({
      id: e.id,
      kind: 'edge',
      text: e.label,
      // After the actors and the facts' own nodes, before the claims.
      rank: 1000 + 4 * 100,
      positions: () => [0, -1, 1, -2, 2].map((k) => ({ x: p.x, y: base + k * step, anchor: 'middle' as const })),
    });
  }
  candidates.sort((a, b) => a.rank - b.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const placed: PlacedLabel[] = [];
  let shortened = 0;
  let dropped = 0;
  const free = (box: Box, own: string | null, overDiscs: boolean) =>
    box[0] >= o.margin && box[1] >= o.margin && box[2] <= width - o.margin && box[3] <= height - o.margin &&
    !placed.some((l) => boxesOverlap(box, l.box)) &&
    (overDiscs || !discs.some((d) => d.id !== own && boxesOverlap(box, d.box)));
  for (const c of candidates) {
    const size = c.kind === 'node' ? o.nodeSize : o.edgeSize;
    const weight = c.kind === 'node' ? 600 : 400;
    const short = shorten(c.text, o.shortLength);
    // Off the discs first; in a dense picture the actors (not claims or facts) may lie over other discs,
    // their halo keeps them readable, rather than leave a country unnamed.
    const tries: { text: string; overDiscs: boolean }[] = [
      { text: c.text, overDiscs: false },
      { text: short, overDiscs: false },
      ...(c.rank < ACTOR_RANK ? [{ text: c.text, overDiscs: true }, { text: short, overDiscs: true }] : []),
    ];
    let done = false;
    for (const { text, overDiscs } of tries) {
      const w = measure(text, size, weight);
      for (const pos of c.positions(w)) {
        const left = pos.anchor === 'start' ? pos.x : pos.anchor === 'end' ? pos.x - w : pos.x - w / 2;
        const box: Box = [left - o.gap, pos.y - size * ASCENT - o.gap, left + w + o.gap, pos.y + size * DESCENT + o.gap];
        if (!free(box, c.kind === 'node' ? c.id : null, overDiscs)) continue;
        placed.push({ id: c.id, kind: c.kind, text, ...(text !== c.text ? { full: c.text } : {}), x: pos.x, y: pos.y, anchor: pos.anchor, size, weight, color: c.kind === 'node' ? o.nodeColor : o.edgeColor, box });
        if (text !== c.text) shortened++;
        done = true;
        break;
      }
      if (done) break;
    }
    if (!done) dropped++;
  }
  return { labels: placed, shortened, dropped };
}

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
  /** Edge captions: the curve the text runs along (left to right), its middle at `at` of the curve's length. */
  curve?: LabelCurve;
}

/** A point of the picture (px, y down). */
interface Point {
  x: number;
  y: number;
}

/** A quadratic Bézier a caption is written along: from `from`, pulled towards `c`, to `to`; centred at `at`. */
export interface LabelCurve {
  from: Point;
  c: Point;
  to: Point;
  /** Where the middle of the text lies, as a share of the curve's length. */
  at: number;
}

/** Position and direction (unit tangent) at a distance along a curve. */
export interface CurveStation extends Point {
  ux: number;
  uy: number;
}

/** Measures a caption's curve once; `station(d)` is the point `d` px along it (clamped to the curve). */
export function curveWalker(curve: Pick<LabelCurve, 'from' | 'c' | 'to'>, samples = 48): { length: number; station(d: number): CurveStation } {
  const { from: a, c, to: b } = curve;
  const pt = (t: number) => {
    const u = 1 - t;
    return { x: u * u * a.x + 2 * u * t * c.x + t * t * b.x, y: u * u * a.y + 2 * u * t * c.y + t * t * b.y };
  };
  const cum = [0];
  let prev = pt(0);
  for (let i = 1; i <= samples; i++) {
    const p = pt(i / samples);
    cum.push(cum[i - 1] + Math.hypot(p.x - prev.x, p.y - prev.y));
    prev = p;
  }
  const length = cum[samples];
  return {
    length,
    station(d) {
      const target = Math.min(Math.max(d, 0), length);
      let i = 1;
      while (i < samples && cum[i] < target) i++;
      const span = cum[i] - cum[i - 1] || 1;
      const t = (i - 1 + (target - cum[i - 1]) / span) / samples;
      const p = pt(t);
      // Derivative of the quadratic Bézier: 2(1-t)(c-a) + 2t(b-c).
      const dx = 2 * (1 - t) * (c.x - a.x) + 2 * t * (b.x - c.x);
      const dy = 2 * (1 - t) * (c.y - a.y) + 2 * t * (b.y - c.y);
      const len = Math.hypot(dx, dy) || 1;
      return { ...p, ux: dx / len, uy: dy / len };
    },
  };
}

/** SVG path data of a caption's curve. */
export function curvePath(curve: Pick<LabelCurve, 'from' | 'c' | 'to'>): string {
  const r = (v: number) => Math.round(v * 100) / 100;
  return `M${r(curve.from.x)},${r(curve.from.y)} Q${r(curve.c.x)},${r(curve.c.y)} ${r(curve.to.x)},${r(curve.to.y)}`;
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
  positions: (w: number) => { x: number; y: number; anchor: PlacedLabel['anchor']; curve?: LabelCurve; box?: Box | null }[];
}

// Edge captions run along their edge: above it first, then below, then a line further out, each at the
// middle of the edge and then a little towards either end.
const EDGE_SIDES = [-1, 1, -2, 2];
const EDGE_STOPS = [0.5, 0.38, 0.62];

/**
 * The caption of an edge from s to t written along the edge, `offset` px off it (negative: above, as read),
 * or null where the text does not fit between the two discs. The box covers every glyph, so boxes that
 * do not meet mean captions that do not meet.
 */
function alongEdge(s: SceneNode, t: SceneNode, curvature: number, w: number, size: number, offset: number, at: number, gap: number): { x: number; y: number; curve: LabelCurve; box: Box } | null {
  const c = curveControl(s, t, curvature);
  // Read left to right: a caption never stands upside down.
  const [a, b] = s.x <= t.x ? [s, t] : [t, s];
  const up = (u: { x: number; y: number }) => {
    const len = Math.hypot(u.x, u.y) || 1;
    return { x: u.y / len, y: -u.x / len };
  };
  const shift = (p: Point, dir: Point) => {
    const n = up(dir);
    return { x: p.x - n.x * offset, y: p.y - n.y * offset };
  };
  // A parallel of the edge, `offset` away: its ends moved along their own normals, the control point along the chord's.
  const curve: LabelCurve = { from: shift(a, { x: c.x - a.x, y: c.y - a.y }), c: shift(c, { x: b.x - a.x, y: b.y - a.y }), to: shift(b, { x: b.x - c.x, y: b.y - c.y }), at };
  const walk = curveWalker(curve);
  const mid = walk.length * at;
  const start = mid - w / 2;
  const end = mid + w / 2;
  if (start < a.size + 4 || end > walk.length - b.size - 4) return null;
  let box: Box = [Infinity, Infinity, -Infinity, -Infinity];
  const steps = Math.max(2, Math.ceil(w / 4));
  for (let i = 0; i <= steps; i++) {
    const p = walk.station(start + (w * i) / steps);
    const n = { x: p.uy, y: -p.ux };
    for (const k of [ASCENT * size, -DESCENT * size]) {
      const x = p.x + n.x * k;
      const y = p.y + n.y * k;
      box = [Math.min(box[0], x), Math.min(box[1], y), Math.max(box[2], x), Math.max(box[3], y)];
    }
  }
  const m = walk.station(mid);
  return { x: m.x, y: m.y, curve, box: [box[0] - gap, box[1] - gap, box[2] + gap, box[3] + gap] };
}

/** A node's label and the eight places around its disc it may stand, right of it first. */
function nodeCandidate(n: SceneNode, o: LabelOptions): Candidate {
  const s = o.nodeSize;
  const r = n.size;
  const mid = n.y + s * (ASCENT - DESCENT) / 2;
  return {
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
  };
}

/** An edge's caption and its places along the curve from s to t: each side, at each stop. */
function edgeCandidate(e: SceneEdge, caption: string, s: SceneNode, t: SceneNode, o: LabelOptions): Candidate {
  const size = o.edgeSize;
  // Baselines: just clear of the stroke above it (descenders) or below it (ascenders), then a line further.
  const offsets = EDGE_SIDES.map((k) => (k < 0 ? -(3 + size * DESCENT) : 3 + size * ASCENT) + Math.sign(k) * (Math.abs(k) - 1) * size * 1.2);
  return {
    id: e.id,
    kind: 'edge',
    text: caption,
    // After the actors and the facts' own nodes, before the claims.
    rank: 1000 + 4 * 100,
    positions: (w) =>
      EDGE_STOPS.flatMap((at) =>
        offsets.map((offset) => {
          const placed = alongEdge(s, t, e.curvature ?? 0, w, size, offset, at, o.gap);
          return placed ? { x: placed.x, y: placed.y, anchor: 'middle' as const, curve: placed.curve, box: placed.box } : { x: 0, y: 0, anchor: 'middle' as const, box: null };
        }),
      ),
  };
}

/** Places node labels and edge captions without overlap inside a width x height picture. */
export function placeLabels(scene: { nodes: SceneNode[]; edges: SceneEdge[] }, width: number, height: number, measure: MeasureText, options: Partial<LabelOptions> = {}): LabelPlan {
  const o = { ...DEFAULT_LABEL_OPTIONS, ...options };
  const byId = new Map(scene.nodes.map((n) => [n.id, n]));
  const discs: { id: string; box: Box }[] = scene.nodes.map((n) => ({ id: n.id, box: [n.x - n.size, n.y - n.size, n.x + n.size, n.y + n.size] }));
  const candidates: Candidate[] = scene.nodes.filter((n) => n.name).map((n) => nodeCandidate(n, o));
  for (const e of scene.edges) {
    const s = byId.get(e.source);
    const t = byId.get(e.target);
    if (e.label && s && t) candidates.push(edgeCandidate(e, e.label, s, t, o));
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
        if (pos.box === null) continue;
        const left = pos.anchor === 'start' ? pos.x : pos.anchor === 'end' ? pos.x - w : pos.x - w / 2;
        const box: Box = pos.box ?? [left - o.gap, pos.y - size * ASCENT - o.gap, left + w + o.gap, pos.y + size * DESCENT + o.gap];
        if (!free(box, c.kind === 'node' ? c.id : null, overDiscs)) continue;
        placed.push({ id: c.id, kind: c.kind, text, ...(text !== c.text ? { full: c.text } : {}), x: pos.x, y: pos.y, anchor: pos.anchor, size, weight, color: c.kind === 'node' ? o.nodeColor : o.edgeColor, box, ...(pos.curve ? { curve: pos.curve } : {}) });
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

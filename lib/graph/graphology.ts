// GraphPayload -> graphology: one pass per payload, no per-node React state. The same graph instance
// feeds sigma, the layout worker, the filters and the timeline; derived attributes (size, status,
// curvature, folded transfers) are recomputed in one sweep after each change.
import { MultiDirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import type { ApiEdge, ApiNode, GraphPayload } from './payload';
import { claimCaption, DOUBT_EDGE_COLOR, edgeColor, factStatus, isDoubtful, labelColor, nodeSize } from './style';
import { foldTransfers, transferLabel } from './transfers';
import { parseDate } from './timeline';

/** Node attributes: sigma's (x, y, size, color, label) plus Trame's own. */
export interface NodeAttrs {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  name: string;
  nodeLabel: string;
  props: Record<string, unknown>;
  status: string | null;
  degree: number;
  t: number | null;
}

/** Edge attributes: sigma's (type = program, size, color, label, curvature) plus Trame's own. */
export interface EdgeAttrs {
  relType: string;
  props: Record<string, unknown>;
  type: 'arrow' | 'curved' | 'dashed';
  size: number;
  color: string;
  label: string;
  curvature: number;
  status: string | null;
  folded: boolean;
  transferKind: string | null;
  transfer: string | null;
  t: number | null;
  weight: number;
  /** Edges between the same two nodes (both directions), this one included. */
  bundle: number;
}

export type ExplorerGraph = MultiDirectedGraph<NodeAttrs, EdgeAttrs>;

/** A new, empty explorer graph (directed, parallel edges allowed, no self-loops). */
export function createGraph(): ExplorerGraph {
  return new MultiDirectedGraph<NodeAttrs, EdgeAttrs>({ allowSelfLoops: false });
}

/** Deterministic start position for a node: the same id always starts at the same place. */
export function seededPosition(id: string, seed = 'trame', radius = 100): { x: number; y: number } {
  // One hash per node keeps positions independent of load order. A seeded generator per node (seedrandom's
  // alea) cost 15 µs a node, 150 ms of the first frame at 10k nodes; this is a murmur-style string hash
  // stepped twice through mulberry32's finaliser.
  const [u, v] = hashPair(`${seed}:${id}`);
  const angle = u * Math.PI * 2;
  const r = radius * Math.sqrt(v);
  return { x: r * Math.cos(angle), y: r * Math.sin(angle) };
}

/** Two numbers in [0, 1), spread uniformly and independently over strings, from one string. */
function hashPair(text: string): [number, number] {
  let h = 1779033703 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  const next = () => {
    h = Math.imul(h ^ (h >>> 16), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    h ^= h >>> 16;
    let t = (h += 0x6d2b79f5);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return [next(), next()];
}

/** Text drawn next to a node: transfers read as quantities, claims as quotes. */
export function displayLabel(node: Pick<ApiNode, 'label' | 'name' | 'properties'>): string {
  if (node.label === 'Transfer') return transferLabel(node.properties, node.name);
  if (node.label === 'Claim') return claimCaption(typeof node.properties.text === 'string' ? node.properties.text : node.name);
  return node.name;
}

function nodeAttrs(n: ApiNode, pos: { x: number; y: number }): NodeAttrs {
  return {
    ...pos,
    size: nodeSize(0),
    color: labelColor(n.label),
    label: displayLabel(n),
    name: n.name,
    nodeLabel: n.label,
    props: n.properties ?? {},
    status: null,
    degree: 0,
    t: parseDate(n.properties?.date),
  };
}

function edgeAttrs(e: ApiEdge): EdgeAttrs {
  return {
    relType: e.type,
    props: e.properties ?? {},
    type: 'arrow',
    size: 1.6,
    color: edgeColor(e.type),
    label: e.type,
    curvature: 0,
    status: null,
    folded: false,
    transferKind: null,
    transfer: null,
    t: parseDate(e.properties?.date),
    weight: 1,
    bundle: 1,
  };
}

/** What a merge added, so callers can select, animate or undo it. */
export interface MergeResult {
  nodes: string[];
  edges: string[];
}

/**
 * Adds a payload to the graph in one pass: new nodes start at their seeded position (around `anchor`
 * when given, so an expansion grows out of the node that was expanded), known nodes get fresh properties.
 */
export function mergePayload(graph: ExplorerGraph, payload: GraphPayload, options: { anchor?: string; seed?: string } = {}): MergeResult {
  const added: MergeResult = { nodes: [], edges: [] };
  const anchor = options.anchor && graph.hasNode(options.anchor) ? graph.getNodeAttributes(options.anchor) : null;
  for (const n of payload.nodes) {
    if (graph.hasNode(n.id)) {
      graph.mergeNodeAttributes(n.id, { props: n.properties ?? {}, name: n.name, label: displayLabel(n), t: parseDate(n.properties?.date) });
      continue;
    }
    const p = seededPosition(n.id, options.seed, anchor ? 10 : 100);
    graph.addNode(n.id, nodeAttrs(n, anchor ? { x: anchor.x + p.x, y: anchor.y + p.y } : p));
    added.nodes.push(n.id);
  }
  for (const e of payload.edges) {
    if (e.source === e.target || graph.hasEdge(e.id) || !graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
    graph.addDirectedEdgeWithKey(e.id, e.source, e.target, edgeAttrs(e));
    added.edges.push(e.id);
  }
  refreshDerived(graph);
  return added;
}

/** Empties the graph and loads a payload (one pass). */
export function replaceWithPayload(graph: ExplorerGraph, payload: GraphPayload, options: { seed?: string } = {}): MergeResult {
  graph.clear();
  return mergePayload(graph, payload, options);
}

/** Removes nodes (and their edges); returns what was removed, for undo. */
export function dropNodes(graph: ExplorerGraph, ids: string[]): void {
  for (const id of ids) if (graph.hasNode(id)) graph.dropNode(id);
  refreshDerived(graph);
}

// A stance edge carries its own status: the speaker asserted, denied or could not confirm.
const STANCE_STATUS: Record<string, string> = { ASSERTS: 'asserted', DENIES: 'denied', CANNOT_CONFIRM: 'unconfirmed' };

/** Marks doubtful facts in their caption without words, so it reads the same in English and French. */
export function statusMark(status: string | null): string {
  return status === 'denied' ? '✕ ' : status === 'unconfirmed' || status === 'alleged' ? '? ' : '';
}

/** Recomputes folded transfer edges, fact statuses, degree-based sizes and parallel-edge curvature. */
export function refreshDerived(graph: ExplorerGraph): void {
  const folds: string[] = [];
  graph.forEachEdge((e, a) => {
    if (a.folded) folds.push(e);
  });
  for (const e of folds) graph.dropEdge(e);

  // Updaters mutate in place: one pass, no copies, one event for sigma.
  const scale = sizeScale(graph.order);
  const none: string[] = [];
  graph.updateEachNodeAttributes((node, a) => {
    // Only a claim's status reads the edges pointing at it: other nodes need their degree alone.
    const incoming = a.nodeLabel === 'Claim' ? graph.mapInEdges(node, (_e, ea) => ea.relType) : none;
    const degree = graph.inDegree(node) + graph.outDegree(node);
    a.degree = degree;
    a.size = nodeSize(degree) * scale;
    a.status = factStatus(a.nodeLabel, a.props, incoming);
    a.label = `${statusMark(a.status)}${displayLabel({ label: a.nodeLabel, name: a.name, properties: a.props })}`;
    return a;
  });

  // Edges inherit the status of the fact they lead to or from (a SENT into an alleged transfer is alleged).
  graph.updateEachEdgeAttributes((_e, a, s, t, sa, ta) => {
    const fact = sa.nodeLabel === 'Transfer' || sa.nodeLabel === 'Claim' ? sa : ta.nodeLabel === 'Transfer' || ta.nodeLabel === 'Claim' ? ta : null;
    const status = STANCE_STATUS[a.relType] ?? fact?.status ?? null;
    a.transferKind = sa.nodeLabel === 'Transfer' ? String(sa.props.kind ?? 'other') : ta.nodeLabel === 'Transfer' ? String(ta.props.kind ?? 'other') : null;
    a.status = status;
    a.t = a.t ?? fact?.t ?? null;
    return a;
    // The 'type' hint makes sigma re-index: without it, it repaints in place and throws on edges added since.
  }, { attributes: ['status', 'transferKind', 't', 'type'] });

  for (const f of foldTransfers(graph)) {
    if (!graph.hasNode(f.source) || !graph.hasNode(f.target)) continue;
    graph.addDirectedEdgeWithKey(f.key, f.source, f.target, {
      relType: 'TRANSFER',
      props: { evidence: f.evidence, transfer: f.transfer },
      type: 'arrow',
      size: f.size,
      color: edgeColor('TRANSFER'),
      label: `${statusMark(f.status)}${f.label}`,
      curvature: 0,
      status: f.status,
      folded: true,
      transferKind: f.transferKind,
      transfer: f.transfer,
      t: parseDate(f.date),
      // Folded edges must not pull the layout: the Transfer node's edges already do.
      weight: 0,
      bundle: 1,
    });
  }
  assignCurvature(graph);
}

/** Above this many edges, curves and dashes give way to straight arrows. */
export const CHEAP_EDGES = 8_000;

/** Spreads parallel edges (same pair of nodes) on distinct curves; doubtful edges use the dashed program. */
export function assignCurvature(graph: ExplorerGraph): void {
  // Edges by (kind, source, target), with their attributes: one pass over the graph, no lookups by key after it.
  type Group = { kind: string; s: string; t: string; edges: string[]; attrs: EdgeAttrs[] };
  const groups = new Map<string, Group>();
  graph.forEachEdge((e, a, s, t) => {
    // Folded and unfolded edges never show together, so they are spread separately.
    const kind = a.folded ? 'f' : 'n';
    const key = `${kind}|${s}|${t}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { kind, s, t, edges: [], attrs: [] }));
    g.edges.push(e);
    g.attrs.push(a);
  });
  const look = new Map<string, { curvature: number; type: EdgeAttrs['type']; bundle: number; color: string }>();
  // Curved and dashed edges cost a Bézier distance per pixel; past CHEAP_EDGES edges every edge is a
  // straight arrow and doubt is carried by colour alone (see doubtColor), so big views stay fluid.
  const cheap = graph.size > CHEAP_EDGES;
  for (const { kind, s, t, edges, attrs } of groups.values()) {
    const back = groups.get(`${kind}|${t}|${s}`);
    const opposite = back !== undefined;
    const n = edges.length;
    const bundle = n + (back?.edges.length ?? 0);
    edges.forEach((e, i) => {
      const parallel = n > 1 || opposite;
      // Spread evenly over a bounded range: very curved edges leave the picture and garble their labels.
      const curvature = !parallel ? 0 : n === 1 ? 0.2 : 0.1 + (0.5 * i) / (n - 1);
      const doubtful = isDoubtful(attrs[i].status);
      const type = cheap ? 'arrow' : doubtful ? 'dashed' : parallel ? 'curved' : 'arrow';
      const color = cheap && doubtful ? DOUBT_EDGE_COLOR : edgeColor(attrs[i].relType);
      look.set(e, { curvature: doubtful ? Math.max(curvature, 0.06) : curvature, type, bundle, color });
    });
  }
  // One batched update (the 'type' hint makes sigma re-index programs) instead of an event per edge.
  graph.updateEachEdgeAttributes(
    (e, a) => {
      const l = look.get(e)!;
      a.curvature = l.curvature;
      a.type = l.type;
      a.bundle = l.bundle;
      a.color = l.color;
      return a;
    },
    { attributes: ['curvature', 'type', 'bundle', 'color'] },
  );
}

/** Node sizes shrink on big graphs so 10k discs do not cover each other (1 up to 1000 nodes, 0.3 at 10k). */
export function sizeScale(order: number): number {
  return order <= 1_000 ? 1 : Math.max(0.25, Math.sqrt(1_000 / order));
}

/** A serialisable copy of the graph for undo/redo. */
export function snapshot(graph: ExplorerGraph): SerializedGraph<NodeAttrs, EdgeAttrs> {
  return graph.export();
}

/** Restores a snapshot taken by `snapshot` into the same graph instance (sigma keeps listening). */
export function restore(graph: ExplorerGraph, snap: SerializedGraph<NodeAttrs, EdgeAttrs>): void {
  graph.clear();
  graph.import(snap);
}

/** The graph as a payload (for exports and for loading a fixture into another view). */
export function toPayload(graph: ExplorerGraph): GraphPayload {
  const nodes: ApiNode[] = graph.mapNodes((id, a) => ({ id, label: a.nodeLabel, name: a.name, properties: a.props }));
  const edges: ApiEdge[] = [];
  graph.forEachEdge((id, a, source, target) => {
    if (!a.folded) edges.push({ id, type: a.relType, source, target, properties: a.props });
  });
  return { nodes, edges, truncated: false };
}

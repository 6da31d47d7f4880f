// window.__trame: a small, stable surface for end-to-end tests and the benchmark (no React internals).
import type { ExplorerGraph } from '@/lib/graph/graphology';
import type { GraphPayload } from '@/lib/graph/payload';
import type { CanvasApi } from '../graph/canvas-api';
import { layoutSettledAt, perfSnapshot } from './perf';

export interface TrameHooks {
  /** Nodes and edges in the graph (folded transfer arrows excluded from `size`). */
  order(): number;
  size(): number;
  /** Nodes and edges drawn under the current filters. */
  visible(): { nodes: number; edges: number };
  /** Replaces (default) or extends the view with a payload, without Neo4j. */
  loadGraph(payload: GraphPayload, mode?: 'replace' | 'add'): void;
  /** Loads the seeded 10k-node / 30k-edge fixture (same as /?fixture=big). */
  loadFixture(name: 'big', options?: { nodes?: number; edges?: number }): Promise<void>;
  selected(): { node: string | null; edge: string | null };
  select(id: string): void;
  /** Opens the inspector on an edge (folded transfer arrows included). */
  selectEdge(id: string): void;
  /** Edge ids of one relationship type ('TRANSFER' for folded arrows). */
  edgesOfType(type: string): string[];
  expand(id: string): Promise<void>;
  /** Viewport position (CSS pixels in the canvas) of a node, for clicking it. */
  nodeViewport(id: string): { x: number; y: number } | null;
  hasNode(id: string): boolean;
  findNode(name: string): string | null;
  /** Timings: firstFrameAt (ms since navigation), firstFrameMs (ms since the last load began). */
  perf(): ReturnType<typeof perfSnapshot> & { settledAt: number | null };
  layoutRunning(): boolean;
  /** performance.now() at the end of the first frame that draws node `id` as selected (null: no canvas). */
  selectionDrawn(id: string): Promise<number> | null;
  /** Frames that kept the node and edge layers undrawn because only labels and highlights changed. */
  keptFrames(): number;
  /** Draws the current view again with the node and edge layers drawn afresh (what a kept frame must show). */
  redrawLayers(): void;
  /** Duration of one full synchronous refresh of the canvas, ms. */
  refreshMs(): number | null;
  /** Visible nodes per label under the current filters. */
  visibleByLabel(): Record<string, number>;
  /** Nodes sigma draws (filtered-out ones included when they are dimmed rather than hidden). */
  drawn(): number;
  /** Every node's drawn label text. */
  nodeLabels(): string[];
  /** Node labels on the canvas in the latest frame, with their boxes (CSS px): the overlap check's input. */
  labelBoxes(): { id: string; text: string; box: [number, number, number, number] }[];
  /** Ids of the nodes in view. */
  nodeIds(): string[];
  ready: boolean;
}

declare global {
  interface Window {
    __trame?: TrameHooks;
    /** Seeded graph generators a test or benchmark page adds (scripts/lib/big-graph-script.ts). */
    __trameFixtures?: { big(options?: { nodes?: number; edges?: number }): GraphPayload };
  }
}

/** Installs window.__trame; returns the uninstaller. */
export function installTrameHooks(deps: {
  graph: ExplorerGraph;
  canvas: () => CanvasApi | null;
  load(payload: GraphPayload, mode: 'replace' | 'add'): void;
  loadFixture(name: 'big', options?: { nodes?: number; edges?: number }): Promise<void>;
  selected(): { node: string | null; edge: string | null };
  select(id: string): void;
  selectEdge(id: string): void;
  expand(id: string): Promise<void>;
  layoutRunning(): boolean;
  visible(): { nodes: number; edges: number };
  visibleByLabel(): Record<string, number>;
}): () => void {
  const g = deps.graph;
  window.__trame = {
    order: () => g.order,
    size: () => {
      let n = 0;
      g.forEachEdge((_e, a) => {
        if (!a.folded) n++;
      });
      return n;
    },
    visible: deps.visible,
    loadGraph: (payload, mode = 'replace') => deps.load(payload, mode),
    loadFixture: deps.loadFixture,
    selected: deps.selected,
    select: deps.select,
    selectEdge: deps.selectEdge,
    edgesOfType: (type) => g.filterEdges((_e, a) => a.relType === type),
    expand: deps.expand,
    nodeViewport: (id) => deps.canvas()?.nodeViewport(id) ?? null,
    hasNode: (id) => g.hasNode(id),
    findNode: (name) => g.findNode((_id, a) => a.name === name) ?? null,
    perf: () => ({ ...perfSnapshot(), settledAt: layoutSettledAt() }),
    layoutRunning: deps.layoutRunning,
    selectionDrawn: (id) => deps.canvas()?.selectionDrawn(id) ?? null,
    keptFrames: () => deps.canvas()?.keptFrames() ?? 0,
    redrawLayers: () => deps.canvas()?.redrawLayers(),
    refreshMs: () => deps.canvas()?.refreshMs() ?? null,
    visibleByLabel: deps.visibleByLabel,
    drawn: () => deps.canvas()?.drawnCount() ?? 0,
    nodeLabels: () => g.mapNodes((_id, a) => a.label),
    labelBoxes: () => deps.canvas()?.labelBoxes() ?? [],
    nodeIds: () => g.nodes(),
    ready: true,
  };
  return () => {
    delete window.__trame;
  };
}

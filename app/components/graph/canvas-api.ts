// What the sigma canvas offers the explorer (an imperative handle) and what it takes (props).
import type { ExplorerGraph } from '@/lib/graph/graphology';
import type { FilterState } from '@/lib/graph/filters';
import type { FirstFrame } from './first-frame';

/** Imperative handle the explorer uses to move the camera and read positions. */
export interface CanvasApi {
  /** Animates the camera to a node; `rightInset` px on the right are covered (the inspector). */
  focusNode(id: string, rightInset?: number): void;
  /** Frames the given nodes, or every node the filters show; the canvas is only the part no pane covers. */
  fit(ids?: string[]): void;
  nodeViewport(id: string): { x: number; y: number } | null;
  canvasElement(): HTMLCanvasElement | null;
  camera(): { x: number; y: number; ratio: number; angle: number };
  /** Nodes sigma draws now (not hidden by a reducer). */
  drawnCount(): number;
  /** Node labels drawn in the latest frame, with their boxes (CSS px in the canvas): none overlap. */
  labelBoxes(): { id: string; text: string; box: [number, number, number, number] }[];
  /** Puts the camera where a permalink says. */
  setCamera(state: { x: number; y: number; ratio: number; angle: number }): void;
  viewport(): { width: number; height: number };
  /** Time of one full synchronous refresh (reducers + buffers + draw), ms: for the benchmark. */
  refreshMs(): number;
  /** Resolves with performance.now() at the end of the first frame that draws `id` as selected. */
  selectionDrawn(id: string): Promise<number>;
  /** Frames that kept the node and edge layers as they were (a label-only repaint). */
  keptFrames(): number;
  /** Redraws the view as it stands with every layer drawn afresh and nothing re-processed. */
  redrawLayers(): void;
  /** Runs a bulk graph mutation with sigma detached, so it re-indexes once instead of once per event. */
  batch(mutate: () => void): void;
}

export interface GraphCanvasProps {
  graph: ExplorerGraph;
  filters: FilterState;
  selectedNode: string | null;
  selectedEdge: string | null;
  path: { nodes: Set<string>; edges: Set<string> } | null;
  /** Relationship types in the interface language, for edge captions. */
  relText?: (type: string) => string;
  /** Bumped by the explorer when the graph was replaced (full layout) or grew (short layout). */
  layoutRequest: { id: number; budgetMs?: number; resetCamera?: boolean };
  onNodeClick(id: string): void;
  onNodeDoubleClick(id: string): void;
  onEdgeClick(id: string): void;
  onStageClick(): void;
  onLayoutPhase(phase: 'fa2' | 'noverlap' | 'done'): void;
  onReady(api: CanvasApi | null): void;
  /** A first frame drawn before React (first-frame.ts), adopted when its graph is `graph`. */
  firstFrame?: FirstFrame | null;
}

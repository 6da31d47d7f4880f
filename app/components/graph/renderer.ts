// The one way Trame creates its sigma renderer: the same settings, programs, reducers, label drawing and
// frame timing whether the explorer creates it or the page's first-frame entry does before React
// (first-frame.ts), so a renderer handed from one to the other draws as the explorer's own would.
import Sigma from 'sigma';
import { NodeCircleProgram } from 'sigma/rendering';
import type { EdgeAttrs, ExplorerGraph, NodeAttrs } from '@/lib/graph/graphology';
import { markFrame } from '../explorer/perf';
import { createLabelLedger, type LabelLedger } from './label-drawing';
import { EDGE_PROGRAMS, EdgeThinProgram, skippingWhile, withSlotRanges } from './programs';
import { makeEdgeReducer, makeNodeReducer, THIN_EDGE, type ViewState } from './reducers';
import { buildableAhead, dropProgramsBuiltAhead, edgeTypesFor, ensureEdgePrograms, offerEdgePrograms } from './edge-programs';
import { watchStillLayers, withPreservedLayers, type StillLayers } from './still-layers';
import { skipBlankClears } from './blank-layers';

/** A renderer and what was made with it; `release` stops every watcher and kills sigma. */
export interface CanvasRenderer {
  renderer: Sigma<NodeAttrs, EdgeAttrs>;
  labels: LabelLedger;
  still: StillLayers;
  /** Clears the timer that compiles every edge program while the first graph is on its way. */
  release(): void;
}

/** The explorer's view state before any graph: filters as given, nothing hovered or selected. */
export function initialView(filters: ViewState['filters']): ViewState {
  return { filters, hovered: null, hoverNeighbours: new Set(), selectedNode: null, selectedEdge: null, path: null, forceFoldLabels: true };
}

/**
 * Creates sigma over `graph` in `container`, its reducers reading `view.current`. While the graph is empty
 * (a request on its way), every edge program compiles in the next task; a graph already there gets its
 * first frame first.
 */
export function createCanvasRenderer(graph: ExplorerGraph, container: HTMLElement, view: { current: ViewState }): CanvasRenderer {
  const labels = createLabelLedger();
  // Edges hidden while a layout moves are not drawn at all, not even as empty shapes.
  let edgeEvents = () => true;
  // While a layer grows a slice per frame (still-layers), its programs draw only the slots it shows.
  let still: StillLayers | null = null;
  const ranges = (gl: WebGLRenderingContext) => still?.rangesFor(gl) ?? null;
  const programs = buildableAhead(skippingWhile({ ...EDGE_PROGRAMS, [THIN_EDGE]: EdgeThinProgram }, () => !!view.current.edgesHidden, () => edgeEvents(), ranges));
  const pick = (types: Set<string>) => Object.fromEntries([...types].map((t) => [t, programs[t]]));
  const renderer = withPreservedLayers(() => new Sigma(graph, container, {
    defaultDrawNodeLabel: labels.draw,
    allowInvalidContainer: true,
    defaultEdgeType: 'arrow',
    // Only those the graph needs now (thin alone while it is empty): ensureEdgePrograms adds the rest. Sigma
    // compiles its own arrow program at creation whatever it is given: Trame's takes its place, or it would
    // be compiled a second time when arrows first show.
    edgeProgramClasses: { ...pick(edgeTypesFor(graph, view.current)), arrow: programs.arrow },
    nodeProgramClasses: withSlotRanges({ circle: NodeCircleProgram }, ranges),
    renderEdgeLabels: true,
    enableEdgeEvents: true,
    zIndex: true,
    labelFont: 'Inter, "Segoe UI", system-ui, sans-serif',
    labelSize: 12,
    labelWeight: '500',
    labelColor: { color: '#1f2933' },
    edgeLabelFont: 'Inter, "Segoe UI", system-ui, sans-serif',
    edgeLabelSize: 11,
    edgeLabelColor: { color: '#7a4a12' },
    labelDensity: 0.6,
    labelGridCellSize: 90,
    labelRenderedSizeThreshold: 7,
    minEdgeThickness: 1,
    stagePadding: 40,
    nodeReducer: makeNodeReducer(view),
    edgeReducer: makeEdgeReducer(view, graph),
  }));
  edgeEvents = () => renderer.getSetting('enableEdgeEvents');
  // Before still-layers wraps the same clears: a clear it skips leaves the layer as drawn, not blank.
  const unskipBlankClears = skipBlankClears(renderer);
  const watched = watchStillLayers(renderer, () => !view.current.edgesHidden);
  still = watched;
  offerEdgePrograms(renderer, programs);
  const warm = setTimeout(() => {
    if (graph.order === 0) ensureEdgePrograms(renderer, graph, view.current, new Set(Object.keys(programs)));
  }, 0);
  renderer.on('beforeRender', labels.reset);
  // The graph sigma draws, not the explorer's: during a batch sigma briefly draws an empty stand-in.
  renderer.on('afterRender', () => markFrame(renderer.getGraph().order));
  return {
    renderer,
    labels,
    still: watched,
    release() {
      clearTimeout(warm);
      watched.release();
      unskipBlankClears();
      dropProgramsBuiltAhead(renderer);
      renderer.kill();
    },
  };
}

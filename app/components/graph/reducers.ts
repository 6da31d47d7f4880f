// Sigma reducers: how the view state (filters, hover, selection, path) changes what is drawn,
// without touching the graph itself. They read a mutable ref so sigma never needs rebuilding.
import type { NodeDisplayData, EdgeDisplayData } from 'sigma/types';
import type { EdgeAttrs, ExplorerGraph, NodeAttrs } from '@/lib/graph/graphology';
import { edgeVisible, nodeVisible, type FilterState } from '@/lib/graph/filters';
import { DIMMED_EDGE_COLOR, DIMMED_NODE_COLOR, HIGHLIGHT_COLOR } from '@/lib/graph/style';

/** The program key dense views are drawn with (programs.ts EdgeThinProgram); the graph's own `type` stays. */
export const THIN_EDGE = 'thin';

/** Everything the reducers look at; lives in a ref owned by GraphCanvas. */
export interface ViewState {
  filters: FilterState;
  hovered: string | null;
  hoverNeighbours: Set<string>;
  selectedNode: string | null;
  selectedEdge: string | null;
  path: { nodes: Set<string>; edges: Set<string> } | null;
  /** Folded transfer labels are always drawn on small graphs, only on focus on big ones. */
  forceFoldLabels: boolean;
  /** Relationship types in the interface language (the Cypher spelling when absent). */
  relText?: (type: string) => string;
  /**
   * Hovering dims everything outside the neighbourhood, except on big graphs where it only brightens the
   * neighbourhood: a hover then repaints a handful of nodes instead of all of them.
   */
  hoverWithoutDimming?: boolean;
  /** Edges are not drawn while a big graph's layout moves (Gephi Lite does the same); they come back in slices. */
  edgesHidden?: boolean;
  /** Dense views draw every edge as a thin line (programs.ts EdgeThinProgram). */
  thinEdges?: boolean;
  /**
   * Edges on their way back after a layout (refresh.ts revealEdges): hidden, but in the program they will be
   * drawn with, so each slice that comes back is a partial refresh and not a re-index.
   */
  edgesPending?: Set<string> | null;
}

/** Node reducer: filtered nodes hide, the hovered neighbourhood or the path stays bright, the rest dims. */
export function makeNodeReducer(view: { current: ViewState }) {
  return (node: string, data: NodeAttrs): Partial<NodeDisplayData> => {
    const v = view.current;
    // Filtered out: hidden, or drawn pale in place when the user chose to dim (the picture keeps its shape).
    if (!nodeVisible(data, v.filters)) {
      const otherReading = data.nodeLabel === 'Transfer' && v.filters.transferMode === 'edges';
      return v.filters.filteredOut === 'dim' && !otherReading ? { ...data, color: DIMMED_NODE_COLOR, label: '', zIndex: 0 } : { ...data, hidden: true };
    }
    // Sigma copies what a reducer returns: an untouched node needs no copy of its own.
    if (!v.path && !v.hovered && node !== v.selectedNode) return data;
    const res: Partial<NodeDisplayData> & NodeAttrs = { ...data };
    if (v.path) {
      if (v.path.nodes.has(node)) {
        res.highlighted = true;
        res.forceLabel = true;
        res.zIndex = 2;
      } else {
        res.color = DIMMED_NODE_COLOR;
        res.label = '';
        res.zIndex = 0;
      }
    }
    if (v.hovered) {
      if (node === v.hovered || v.hoverNeighbours.has(node)) {
        res.forceLabel = true;
        res.zIndex = 3;
        res.color = data.color;
        res.label = data.label;
      } else if (!v.hoverWithoutDimming) {
        res.color = DIMMED_NODE_COLOR;
        res.label = '';
        res.zIndex = 0;
      }
    }
    if (node === v.selectedNode) {
      res.highlighted = true;
      res.forceLabel = true;
      res.zIndex = 4;
    }
    return res;
  };
}

function relCaption(data: EdgeAttrs, relText: (type: string) => string = (t) => t): string {
  const qualifier = typeof data.props.title === 'string' ? data.props.title : typeof data.props.role === 'string' ? data.props.role : '';
  const type = relText(data.relType);
  return qualifier ? `${type} (${qualifier})` : type;
}

/** Edge reducer: filters, then focus (hover / selection / path) decides colour and label. */
export function makeEdgeReducer(view: { current: ViewState }, graph: ExplorerGraph) {
  return (edge: string, data: EdgeAttrs): Partial<EdgeDisplayData> => {
    const v = view.current;
    // Sigma hands the reducer its own copy of the attributes: marking it costs no further copy. The program
    // is set first: a hidden edge keeps its slot in the program it will be drawn with when it comes back
    // (thin lines on dense views); on others hidden edges wait in the thin program, so a first frame with
    // edges hidden needs no other edge program compiled, and showing them re-indexes the graph (a full refresh).
    if (v.thinEdges || v.edgesHidden) (data as { type: string }).type = THIN_EDGE;
    if (v.edgesHidden || v.edgesPending?.has(edge)) return Object.assign(data, { hidden: true });
    if (!edgeVisible(data, v.filters)) {
      // A folded arrow and its Transfer node never show together: the reading not chosen stays hidden.
      const otherReading = data.folded ? v.filters.transferMode !== 'edges' : false;
      return v.filters.filteredOut === 'dim' && !otherReading ? { ...data, color: DIMMED_EDGE_COLOR, label: '', zIndex: 0 } : { ...data, hidden: true };
    }
    // Folded transfers are labelled up front, unless a bundle between two actors is too thick to read.
    const foldLabel = data.folded && v.forceFoldLabels && data.bundle <= 4;
    const focus = v.hovered ?? v.selectedNode;
    // The common case on big graphs: nothing in focus, no caption to hide; sigma copies the data anyway.
    if (!foldLabel && !data.label && !v.path && !focus && edge !== v.selectedEdge) return data;
    const res: Partial<EdgeDisplayData> & EdgeAttrs = { ...data, label: foldLabel ? data.label : '' };
    if (foldLabel) res.forceLabel = true;
    if (v.path) {
      if (v.path.edges.has(edge) || (data.folded && data.transfer && v.path.nodes.has(data.transfer))) {
        res.color = HIGHLIGHT_COLOR;
        res.size = Math.max(data.size, 1) + 2;
        res.zIndex = 2;
        res.label = data.folded ? data.label : relCaption(data, v.relText);
        res.forceLabel = true;
      } else {
        res.color = DIMMED_EDGE_COLOR;
        res.label = '';
      }
    }
    if (focus) {
      const [s, t] = graph.extremities(edge);
      if (s === focus || t === focus) {
        res.label = data.folded ? data.label : relCaption(data, v.relText);
        res.forceLabel = true;
        res.zIndex = 3;
        if (v.hovered) res.color = data.color;
      } else if (v.hovered && !v.hoverWithoutDimming) {
        res.color = DIMMED_EDGE_COLOR;
        res.label = '';
      }
    }
    if (edge === v.selectedEdge) {
      res.color = HIGHLIGHT_COLOR;
      res.size = Math.max(data.size, 1) + 1.5;
      res.label = data.folded ? data.label : relCaption(data, v.relText);
      res.forceLabel = true;
      res.zIndex = 4;
    }
    return res;
  };
}

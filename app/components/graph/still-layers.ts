// Frames that leave sigma's node and edge layers as they were. Sigma's render() clears and redraws every
// WebGL layer; where WebGL is rasterised in software, redrawing 30k edges and 10k nodes is a main-thread
// task of hundreds of milliseconds (the compositor reads each redrawn canvas back), even when a hover or a
// selection changed only labels and the hover layer. When nothing that the two layers show has changed
// since they were last drawn (same camera, same size, no re-processing, and the items a repaint touched
// keep their colour, size, position and program), the next frame skips their clear, their upload and their
// draw, offscreen picking pass included (its texture, which hover detection reads, stays valid): the canvases
// keep the picture they show, and only the labels and the hover layer are drawn.
import type Sigma from 'sigma';
import type { EdgeAttrs, NodeAttrs } from '@/lib/graph/graphology';
import type { SlotRanges } from './programs';

type Renderer = Sigma<NodeAttrs, EdgeAttrs>;
type RefreshOptions = Parameters<Renderer['refresh']>[0];

/** What `refreshKeeping` needs to know about the items a repaint touches. */
export interface StillLayers {
  /**
   * Refreshes `opts.partialGraph` like `renderer.refresh(opts)`; the next frame keeps the node and edge
   * layers if no item's drawn look (anything but its label, label forcing, highlight and z-index) changed.
   */
  refreshKeeping(opts: NonNullable<RefreshOptions>): void;
  /**
   * Refreshes `opts.partialGraph` (edges only, skipping indexation) and has the next frame draw only the edge
   * slots in `ranges` over the edge layer as it stands: no clear, the node layer kept. A frame that must draw
   * the edge layer anyway (a camera move, another change) draws every edge instead.
   */
  appendEdges(opts: NonNullable<RefreshOptions>, ranges: SlotRanges): void;
  /** The slot ranges the frame being drawn is limited to on the edge layer, or null (every slot). */
  edgeRanges(): SlotRanges | null;
  /** Frames drawn so far that kept both layers (for tests and the benchmark). */
  keptFrames(): number;
  /** Draws the same view now with both layers drawn afresh, nothing re-processed: what a kept frame must equal. */
  redraw(): void;
  /** Restores the contexts' own methods. */
  release(): void;
}

// What a node or edge shows outside the WebGL layers: changing it needs no redraw of those layers.
const LABEL_ONLY = new Set(['label', 'forceLabel', 'highlighted', 'zIndex']);

/** True when two display data draw the same on the WebGL layers (labels, highlights and z-index aside). */
export function sameLook(a: object | undefined, b: object | undefined): boolean {
  if (!a || !b) return a === b;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  for (const k of new Set([...Object.keys(x), ...Object.keys(y)])) if (!LABEL_ONLY.has(k) && x[k] !== y[k]) return false;
  return true;
}

/** The WebGL2 context sigma draws `canvas` with, or null (WebGL1: its draw calls go through an extension). */
function webgl2Of(canvas: HTMLCanvasElement | undefined): WebGL2RenderingContext | null {
  const gl = canvas?.getContext('webgl2');
  return gl instanceof WebGL2RenderingContext ? gl : null;
}

type Layer = 'nodes' | 'edges';
const LAYERS: Layer[] = ['nodes', 'edges'];

/**
 * Watches `renderer` so that a frame keeps each of the node and edge layers whose content has not changed
 * since it was last drawn: after a label-only repaint both, after a repaint of edges alone (edges coming
 * back after a layout) the node layer. Any other refresh, a camera move, a resize or a re-process draws
 * the layers again. `edgesShown` tells whether the edge programs draw at all (they skip while a layout moves).
 */
export function watchStillLayers(renderer: Renderer, edgesShown: () => boolean = () => true): StillLayers {
  const canvases = renderer.getCanvases();
  const contexts = { nodes: webgl2Of(canvases.nodes), edges: webgl2Of(canvases.edges) };
  const refresh = renderer.refresh.bind(renderer);
  // Per layer: something changed what it shows since it was last drawn; it is kept in the current frame.
  const dirty = { nodes: true, edges: true };
  const keeping = { nodes: false, edges: false };
  const drawnAt = { nodes: '', edges: '' };
  let kept = 0;
  // Edge slots to draw over the edge layer in the next frame, and whether the current frame does so.
  let pending: Map<string, [number, number]> | null = null;
  let appending = false;
  const where = (layer: Layer) => {
    const c = renderer.getCamera().getState();
    const d = renderer.getDimensions();
    return `${c.x} ${c.y} ${c.ratio} ${c.angle} ${d.width} ${d.height}${layer === 'edges' ? ` ${edgesShown()}` : ''}`;
  };
  // Sigma's own state, read and swapped at run time: whether the next frame re-processes the graph, and the
  // layers whose picking texture it makes anew (blank) before drawing.
  const internals = renderer as unknown as { needToProcess?: boolean; pickingLayers?: Set<string> };
  let picking: Set<string> | undefined;
  const restore: (() => void)[] = [];

  if (contexts.nodes && contexts.edges) {
    for (const layer of LAYERS) {
      const gl = contexts[layer]!;
      const own = { clear: gl.clear, bufferData: gl.bufferData, drawArrays: gl.drawArrays, drawArraysInstanced: gl.drawArraysInstanced };
      gl.clear = function (mask) {
        if (!keeping[layer] && !(appending && layer === 'edges')) own.clear.call(gl, mask);
      };
      gl.drawArrays = function (mode, first, count) {
        if (!keeping[layer]) own.drawArrays.call(gl, mode, first, count);
      };
      gl.drawArraysInstanced = function (mode, first, count, instances) {
        if (!keeping[layer]) own.drawArraysInstanced.call(gl, mode, first, count, instances);
      };
      // The buffers already hold these very arrays: nothing that changed is drawn in them.
      gl.bufferData = function (...args: unknown[]) {
        if (!keeping[layer]) (own.bufferData as (...a: unknown[]) => void).apply(gl, args);
      } as typeof gl.bufferData;
      restore.push(() => Object.assign(gl, own));
    }
    renderer.refresh = (opts) => {
      // A partial refresh that skips indexation rewrites the program slots of the items it names, and only
      // those: edges keep the endpoints they were last processed with.
      const partial = opts?.partialGraph;
      if (!partial || !opts?.skipIndexation || partial.nodes?.length) dirty.nodes = true;
      if (!partial || !opts?.skipIndexation || partial.edges?.length) dirty.edges = true;
      return refresh(opts);
    };
    restore.push(() => void (renderer.refresh = refresh));
    const before = () => {
      const can = !internals.needToProcess && renderer.getGraph().order > 0 && internals.pickingLayers instanceof Set;
      for (const layer of LAYERS) keeping[layer] = can && !dirty[layer] && where(layer) === drawnAt[layer];
      appending = keeping.edges && !!pending;
      if (appending) keeping.edges = false;
      if (!keeping.nodes && !keeping.edges && !appending) return;
      // The kept layers' picking textures keep what they hold: the frame that drew them drew this very picture.
      // An appended slice adds its edges to the edge layer's texture as to its canvas.
      picking = internals.pickingLayers;
      internals.pickingLayers = new Set([...picking!].filter((layer) => !keeping[layer as Layer] && !(appending && layer === 'edges')));
    };
    const after = () => {
      if (picking) internals.pickingLayers = picking;
      picking = undefined;
      if (keeping.nodes && keeping.edges) kept++;
      // Drawn in full or appended to, the edge layer now holds the pending slots.
      pending = null;
      for (const layer of LAYERS) {
        if (!keeping[layer] && !(appending && layer === 'edges')) {
          dirty[layer] = false;
          drawnAt[layer] = where(layer);
        }
        keeping[layer] = false;
      }
      appending = false;
    };
    renderer.on('beforeRender', before);
    renderer.on('afterRender', after);
    restore.push(() => {
      renderer.off('beforeRender', before);
      renderer.off('afterRender', after);
    });
  }

  return {
    refreshKeeping(opts) {
      const nodes = opts.partialGraph?.nodes ?? [];
      const edges = opts.partialGraph?.edges ?? [];
      const looks = { nodes: nodes.map((n) => renderer.getNodeDisplayData(n)), edges: edges.map((e) => renderer.getEdgeDisplayData(e)) };
      const was = { ...dirty };
      refresh(opts);
      const now = { nodes: nodes.map((n) => renderer.getNodeDisplayData(n)), edges: edges.map((e) => renderer.getEdgeDisplayData(e)) };
      for (const layer of LAYERS) dirty[layer] = was[layer] || restore.length === 0 || !opts.skipIndexation || looks[layer].some((look, i) => !sameLook(look, now[layer][i]));
    },
    appendEdges(opts, ranges) {
      refresh(opts);
      if (restore.length === 0) {
        dirty.edges = true;
        return;
      }
      // Slices come in slot order: two before one frame make one range per program.
      const next = new Map(pending ?? []);
      for (const [type, [from, to]] of ranges) {
        const had = next.get(type);
        next.set(type, had ? [Math.min(had[0], from), Math.max(had[1], to)] : [from, to]);
      }
      pending = next;
    },
    edgeRanges: () => (appending ? pending : null),
    keptFrames: () => kept,
    redraw() {
      dirty.nodes = dirty.edges = true;
      refresh({ partialGraph: { nodes: [], edges: [] }, skipIndexation: true });
    },
    release() {
      for (const r of restore.splice(0)) r();
    },
  };
}

/**
 * Runs `create` (sigma's constructor) with the edge layer's WebGL context asked to keep its drawing buffer
 * between frames: edges coming back a slice per frame are drawn over the picture the layer shows
 * (appendEdges), which a discarded buffer would have lost. The other layers keep the default.
 */
export function withPreservedEdgeLayer<T>(create: () => T): T {
  const proto = HTMLCanvasElement.prototype;
  const own = proto.getContext;
  proto.getContext = function (this: HTMLCanvasElement, type: string, options?: object) {
    const keep = type.startsWith('webgl') && this.classList.contains('sigma-edges');
    return own.call(this, type, keep ? { ...options, preserveDrawingBuffer: true } : options);
  } as typeof own;
  try {
    return create();
  } finally {
    proto.getContext = own;
  }
}

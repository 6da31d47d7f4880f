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
import { mergeRanges, type SlotRanges } from './slices';

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
   * Grows what `layer` shows by the slots in `ranges` (one range per program, following the ones grown
   * before), refreshing `opts.partialGraph` like `renderer.refresh(opts)` (skipping indexation): the next
   * frame draws only those slots over the layer as it stands, the other layer kept unless it changed. The
   * first step of a growth clears the layer. Until endGrowth, a frame that must draw the layer anyway (a camera
   * move, another change) draws the slots grown so far, and only those.
   */
  grow(layer: Layer, opts: NonNullable<RefreshOptions>, ranges: SlotRanges): void;
  /** Starts a growth with nothing shown: a frame that draws the layer before the first step clears it. */
  beginGrowth(layer: Layer): void;
  /** Ends a growth: frames draw every slot of the layer again. */
  endGrowth(layer: Layer): void;
  /** The slot ranges the frame being drawn is limited to on the layer `gl` draws, or null (every slot). */
  rangesFor(gl: WebGLRenderingContext | WebGL2RenderingContext): SlotRanges | null;
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

/** A WebGL layer whose content still-layers keeps or grows. */
export type Layer = 'nodes' | 'edges';
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
  // Per layer being grown: the slots it shows so far, those the next frame adds; and whether the current
  // frame draws the added ones over the layer as it stands.
  const growth: Record<Layer, { shown: Map<string, [number, number]>; step: Map<string, [number, number]> | null } | null> = { nodes: null, edges: null };
  const appending = { nodes: false, edges: false };
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
        if (!keeping[layer] && !appending[layer]) own.clear.call(gl, mask);
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
      for (const layer of LAYERS) {
        // Unchanged since last drawn: kept as it stands, or drawn over with a growth's added slots.
        const unchanged = can && !dirty[layer] && where(layer) === drawnAt[layer];
        appending[layer] = unchanged && !!growth[layer]?.step;
        keeping[layer] = unchanged && !appending[layer];
      }
      if (!keeping.nodes && !keeping.edges && !appending.nodes && !appending.edges) return;
      // The kept layers' picking textures keep what they hold: the frame that drew them drew this very picture.
      // A grown layer's texture gets the added slots as its canvas does.
      picking = internals.pickingLayers;
      internals.pickingLayers = new Set([...picking!].filter((layer) => !keeping[layer as Layer] && !appending[layer as Layer]));
    };
    const after = () => {
      if (picking) internals.pickingLayers = picking;
      picking = undefined;
      if (keeping.nodes && keeping.edges) kept++;
      for (const layer of LAYERS) {
        // Drawn afresh or appended to, a grown layer now shows the slots grown so far.
        const g = growth[layer];
        if (g) g.step = null;
        if (!keeping[layer] && !appending[layer]) {
          dirty[layer] = false;
          drawnAt[layer] = where(layer);
        }
        keeping[layer] = false;
        appending[layer] = false;
      }
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
    grow(layer, opts, ranges) {
      const g = growth[layer];
      // The first step draws the layer afresh, limited to its slots; without wrapped contexts every frame does.
      if (!g?.shown.size || restore.length === 0) dirty[layer] = true;
      const next = g ?? { shown: new Map(), step: null };
      // Steps come in slot order: several before one frame make one range per program.
      next.step ??= new Map();
      mergeRanges(next.shown, ranges);
      mergeRanges(next.step, ranges);
      growth[layer] = next;
      refresh(opts);
    },
    beginGrowth(layer) {
      growth[layer] ??= { shown: new Map(), step: null };
    },
    endGrowth(layer) {
      growth[layer] = null;
    },
    rangesFor(gl) {
      const layer = gl === contexts.nodes ? 'nodes' : gl === contexts.edges ? 'edges' : null;
      const g = layer && growth[layer];
      if (!g) return null;
      return appending[layer] ? g.step : g.shown;
    },
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
 * Runs `create` (sigma's constructor) with the node and edge layers' WebGL contexts asked to keep their
 * drawing buffers between frames: nodes placed and edges brought back a slice per frame are drawn over the
 * picture the layer shows (StillLayers.grow), which a discarded buffer would have lost.
 */
export function withPreservedLayers<T>(create: () => T): T {
  const proto = HTMLCanvasElement.prototype;
  const own = proto.getContext;
  proto.getContext = function (this: HTMLCanvasElement, type: string, options?: object) {
    const keep = type.startsWith('webgl') && (this.classList.contains('sigma-edges') || this.classList.contains('sigma-nodes'));
    return own.call(this, type, keep ? { ...options, preserveDrawingBuffer: true } : options);
  } as typeof own;
  try {
    return create();
  } finally {
    proto.getContext = own;
  }
}

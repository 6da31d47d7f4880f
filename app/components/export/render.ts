// Browser side of the exports: an off-screen sigma at the picture's exact size draws the graph (PNG via
// @sigma/export-image, SVG via sigma's own projection), and the caption laid out by lib/export/caption
// is painted around it. Sigma and its WebGL programs are imported lazily: they cannot load on the server.
import type Sigma from 'sigma';
import type { EdgeAttrs, ExplorerGraph, NodeAttrs } from '@/lib/graph/graphology';

/** Sigma over the explorer's graph. */
export type GraphSigma = Sigma<NodeAttrs, EdgeAttrs>;

/** @sigma/export-image is typed for sigma's default attributes only; it reads no attribute itself. */
function asPlainSigma(r: GraphSigma): Sigma {
  return r as unknown as Sigma;
}
import type { FilterState } from '@/lib/graph/filters';
import type { CameraState } from '@/lib/export/permalink';
import { FONT_FAMILY, layoutFooter, layoutHeader, type CaptionBand, type MeasureText } from '@/lib/export/caption';
import { placeLabels, type Box, type LabelPlan } from '@/lib/export/labels';
import { buildSvg, labelElement } from '@/lib/export/svg';
import type { CaptionModel, CaptionOptions, SceneEdge, SceneNode } from '@/lib/export/types';
import { paintBand, paintLabels } from './paint';

/** What to draw: the graph, what is visible and selected, and where the camera looks. */
export interface PictureInput {
  graph: ExplorerGraph;
  filters: FilterState;
  selection: string | null;
  camera: CameraState | null;
  caption: CaptionModel;
  captionOptions: CaptionOptions;
  /** Sigma's custom bbox when the live view uses one (the map page frames labels, not only discs). */
  bbox?: { x: [number, number]; y: [number, number] } | null;
}

/** Picture size in CSS pixels, pixel density and background (null = transparent). */
export interface PictureOptions {
  width: number;
  height: number;
  /** Graph area height instead of a total height: the picture grows by the caption (keeps the on-screen framing). */
  graphHeight?: number;
  scale: number;
  background: string | null;
}

/**
 * Sigma settings for publishable pictures: no labels of sigma's own — pictures and the /map overlay draw
 * the collision-free label plan of lib/export/labels.ts instead.
 */
export function mapSettings() {
  return {
    renderLabels: false,
    renderEdgeLabels: false,
    allowInvalidContainer: true,
    defaultEdgeType: 'arrow',
    zIndex: true,
    minEdgeThickness: 1,
    stagePadding: 30,
  };
}

/** Measures text with a canvas, for captions that wrap and truncate like they render. */
export function canvasMeasure(): MeasureText {
  const ctx = document.createElement('canvas').getContext('2d')!;
  return (text, size, weight) => {
    ctx.font = `${weight} ${size}px ${FONT_FAMILY}`;
    return ctx.measureText(text).width;
  };
}

/** Lays out header and footer for a picture width; the graph gets the height left between them. */
export function captionBands(caption: CaptionModel, options: CaptionOptions, width: number, height: number, fixedGraphHeight?: number): { header: CaptionBand; footer: CaptionBand; graphHeight: number; height: number } {
  const measure = canvasMeasure();
  const header = layoutHeader(caption, width, options, measure);
  const footer = layoutFooter(caption, width, options, measure);
  if (fixedGraphHeight) return { header, footer, graphHeight: fixedGraphHeight, height: header.height + fixedGraphHeight + footer.height };
  const graphHeight = Math.max(120, height - header.height - footer.height);
  return { header, footer, graphHeight, height: header.height + graphHeight + footer.height };
}

/** The reducers' view state (the explorer's shape), kept in a ref so selection changes need no new sigma. */
export function viewRef(filters: FilterState, selection: string | null) {
  return { current: { filters, hovered: null, hoverNeighbours: new Set<string>(), selectedNode: selection, selectedEdge: null, path: null, forceFoldLabels: true } };
}

/** Creates a sigma over the graph with the map look, the explorer's reducers and edge programs. */
export async function createMapRenderer(container: HTMLElement, graph: ExplorerGraph, ref: ReturnType<typeof viewRef>): Promise<GraphSigma> {
  const [{ default: SigmaCtor }, { EDGE_PROGRAMS }, { makeEdgeReducer, makeNodeReducer }] = await Promise.all([
    import('sigma'),
    import('../graph/programs'),
    import('../graph/reducers'),
  ]);
  return new SigmaCtor(graph, container, {
    ...mapSettings(),
    edgeProgramClasses: EDGE_PROGRAMS,
    nodeReducer: makeNodeReducer(ref),
    edgeReducer: makeEdgeReducer(ref, graph),
  });
}

// Sigma sizes its canvases by window.devicePixelRatio: exporting at 1x-4x means rendering under that ratio.
async function withPixelRatio<T>(ratio: number, work: () => Promise<T>): Promise<T> {
  const own = Object.getOwnPropertyDescriptor(window, 'devicePixelRatio');
  Object.defineProperty(window, 'devicePixelRatio', { configurable: true, get: () => ratio });
  try {
    return await work();
  } finally {
    if (own) Object.defineProperty(window, 'devicePixelRatio', own);
    else delete (window as { devicePixelRatio?: number }).devicePixelRatio;
  }
}

async function offscreen<T>(input: PictureInput, width: number, height: number, ratio: number, work: (r: GraphSigma) => Promise<T>): Promise<T> {
  const box = document.createElement('div');
  box.style.cssText = `position:fixed;left:-${width + 100}px;top:0;width:${width}px;height:${height}px;`;
  document.body.appendChild(box);
  return withPixelRatio(ratio, async () => {
    const renderer = await createMapRenderer(box, input.graph, viewRef(input.filters, input.selection));
    try {
      if (input.bbox) renderer.setCustomBBox(input.bbox);
      if (input.camera) renderer.getCamera().setState(input.camera);
      renderer.refresh();
      return await work(renderer);
    } finally {
      renderer.kill();
      box.remove();
    }
  });
}

/** What an export drew, in picture pixels: the label boxes kept, what gave way, and the edges by shape. */
export interface PictureStats {
  format: 'png' | 'svg';
  width: number;
  height: number;
  /** Top of the graph area in the picture (below the header). */
  graphTop: number;
  graphHeight: number;
  nodes: number;
  edges: number;
  /** Edges drawn as curves (parallel edges spread on arcs, doubtful edges). */
  arcs: number;
  labels: { id: string; kind: 'node' | 'edge'; text: string; box: Box }[];
  shortened: number;
  dropped: number;
  ms: number;
}

function stats(format: PictureStats['format'], scene: { nodes: SceneNode[]; edges: SceneEdge[] }, plan: LabelPlan, size: { width: number; height: number; graphTop: number; graphHeight: number }, started: number): PictureStats {
  return {
    format,
    ...size,
    nodes: scene.nodes.length,
    edges: scene.edges.length,
    arcs: scene.edges.filter((e) => (e.curvature ?? 0) !== 0).length,
    labels: plan.labels.map((l) => ({ id: l.id, kind: l.kind, text: l.text, box: [l.box[0], l.box[1] + size.graphTop, l.box[2], l.box[3] + size.graphTop] as Box })),
    shortened: plan.shortened,
    dropped: plan.dropped,
    ms: Math.round(performance.now() - started),
  };
}

/** Renders the picture (graph + caption) to a PNG blob of width*scale x height*scale pixels, with what it drew. */
export async function renderPngWithStats(input: PictureInput, o: PictureOptions): Promise<{ blob: Blob; stats: PictureStats }> {
  const started = performance.now();
  if (Math.max(o.width, o.graphHeight ?? o.height) * o.scale > 16_384) throw new Error('picture too large: at most 16384 px per side (width or height x scale)');
  const { drawOnCanvas } = await import('@sigma/export-image');
  const { header, footer, graphHeight, height } = captionBands(input.caption, input.captionOptions, o.width, o.height, o.graphHeight);
  const measure = canvasMeasure();
  const { graphCanvas, scene, plan } = await offscreen(input, o.width, graphHeight, o.scale, async (r) => {
    const scene = sceneFromRenderer(r, input.graph);
    const plan = placeLabels(scene, o.width, graphHeight, measure, { nodeSize: 14, edgeSize: 12 });
    return { graphCanvas: await drawOnCanvas(asPlainSigma(r), { width: o.width, height: graphHeight, backgroundColor: 'transparent' }), scene, plan };
  });
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(o.width * o.scale);
  canvas.height = Math.round(height * o.scale);
  const ctx = canvas.getContext('2d')!;
  if (o.background) {
    ctx.fillStyle = o.background;
    ctx.fillRect(0, 0, canvas.width, canvas.height);
  }
  ctx.drawImage(graphCanvas, 0, Math.round(header.height * o.scale), Math.round(o.width * o.scale), Math.round(graphHeight * o.scale));
  paintLabels(ctx, plan.labels, header.height, o.scale);
  paintBand(ctx, header, 0, o.scale);
  paintBand(ctx, footer, height - footer.height, o.scale);
  const blob = await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
  return { blob, stats: stats('png', scene, plan, { width: o.width, height, graphTop: header.height, graphHeight }, started) };
}

/** Renders the picture (graph + caption) to a PNG blob of width*scale x height*scale pixels. */
export async function renderPng(input: PictureInput, o: PictureOptions): Promise<Blob> {
  return (await renderPngWithStats(input, o)).blob;
}

/** The visible graph as scene data in the picture's graph-area pixels, projected by sigma itself. */
export function sceneFromRenderer(renderer: GraphSigma, graph: ExplorerGraph): { nodes: SceneNode[]; edges: SceneEdge[] } {
  const nodes: SceneNode[] = [];
  graph.forEachNode((id, a) => {
    const d = renderer.getNodeDisplayData(id) as (ReturnType<GraphSigma['getNodeDisplayData']> & { highlighted?: boolean }) | undefined;
    if (!d || d.hidden) return;
    const p = renderer.framedGraphToViewport(d);
    nodes.push({ id, label: a.nodeLabel, name: d.label ?? a.label, x: p.x, y: p.y, size: renderer.scaleSize(d.size), color: d.color, highlighted: !!d.highlighted });
  });
  const shown = new Set(nodes.map((n) => n.id));
  const edges: SceneEdge[] = [];
  graph.forEachEdge((id, a, source, target) => {
    const d = renderer.getEdgeDisplayData(id) as (ReturnType<Sigma['getEdgeDisplayData']> & { curvature?: number }) | undefined;
    if (!d || d.hidden || !shown.has(source) || !shown.has(target)) return;
    // Sigma draws 'arrow' edges straight whatever their curvature attribute says.
    const curvature = d.type === 'curved' || d.type === 'dashed' ? (d.curvature ?? 0) : 0;
    edges.push({ id, source, target, type: a.relType, label: d.label || undefined, color: d.color, size: Math.max(1, renderer.scaleSize(d.size)), dashed: a.type === 'dashed', curvature });
  });
  return { nodes, edges };
}

/** Renders the picture as a standalone SVG document (vector, text as text, one <g data-id> per node), with what it drew. */
export async function renderSvgWithStats(input: PictureInput, o: Omit<PictureOptions, 'scale'>): Promise<{ svg: string; stats: PictureStats }> {
  const started = performance.now();
  const { header, footer, graphHeight, height } = captionBands(input.caption, input.captionOptions, o.width, o.height, o.graphHeight);
  const scene = await offscreen(input, o.width, graphHeight, 1, async (r) => sceneFromRenderer(r, input.graph));
  const plan = placeLabels(scene, o.width, graphHeight, canvasMeasure(), { nodeSize: 14, edgeSize: 12 });
  const svg = buildSvg({ width: o.width, height, background: o.background, header, footer, nodes: scene.nodes, edges: scene.edges, labels: plan.labels });
  return { svg, stats: stats('svg', scene, plan, { width: o.width, height, graphTop: header.height, graphHeight }, started) };
}

/** Renders the picture as a standalone SVG document (vector, text as text, one <g data-id> per node). */
export async function renderSvg(input: PictureInput, o: Omit<PictureOptions, 'scale'>): Promise<string> {
  return (await renderSvgWithStats(input, o)).svg;
}

/** Draws the label plan of the renderer's current view into an SVG overlay of the graph area; returns the plan. */
export function drawLabelOverlay(overlay: SVGSVGElement, renderer: GraphSigma, graph: ExplorerGraph, measure: MeasureText): LabelPlan {
  const { width, height } = renderer.getDimensions();
  const plan = placeLabels(sceneFromRenderer(renderer, graph), width, height, measure, { nodeSize: 14, edgeSize: 12 });
  overlay.innerHTML = plan.labels.map(labelElement).join('');
  return plan;
}

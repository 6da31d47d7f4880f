'use client';

// The WebGL view: one sigma instance over the shared graphology graph, reducers reading the view
// state from a ref, layout in workers. Sigma and the workers are killed when the component unmounts.
import { useEffect, useLayoutEffect, useRef } from 'react';
import type Sigma from 'sigma';
import { createGraph, type EdgeAttrs, type NodeAttrs } from '@/lib/graph/graphology';
import { nodeVisible } from '@/lib/graph/filters';
import type { LabelLedger } from './label-drawing';
import { EDGELESS_MOVE_MIN_EDGES, prewarmLayoutWorker, runLayout, type LayoutHandle } from './layout';
import type { ViewState } from './reducers';
import { layoutPending, markLayoutDone } from '../explorer/perf';
import type { StillLayers } from './still-layers';
import { skipIdleEdgeLabels } from './edge-labels';
import { compileEdgeProgramsAhead } from './edge-programs';
import type { CanvasApi, GraphCanvasProps } from './canvas-api';
import { createCanvasRenderer, initialView } from './renderer';
import { applyScaleSettings, attachFilled, BIG_GRAPH, placeNodes, repaint, repaintPositions, showEdges, sizeView, writePositions } from './refresh';

/** How far inside the canvas's edges (px) a node counts as in plain view. */
const IN_VIEW_MARGIN = 48;

const HOME = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
const atHome = (c: typeof HOME) => c.x === HOME.x && c.y === HOME.y && c.ratio === HOME.ratio && c.angle === HOME.angle;

/** What the view effect last applied. */
type Applied = Pick<GraphCanvasProps, 'filters' | 'path' | 'selectedNode' | 'selectedEdge' | 'relText'>;

/** Sigma canvas bound to the explorer graph. */
export default function GraphCanvas(props: GraphCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const sigmaRef = useRef<Sigma<NodeAttrs, EdgeAttrs> | null>(null);
  const layoutRef = useRef<LayoutHandle | null>(null);
  const cb = useRef(props);
  cb.current = props;
  // The view state of a first frame drawn before React, when the canvas adopts it.
  const view = useRef<ViewState>(props.firstFrame?.view.current ?? initialView(props.filters));
  // What the view effect last applied, to repaint only what a selection change touches: an adopted first
  // frame was drawn with the explorer's first filters and nothing selected.
  // (Its captions were drawn without the interface language: captions show only on focus, and it has none.)
  const applied = useRef<Applied | null>(props.firstFrame ? { filters: props.firstFrame.filters, path: null, selectedNode: null, selectedEdge: null, relText: props.relText } : null);
  // A bulk change to a big graph starts bringing its edges back on the next frame, unless a layout
  // hides them first: no frame draws every edge only to hide them again.
  const restoreFrame = useRef<number | null>(null);
  // Edges coming back after a load or a layout, a slice per frame.
  const reveal = useRef<{ cancel(): void } | null>(null);
  // A big graph's final layout positions being drawn, a slice of nodes per frame, and what follows them.
  const placing = useRef<{ cancel(): void } | null>(null);
  const afterPlacing = useRef<(() => void) | null>(null);
  const labelsRef = useRef<LabelLedger | null>(null);
  // The edge programs a layout's hidden edges will come back with, compiling while it runs.
  const compiling = useRef<{ cancel(): void } | null>(null);
  const stillRef = useRef<StillLayers | null>(null);
  // Stops a placement without what was to follow it (whoever stops it redraws the graph).
  const stopPlacing = () => {
    afterPlacing.current = null;
    placing.current?.cancel();
    placing.current = null;
  };

  // Layout effects, like the explorer's first load: sigma and the view state are in place in the commit
  // that mounts the canvas, so a graph loaded in that commit gets its first frame there.
  useLayoutEffect(() => {
    prewarmLayoutWorker();
    const graph = props.graph;
    // A first frame drawn before React is adopted as it stands: its container moves into this one, its
    // renderer keeps its picture, its view state is this canvas's.
    const first = props.firstFrame?.graph === graph ? props.firstFrame : null;
    if (first) container.current!.appendChild(first.container);
    const { renderer, labels, still, release } = first ? first.canvas : createCanvasRenderer(graph, container.current!, view);
    labelsRef.current = labels;
    const unskipEdgeLabels = skipIdleEdgeLabels(renderer, view);
    sigmaRef.current = renderer;
    stillRef.current = still;

    const setHover = (node: string | null) => {
      const v = view.current;
      const before = v.hovered;
      v.hovered = node;
      v.hoverNeighbours = node && graph.hasNode(node) ? new Set(graph.neighbors(node)) : new Set();
      if (v.hoverWithoutDimming) repaint(renderer, graph, [before, node, v.selectedNode], [], still);
      else renderer.refresh({ skipIndexation: true });
    };
    renderer.on('enterNode', ({ node }) => {
      setHover(node);
      container.current!.style.cursor = 'pointer';
    });
    renderer.on('leaveNode', () => {
      setHover(null);
      container.current!.style.cursor = '';
    });
    renderer.on('enterEdge', () => (container.current!.style.cursor = 'pointer'));
    renderer.on('leaveEdge', () => (container.current!.style.cursor = ''));
    renderer.on('clickNode', ({ node }) => cb.current.onNodeClick(node));
    renderer.on('doubleClickNode', (e) => {
      e.preventSigmaDefault();
      cb.current.onNodeDoubleClick(e.node);
    });
    renderer.on('clickEdge', ({ edge }) => cb.current.onEdgeClick(edge));
    renderer.on('clickStage', () => cb.current.onStageClick());

    // A big graph's camera jumps: each animation step is a full frame of thousands of nodes (hundreds of
    // ms with software WebGL), so an animation was a few slow frames and then the one that lands.
    const move = (camera: ReturnType<typeof renderer.getCamera>, to: Partial<ReturnType<typeof camera.getState>>, duration: number) => {
      if (graph.order > BIG_GRAPH) camera.setState(to);
      else camera.animate(to, { duration });
    };
    const api: CanvasApi = {
      focusNode(id, rightInset = 0) {
        const d = renderer.getNodeDisplayData(id);
        if (!d) return;
        const camera = renderer.getCamera();
        // A big graph's camera stays put when the node is already in plain view (its selection is drawn on
        // the highlight layers): moving it redraws every node and edge, a task of most of a second here.
        if (graph.order > BIG_GRAPH) {
          const at = renderer.framedGraphToViewport(d);
          const { width, height } = renderer.getDimensions();
          if (at.x >= IN_VIEW_MARGIN && at.y >= IN_VIEW_MARGIN && at.x <= width - rightInset - IN_VIEW_MARGIN && at.y <= height - IN_VIEW_MARGIN) return;
        }
        const ratio = Math.min(camera.ratio, 0.5);
        // Centre the node in the part of the canvas the inspector does not cover.
        const a = renderer.viewportToFramedGraph({ x: 0, y: 0 });
        const b = renderer.viewportToFramedGraph({ x: rightInset / 2, y: 0 });
        const dx = (b.x - a.x) * (ratio / camera.ratio);
        move(camera, { x: d.x + dx, y: d.y, ratio }, 500);
      },
      fit(ids) {
        const f = view.current.filters;
        const chosen = ids ?? graph.filterNodes((_n, a) => nodeVisible(a, f));
        const pts = chosen.map((id) => renderer.getNodeDisplayData(id)).filter((d): d is NonNullable<typeof d> => !!d && !d.hidden);
        if (pts.length === 0) return void renderer.getCamera().animatedReset({ duration: 400 });
        const camera = renderer.getCamera();
        const state = camera.getState();
        let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
        for (const d of pts) {
          const v = renderer.framedGraphToViewport(d);
          minX = Math.min(minX, v.x - d.size);
          maxX = Math.max(maxX, v.x + d.size);
          minY = Math.min(minY, v.y - d.size);
          maxY = Math.max(maxY, v.y + d.size);
        }
        const { width, height } = renderer.getDimensions();
        const pad = 48;
        const scale = Math.max((maxX - minX) / Math.max(1, width - 2 * pad), (maxY - minY) / Math.max(1, height - 2 * pad), 1e-3);
        const centre = renderer.viewportToFramedGraph({ x: (minX + maxX) / 2, y: (minY + maxY) / 2 });
        // One node alone is not zoomed into a blur: at most 4x closer than the whole graph.
        const ratio = Math.min(Math.max(state.ratio * scale, pts.length === 1 ? 0.25 : 0.02), 1.5);
        move(camera, { x: centre.x, y: centre.y, ratio, angle: 0 }, 400);
      },
      nodeViewport(id) {
        const d = renderer.getNodeDisplayData(id);
        return d ? renderer.framedGraphToViewport(d) : null;
      },
      canvasElement() {
        return renderer.getCanvases().edges ?? null;
      },
      camera() {
        return renderer.getCamera().getState();
      },
      drawnCount() {
        return graph.filterNodes((id) => {
          const d = renderer.getNodeDisplayData(id);
          return !!d && !d.hidden;
        }).length;
      },
      labelBoxes: labels.boxes,
      setCamera(state) {
        renderer.getCamera().setState(state);
      },
      viewport() {
        return renderer.getDimensions();
      },
      batch(mutate) {
        if (restoreFrame.current !== null) cancelAnimationFrame(restoreFrame.current);
        restoreFrame.current = null;
        // Edges still coming back, and nodes still being placed, are drawn by the refresh that ends the batch.
        reveal.current?.cancel();
        stopPlacing();
        renderer.setGraph(createGraph());
        try {
          mutate();
        } finally {
          // Nodes at once, many edges a slice per frame from the next one: a layout that starts meanwhile
          // keeps them hidden while it moves and brings them back when it settles.
          if (attachFilled(renderer, graph, view.current)) {
            restoreFrame.current = requestAnimationFrame(() => {
              restoreFrame.current = null;
              // A layout asked for with this change (a load, an expansion) brings the edges back when it
              // settles; its effect may run after this frame, and showing them now would draw every edge
              // only to hide them again.
              if (layoutPending()) return;
              reveal.current = showEdges(renderer, graph, view.current, () => (reveal.current = null), stillRef.current ?? undefined);
            });
          }
        }
      },
      selectionDrawn(id) {
        return new Promise((resolve) => {
          const check = () => {
            if (!renderer.getNodeDisplayData(id)?.highlighted) return;
            renderer.off('afterRender', check);
            resolve(performance.now());
          };
          renderer.on('afterRender', check);
        });
      },
      keptFrames: () => still.keptFrames(),
      redrawLayers: () => still.redraw(),
      refreshMs() {
        const t0 = performance.now();
        renderer.refresh();
        return performance.now() - t0;
      },
    };
    cb.current.onReady(api);

    // Sigma only watches window resizes; panels opening and closing resize the container too.
    // The size sigma was created at: the observer's first call, which reports it, redraws nothing.
    let size = `${renderer.getDimensions().width}x${renderer.getDimensions().height}`;
    const ro = new ResizeObserver(() => {
      renderer.resize();
      const { width, height } = renderer.getDimensions();
      if (`${width}x${height}` === size) return;
      size = `${width}x${height}`;
      // A full refresh re-processes every edge (a second of script at 30k): a big graph is only redrawn at
      // the new size (render() re-reads the dimensions), its label grid rebuilt by the next re-index.
      if (renderer.getGraph().order > BIG_GRAPH) renderer.scheduleRender();
      else renderer.refresh();
    });
    ro.observe(container.current!);

    return () => {
      cb.current.onReady(null);
      ro.disconnect();
      if (restoreFrame.current !== null) cancelAnimationFrame(restoreFrame.current);
      reveal.current?.cancel();
      stopPlacing();
      compiling.current?.cancel();
      layoutRef.current?.cancel({ restore: false });
      layoutRef.current = null;
      unskipEdgeLabels();
      release();
      stillRef.current = null;
      sigmaRef.current = null;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the graph instance lives as long as the explorer: sigma is created once
  }, []);

  // View state changes only re-run the reducers.
  useLayoutEffect(() => {
    const v = view.current;
    const before = applied.current;
    v.filters = props.filters;
    v.selectedNode = props.selectedNode;
    v.selectedEdge = props.selectedEdge;
    v.path = props.path;
    v.relText = props.relText;
    sizeView(v, props.graph);
    applied.current = { filters: props.filters, path: props.path, selectedNode: props.selectedNode, selectedEdge: props.selectedEdge, relText: props.relText };
    const renderer = sigmaRef.current;
    if (!renderer) return;
    if (applyScaleSettings(renderer, props.graph, v)) return;
    // Nothing changed (an adopted first frame already shows this view): no frame.
    if (before && (Object.keys(before) as (keyof Applied)[]).every((k) => before[k] === applied.current![k])) return;
    // On a big graph a new selection repaints the old and new selected items, not the whole graph.
    if (props.graph.order > BIG_GRAPH && before && before.filters === props.filters && before.path === props.path)
      repaint(renderer, props.graph, [before.selectedNode, props.selectedNode], [before.selectedEdge, props.selectedEdge], stillRef.current ?? undefined);
    else renderer.refresh();
  }, [props.filters, props.selectedNode, props.selectedEdge, props.path, props.graph, props.relText]);

  useEffect(() => {
    const renderer = sigmaRef.current;
    if (!renderer || props.layoutRequest.id === 0) return;
    view.current.forceFoldLabels = props.graph.size < 1_500;
    // A camera already at rest where it should be is left alone: setting it again draws a frame.
    if (props.layoutRequest.resetCamera && !atHome(renderer.getCamera().getState())) renderer.getCamera().setState(HOME);
    // The successor moves the graph at once: no full redraw of its edges in between.
    layoutRef.current?.cancel({ restore: false });
    reveal.current?.cancel();
    reveal.current = null;
    if (placing.current) {
      stopPlacing();
      // The graph holds the final positions the canvas had not all drawn yet: the new layout starts from them.
      renderer.refresh({ schedule: true });
    }
    view.current.hoverWithoutDimming = props.graph.order > BIG_GRAPH;
    applyScaleSettings(renderer, props.graph, view.current);
    const id = props.layoutRequest.id;
    const graph = props.graph;
    const labels = labelsRef.current;
    const done = () => {
      if (labels) labels.paused = false;
      markLayoutDone(id);
      // Edges a bulk change hid while this layout was pending and that it did not hide itself come back,
      // unless a newer layout, which will, is on its way.
      if (!layoutPending() && view.current.edgesHidden && renderer.getGraph() === graph) {
        reveal.current = showEdges(renderer, graph, view.current, () => (reveal.current = null), stillRef.current ?? undefined);
      }
      cb.current.onLayoutPhase('done');
    };
    layoutRef.current = runLayout(graph, {
      budgetMs: props.layoutRequest.budgetMs,
      // Big graphs move in their starting box: node buffers repainted, no re-index, no labels meanwhile
      // (the label grid still holds the starting picture).
      onProgress: (xy, ids) => {
        if (labels) labels.paused = true;
        repaintPositions(renderer, graph, xy, ids, !view.current.edgesHidden);
      },
      viewportPx: () => Math.min(renderer.getDimensions().width, renderer.getDimensions().height),
      // A big graph moving without its edges gets its final positions a slice of nodes per frame, without a
      // re-index (refresh.ts placeNodes), and no labels until they are all in place. A smaller one whose edges
      // come back drawn with their own programs gets them with no graph event: the re-index that shows the
      // edges (showEdges) takes them, and sigma re-processed every node twice for the event before it.
      onFinal: (xy, ids) => {
        if (graph.order <= BIG_GRAPH || graph.size <= EDGELESS_MOVE_MIN_EDGES) {
          if (graph.size <= EDGELESS_MOVE_MIN_EDGES || !view.current.edgesHidden || view.current.thinEdges) return false;
          writePositions(graph, xy, ids);
          return true;
        }
        if (labels) labels.paused = true;
        placing.current = placeNodes(renderer, graph, xy, ids, stillRef.current ?? undefined, () => {
          placing.current = null;
          if (labels) labels.paused = false;
          const next = afterPlacing.current;
          afterPlacing.current = null;
          // The frame that brings the first edges back draws the labels; without one, a frame of its own.
          if (next) next();
          else renderer.scheduleRender();
        });
        return true;
      },
      onEdgesHidden: (hidden) => {
        if (restoreFrame.current !== null) cancelAnimationFrame(restoreFrame.current);
        restoreFrame.current = null;
        if (hidden) {
          const wasHidden = view.current.edgesHidden;
          view.current.edgesHidden = true;
          // One indexation with every edge hidden; the moves that follow re-process nodes and empty edge slots.
          if (renderer.getGraph() !== graph) renderer.setGraph(graph);
          else if (!wasHidden) renderer.refresh();
        } else {
          // Edges come back once the final positions are drawn (a big graph's nodes take a few frames).
          const back = () => {
            if (labels) labels.paused = false;
            reveal.current = showEdges(
              renderer,
              graph,
              view.current,
              () => {
                reveal.current = null;
                done();
              },
              stillRef.current ?? undefined,
            );
          };
          if (placing.current) afterPlacing.current = back;
          else back();
        }
      },
      onPhase: (p) => {
        // A settled map is one with its nodes in place and its edges back: 'done' waits for the last slice.
        if (p === 'done' && (reveal.current || placing.current)) return;
        if (p === 'done') return done();
        cb.current.onLayoutPhase(p);
      },
    });
    // While the worker runs the page is idle: the edge programs compile then, not in the task that takes the
    // final positions.
    compiling.current?.cancel();
    compiling.current = compileEdgeProgramsAhead(renderer, graph, view.current);
  }, [props.layoutRequest, props.graph]);

  return <div ref={container} className="graph-canvas" data-testid="graph-canvas" />;
}

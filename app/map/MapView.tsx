'use client';

// The map page: fetch, seeded layout, sigma, caption bands around it, and window.__trameMap for scripts.
import { useEffect, useRef, useState } from 'react';
import { buildCaption, FONT_FAMILY, type CaptionBand } from '@/lib/export/caption';
import { captionText } from '@/lib/export/caption-text';
import { articleIdsOfEdges, sourcesAmong } from '@/lib/export/sources';
import { pickLang, type Lang } from '@/lib/i18n/lang';
import { decodeRender, decodeView, encodeView, viewFilters, type ViewState } from '@/lib/export/permalink';
import { buildMapGraph, contentBBox, describeFilters, layoutGraph, legendEdges, visibleIds } from '@/lib/export/scene';
import { ALL_CAPTION, type CaptionModel, type MapSubject } from '@/lib/export/types';
import type { ExplorerGraph } from '@/lib/graph/graphology';
import { canvasMeasure, captionBands, createMapRenderer, drawLabelOverlay, renderPngWithStats, renderSvgWithStats, viewRef, type GraphSigma, type PictureStats } from '../components/export/render';
import { exportGraph, serialise } from '../components/export/files';
import CaptionSvg from './CaptionSvg';
import { api, ApiError } from '@/lib/api/client';
import { blobToDataUrl, mapApiQuery, type MapExportOptions, type MapResponse, type TrameMapHandle } from './api';

interface Ready {
  width: number;
  height: number;
  graphHeight: number;
  header: CaptionBand;
  footer: CaptionBand;
  graph: ExplorerGraph;
  view: ViewState;
  caption: CaptionModel;
  sources: MapResponse['sources'];
  subject: MapSubject;
  lang: Lang;
}

function subjectOf(view: ViewState, data: MapResponse, lang: Lang): MapSubject {
  if (view.focus) return { kind: 'focus', name: data.focus?.name ?? view.focus, depth: view.depth };
  if (view.query) return { kind: 'query', query: view.query };
  return { kind: 'view', description: view.ids.length ? captionText(lang, 'selected', { n: view.ids.length }) : captionText(lang, 'overview') };
}

/** Caption language: ?lang=fr|en, else the explorer's stored choice, else the browser's. */
function captionLang(search: URLSearchParams): Lang {
  const asked = search.get('lang');
  if (asked === 'fr' || asked === 'en') return asked;
  let stored: string | null = null;
  try {
    stored = window.localStorage.getItem('trame.lang');
  } catch {
    /* storage blocked: fall back to the browser's language */
  }
  return pickLang(stored, navigator.language);
}

function publish(h: TrameMapHandle): void {
  window.__trameMap = h;
}

/** Client side of /map. */
export default function MapView() {
  const [state, setState] = useState<Ready | null>(null);
  const [error, setError] = useState<{ status: number; code: string; message: string } | null>(null);
  const container = useRef<HTMLDivElement>(null);
  const overlay = useRef<SVGSVGElement>(null);

  useEffect(() => {
    publish({ ready: false });
    const search = new URLSearchParams(window.location.search);
    const view = decodeView(search);
    const render = decodeRender(search);
    const width = render.width ?? window.innerWidth;
    const height = render.height ?? window.innerHeight;
    const lang = captionLang(search);
    let cancelled = false;
    (async () => {
      let data: MapResponse;
      try {
        data = await api.map(mapApiQuery(search));
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        const e = { status: error.status, code: error.code, message: error.message };
        if (!cancelled) setError(e);
        publish({ ready: false, error: e });
        return;
      }
      // Layout waits for the caption: the graph area's size (picture minus caption bands) shapes it.
      const graph = buildMapGraph(data.graph, { layout: false });
      const filters = viewFilters(view);
      const visible = visibleIds(graph, filters);
      const subject = subjectOf(view, data, lang);
      const shown = graph.filterNodes((id) => visible.nodes.has(id)).map((id) => ({ label: graph.getNodeAttribute(id, 'nodeLabel'), color: graph.getNodeAttribute(id, 'color') }));
      // Cite only the articles behind the drawn relationships, not every article naming an entity.
      const sources = sourcesAmong(data.sources, articleIdsOfEdges(graph, visible.edges));
      const caption = buildCaption({ title: view.title, subject, nodes: shown, edges: legendEdges(graph, visible.edges), filters: describeFilters(filters, lang), sources, madeAt: new Date(), lang });
      const bands = captionBands(caption, ALL_CAPTION, width, height);
      layoutGraph(graph, { area: { width, height: bands.graphHeight }, visible: visible.nodes });
      if (!cancelled) setState({ ...bands, width, graph, view, caption, sources, subject, lang });
    })().catch((e: unknown) => {
      const err = { status: 0, code: 'ERROR', message: e instanceof Error ? e.message : String(e) };
      if (!cancelled) setError(err);
      publish({ ready: false, error: err });
    });
    return () => {
      cancelled = true;
    };
  }, []);

  useEffect(() => {
    if (!state || !container.current) return;
    const { graph, view } = state;
    const filters = viewFilters(view);
    const ref = viewRef(filters, view.selection && graph.hasNode(view.selection) ? view.selection : null);
    let renderer: GraphSigma | null = null;
    let killed = false;
    let urlTimer: ReturnType<typeof setTimeout> | undefined;
    let lastExport: PictureStats | null = null;
    const measure = canvasMeasure();
    const visible = visibleIds(graph, filters);
    const bbox = contentBBox(graph, visible.nodes);
    const current = (): ViewState => ({ ...view, selection: ref.current.selectedNode, camera: renderer ? renderer.getCamera().getState() : view.camera });
    const link = () => `${window.location.origin}/map?${encodeView(current())}${widthParams()}`;
    const widthParams = () => {
      const p = new URLSearchParams(window.location.search);
      return ['width', 'height', 'bg', 'lang'].map((k) => (p.get(k) ? `&${k}=${encodeURIComponent(p.get(k)!)}` : '')).join('');
    };
    const picture = (o: MapExportOptions = {}) => ({
      input: { graph, filters, selection: ref.current.selectedNode, camera: renderer!.getCamera().getState(), caption: state.caption, captionOptions: { ...ALL_CAPTION, ...o.caption }, bbox },
      options: { width: o.width ?? state.width, height: o.height ?? state.height, scale: Math.min(4, Math.max(1, o.scale ?? 1)), background: o.background === 'transparent' ? null : '#ffffff' },
    });
    const update = () => {
      if (!renderer) return;
      const h: TrameMapHandle = {
        ready: true,
        nodes: visible.nodes.size,
        edges: visible.edges.size,
        visibleNodes: [...visible.nodes].sort(),
        selection: ref.current.selectedNode,
        camera: renderer.getCamera().getState(),
        width: state.width,
        height: state.height,
        bands: { header: state.header.height, footer: state.footer.height },
        title: state.caption.title,
        lang: state.lang,
        sources: state.sources.map((a) => a.id),
        lastExport,
        setCamera: (c) => renderer?.getCamera().setState(c),
        permalink: link,
        select: (id) => {
          ref.current.selectedNode = id && graph.hasNode(id) ? id : null;
          renderer?.refresh();
          update();
        },
        exportPng: async (o) => {
          const p = picture(o);
          const { blob, stats } = await renderPngWithStats(p.input, p.options);
          lastExport = stats;
          update();
          return blobToDataUrl(blob);
        },
        exportSvg: async (o) => {
          const p = picture(o);
          const { svg, stats } = await renderSvgWithStats(p.input, p.options);
          lastExport = stats;
          update();
          return svg;
        },
        exportFile: (format) => serialise(exportGraph(graph, filters, { title: state.caption.title, description: state.caption.subtitle, sources: state.sources }), format).text,
      };
      publish(h);
      clearTimeout(urlTimer);
      // Keep the address bar a permalink of what is on screen (camera moves are debounced).
      urlTimer = setTimeout(() => window.history.replaceState(null, '', link()), 200);
    };
    createMapRenderer(container.current, graph, ref).then((r) => {
      if (killed) return r.kill();
      renderer = r;
      r.setCustomBBox(bbox);
      if (view.camera) r.getCamera().setState(view.camera);
      r.on('clickNode', ({ node }) => {
        ref.current.selectedNode = ref.current.selectedNode === node ? null : node;
        r.refresh();
        update();
      });
      r.on('clickStage', () => {
        ref.current.selectedNode = null;
        r.refresh();
        update();
      });
      r.getCamera().on('updated', update);
      // Sigma draws no labels here: the collision-free plan is drawn over it after every frame.
      r.on('afterRender', () => {
        if (overlay.current) drawLabelOverlay(overlay.current, r, graph, measure);
      });
      r.refresh();
      requestAnimationFrame(update);
    });
    return () => {
      killed = true;
      clearTimeout(urlTimer);
      renderer?.kill();
      renderer = null;
    };
  }, [state]);

  if (error) {
    return (
      <main className="trame-map-error" data-testid="map-error" style={{ fontFamily: 'sans-serif', padding: 32, color: '#1f2933' }}>
        <h1 style={{ fontSize: 22, margin: '0 0 8px' }}>{error.code === 'UNKNOWN_ENTITY' ? 'Unknown entity' : error.code === 'QUERY_REFUSED' ? 'Query refused' : 'This map cannot be drawn'}</h1>
        <p style={{ margin: 0 }}>{error.message}</p>
      </main>
    );
  }
  return (
    <main data-testid="map" style={{ width: state?.width ?? '100vw', height: state?.height ?? '100vh', background: '#ffffff', overflow: 'hidden', margin: 0 }}>
      {state && <CaptionSvg band={state.header} width={state.width} testId="map-header" />}
      <div style={{ position: 'relative', width: state?.width ?? '100%', height: state?.graphHeight ?? 0 }}>
        <div ref={container} data-testid="map-graph" style={{ width: '100%', height: '100%', position: 'absolute', inset: 0 }} />
        <svg ref={overlay} data-testid="map-labels" width={state?.width ?? 0} height={state?.graphHeight ?? 0} fontFamily={FONT_FAMILY} style={{ position: 'absolute', inset: 0, pointerEvents: 'none' }} />
      </div>
      {state && <CaptionSvg band={state.footer} width={state.width} testId="map-footer" />}
    </main>
  );
}

'use client';

// Export panel of the explorer: PNG (1x-4x, viewport or chosen size, white or transparent), SVG, GEXF,
// GraphML and JSON of what is visible, with a caption the user shapes, and a permalink to the view.
import { useState } from 'react';
import type { ExplorerGraph } from '@/lib/graph/graphology';
import type { FilterState } from '@/lib/graph/filters';
import { filtersView, permalink, type CameraState, type ViewState } from '@/lib/export/permalink';
import { pictureCaption, pictureContent } from '@/lib/export/picture';
import { ALL_CAPTION, type CaptionOptions } from '@/lib/export/types';
import { captionText } from '@/lib/export/caption-text';
import { useI18n } from '../i18n';
import { fetchSources } from './sources';
import { download, exportGraph, fileSlug, serialise, type FileFormat } from './files';
import { renderPng, renderSvg } from './render';

/** What the explorer hands the panel: its graph and view, read at click time. */
export interface ExportPanelProps {
  graph: ExplorerGraph;
  filters: FilterState;
  selection: string | null;
  /** Current sigma camera, when the explorer has one. */
  getCamera?: () => CameraState | null;
  /** Size of the explorer's graph canvas, CSS px ("viewport" size). */
  getViewport?: () => { width: number; height: number } | null;
  /** What the view shows: a focus, a query, or neither (then the node ids travel in the permalink). */
  subject?: { focus?: string | null; depth?: number; query?: string | null; ids?: string[]; expanded?: string[]; hidden?: string[] };
  /** Page the permalink opens (default "/", the explorer); "Copy map link" always opens /map. */
  permalinkPath?: string;
  onClose?: () => void;
}

const CAPTION_PARTS: (keyof CaptionOptions)[] = ['title', 'legend', 'filters', 'sources', 'date'];

// Explicit ids make long links: beyond this many nodes the permalink keeps the focus/query only.
const MAX_LINK_IDS = 150;

/** The export panel. */
export default function ExportPanel(props: ExportPanelProps) {
  const { lang, t } = useI18n();
  const [title, setTitle] = useState('');
  const [scale, setScale] = useState(2);
  const [sizeMode, setSizeMode] = useState<'viewport' | 'custom'>('viewport');
  const [width, setWidth] = useState(1600);
  const [height, setHeight] = useState(1000);
  const [transparent, setTransparent] = useState(false);
  const [parts, setParts] = useState<CaptionOptions>(ALL_CAPTION);
  const [busy, setBusy] = useState<string | null>(null);
  const [status, setStatus] = useState<string>('');

  // "viewport": the graph area keeps the canvas's size (same framing as on screen), the caption adds below/above.
  const size = () => {
    const v = props.getViewport?.();
    return sizeMode === 'custom' || !v ? { width, height } : { width: Math.round(v.width), height: Math.round(v.height), graphHeight: Math.round(v.height) };
  };

  const picture = async () => {
    const content = pictureContent(props.graph, props.filters);
    // The articles behind the drawn relationships, in the picture's caption and the files alike.
    const sources = await fetchSources(content.articleIds);
    const caption = pictureCaption({ graph: props.graph, filters: props.filters, content, title, subject: props.subject, sources, madeAt: new Date(), lang });
    return { caption, sources, input: { graph: props.graph, filters: props.filters, selection: props.selection, camera: props.getCamera?.() ?? null, caption, captionOptions: parts } };
  };

  const run = (label: string, work: () => Promise<string>) => async () => {
    setBusy(label);
    setStatus('');
    try {
      setStatus(await work());
    } catch (error) {
      setStatus(t('export.failed', { what: label, msg: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(null);
    }
  };

  const name = () => fileSlug(title || (props.subject?.focus ?? 'trame-map'));

  const png = run('PNG', async () => {
    const { input } = await picture();
    const s = size();
    const blob = await renderPng(input, { ...s, scale, background: transparent ? null : '#ffffff' });
    download(blob, `${name()}.png`);
    return t('export.pngSaved', { n: s.width * scale });
  });

  const svg = run('SVG', async () => {
    const { input } = await picture();
    const s = size();
    const text = await renderSvg(input, { ...s, background: transparent ? null : '#ffffff' });
    download(new Blob([text], { type: 'image/svg+xml' }), `${name()}.svg`);
    return t('export.saved', { what: 'SVG' });
  });

  const file = (format: FileFormat) =>
    run(format.toUpperCase(), async () => {
      const { caption, sources } = await picture();
      const out = serialise(exportGraph(props.graph, props.filters, { title: caption.title, description: caption.subtitle, sources }), format);
      download(new Blob([out.text], { type: out.mime }), `${name()}.${out.ext}`);
      return t('export.saved', { what: format.toUpperCase() });
    });

  const link = (pathname: string) => {
    const s = props.subject ?? {};
    // A recipe (overview or focus, plus expansions and hidden nodes) replays the view in a short link;
    // explicit ids only when the view has no recipe.
    const recipe = !!props.subject;
    const ids = recipe ? (s.ids ?? []) : !s.focus && !s.query ? props.graph.nodes() : [];
    const view: Partial<ViewState> = {
      focus: s.focus ?? null,
      depth: s.depth ?? 1,
      query: s.query ?? null,
      ids: ids.length <= MAX_LINK_IDS ? ids : [],
      expanded: s.expanded ?? [],
      hidden: s.hidden ?? [],
      title: title || null,
      ...filtersView(props.filters),
      // /map lays the graph out again (seeded), so the explorer's camera would frame the wrong place.
      camera: pathname === '/map' ? null : (props.getCamera?.() ?? null),
      selection: props.selection,
    };
    return permalink(window.location.origin, pathname, view);
  };

  const copy = (pathname: string, what: string) =>
    run(what, async () => {
      const url = link(pathname);
      await navigator.clipboard.writeText(url).catch(() => window.prompt(t('export.copyPrompt'), url));
      return t('export.copied', { what });
    });

  return (
    <section className="export-panel" data-testid="export-panel" aria-label={t('export.title')}>
      <header style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
        <strong>{t('export.title')}</strong>
        {props.onClose && (
          <button className="icon" onClick={props.onClose} aria-label={t('export.close')}>
            ×
          </button>
        )}
      </header>
      <label style={{ display: 'block', margin: '8px 0' }}>
        {t('export.titleField')}
        <input value={title} onChange={(e) => setTitle(e.target.value)} placeholder={props.subject?.focus ?? captionText(lang, 'untitled')} style={{ width: '100%' }} data-testid="export-title" />
      </label>
      <fieldset style={{ border: 'none', padding: 0, margin: '6px 0' }}>
        <legend className="muted small">{t('export.caption')}</legend>
        {CAPTION_PARTS.map((key) => (
          <label key={key} style={{ marginRight: 10 }}>
            <input type="checkbox" checked={parts[key]} onChange={(e) => setParts({ ...parts, [key]: e.target.checked })} /> {t(`export.part.${key}`)}
          </label>
        ))}
      </fieldset>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap', alignItems: 'center', margin: '6px 0' }}>
        <label>
          {t('export.scale')}{' '}
          <select value={scale} onChange={(e) => setScale(Number(e.target.value))} data-testid="export-scale">
            {[1, 2, 3, 4].map((s) => (
              <option key={s} value={s}>
                {s}x
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('export.size')}{' '}
          <select value={sizeMode} onChange={(e) => setSizeMode(e.target.value as 'viewport' | 'custom')}>
            <option value="viewport">{t('export.viewport')}</option>
            <option value="custom">{t('export.custom')}</option>
          </select>
        </label>
        {sizeMode === 'custom' && (
          <>
            <input type="number" min={200} max={8000} value={width} onChange={(e) => setWidth(Number(e.target.value) || 1600)} style={{ width: 70 }} aria-label={t('export.width')} />×
            <input type="number" min={200} max={8000} value={height} onChange={(e) => setHeight(Number(e.target.value) || 1000)} style={{ width: 70 }} aria-label={t('export.height')} />
          </>
        )}
        <label>
          <input type="checkbox" checked={transparent} onChange={(e) => setTransparent(e.target.checked)} /> {t('export.transparent')}
        </label>
      </div>
      <div style={{ display: 'flex', gap: 6, flexWrap: 'wrap' }}>
        <button className="primary" disabled={!!busy} onClick={png} data-testid="export-png">PNG</button>
        <button disabled={!!busy} onClick={svg} data-testid="export-svg">SVG</button>
        <button disabled={!!busy} onClick={file('gexf')}>GEXF</button>
        <button disabled={!!busy} onClick={file('graphml')}>GraphML</button>
        <button disabled={!!busy} onClick={file('json')}>JSON</button>
        <button disabled={!!busy} onClick={copy(props.permalinkPath ?? '/', t('export.what.permalink'))} data-testid="export-permalink">{t('export.permalink')}</button>
        <button disabled={!!busy} onClick={copy('/map', t('export.what.mapLink'))} data-testid="export-maplink" title={t('export.mapLinkHint')}>{t('export.mapLink')}</button>
      </div>
      <p className="muted small" role="status" style={{ minHeight: '1.4em', margin: '6px 0 0' }}>
        {busy ? t('export.busy', { what: busy }) : status}
      </p>
    </section>
  );
}

import type { FilterState, TransferMode } from '../graph/filters';

// The view as a URL: what is shown (focus or query), filters, transfer display, camera and selection.
// Pure and symmetric (decode(encode(s)) == s), so a link opened in another browser redraws the same map.

/** Sigma's camera state. */
export interface CameraState {
  x: number;
  y: number;
  ratio: number;
  angle: number;
}

/** Everything a permalink carries. */
export interface ViewState {
  focus: string | null;
  depth: number;
  query: string | null;
  /** Explicit node ids in view, when neither focus nor query says it (long: prefer `expanded`/`hidden`). */
  ids: string[];
  /** Nodes expanded on top of the focus, query or overview: the view is rebuilt by replaying them. */
  expanded: string[];
  /** Nodes the user hid from the view. */
  hidden: string[];
  title: string | null;
  transfers: TransferMode;
  /** Node labels hidden by the filters. */
  hiddenLabels: string[];
  /** Relationship types hidden by the filters. */
  hiddenTypes: string[];
  /** Transfer kinds hidden by the filters. */
  hiddenKinds: string[];
  /** Fact statuses hidden by the filters. */
  hiddenStatuses: string[];
  /** Time range shown, epoch ms. */
  timeRange: [number, number] | null;
  /** With a time range, undated facts are kept. */
  undated: boolean;
  /** Filtered-out items drawn pale instead of hidden. */
  dim: boolean;
  camera: CameraState | null;
  selection: string | null;
}

export const DEFAULT_VIEW: ViewState = {
  focus: null,
  depth: 1,
  query: null,
  ids: [],
  expanded: [],
  hidden: [],
  title: null,
  transfers: 'nodes',
  hiddenLabels: [],
  hiddenTypes: [],
  hiddenKinds: [],
  hiddenStatuses: [],
  timeRange: null,
  undated: false,
  dim: false,
  camera: null,
  selection: null,
};

export const MAX_DEPTH = 3;

const DAY = 86_400_000;

// Four significant digits place the camera within a pixel on a 1440-px screen and keep links short;
// cameras are compared after this rounding.
function round(v: number): number {
  return Number(v.toPrecision(4));
}

/** Rounds a camera the way a permalink stores it. */
export function roundCamera(c: CameraState): CameraState {
  return { x: round(c.x), y: round(c.y), ratio: round(c.ratio), angle: round(c.angle) };
}

function list(v: string | null): string[] {
  return v ? [...new Set(v.split(',').map((s) => s.trim()).filter(Boolean))].sort() : [];
}

/** Encodes a view as URL search params (defaults left out, lists sorted). */
export function encodeView(state: Partial<ViewState>): URLSearchParams {
  const s = { ...DEFAULT_VIEW, ...state };
  const p = new URLSearchParams();
  if (s.focus) p.set('focus', s.focus);
  if (s.focus && s.depth !== DEFAULT_VIEW.depth) p.set('depth', String(s.depth));
  if (s.query) p.set('query', s.query);
  for (const id of [...new Set(s.ids)].sort()) p.append('id', id);
  for (const id of [...new Set(s.expanded)].sort()) p.append('x', id);
  for (const id of [...new Set(s.hidden)].sort()) p.append('h', id);
  if (s.title) p.set('title', s.title);
  if (s.transfers !== DEFAULT_VIEW.transfers) p.set('transfers', s.transfers);
  if (s.hiddenLabels.length) p.set('hide', [...new Set(s.hiddenLabels)].sort().join(','));
  if (s.hiddenTypes.length) p.set('hideTypes', [...new Set(s.hiddenTypes)].sort().join(','));
  if (s.hiddenKinds.length) p.set('hideKinds', [...new Set(s.hiddenKinds)].sort().join(','));
  if (s.hiddenStatuses.length) p.set('hideStatus', [...new Set(s.hiddenStatuses)].sort().join(','));
  // Days, not milliseconds: a brushed period never needs more, and the link stays short.
  if (s.timeRange) p.set('t', `${Math.floor(s.timeRange[0] / DAY)},${Math.ceil(s.timeRange[1] / DAY)}`);
  if (s.undated) p.set('u', '1');
  if (s.dim) p.set('dim', '1');
  if (s.camera) {
    const c = roundCamera(s.camera);
    p.set('cam', [c.x, c.y, c.ratio, c.angle].join(','));
  }
  if (s.selection) p.set('sel', s.selection);
  return p;
}

function parseCamera(v: string | null): CameraState | null {
  if (!v) return null;
  const parts = v.split(',').map(Number);
  if (parts.length !== 4 || parts.some((x) => !Number.isFinite(x)) || parts[2] <= 0) return null;
  return { x: parts[0], y: parts[1], ratio: parts[2], angle: parts[3] };
}

function parseRange(v: string | null, unit = 1): [number, number] | null {
  const parts = (v ?? '').split(',').map(Number);
  return parts.length === 2 && parts.every(Number.isFinite) && parts[0] <= parts[1] ? [parts[0] * unit, parts[1] * unit] : null;
}

/** Decodes URL search params into a view; unknown or malformed values fall back to defaults. */
export function decodeView(params: URLSearchParams | string): ViewState {
  const p = typeof params === 'string' ? new URLSearchParams(params) : params;
  const depth = Math.floor(Number(p.get('depth') ?? DEFAULT_VIEW.depth));
  return {
    focus: p.get('focus')?.trim() || null,
    depth: Number.isFinite(depth) ? Math.min(Math.max(depth, 1), MAX_DEPTH) : DEFAULT_VIEW.depth,
    query: p.get('query')?.trim() || null,
    ids: [...new Set(p.getAll('id').filter(Boolean))].sort(),
    expanded: [...new Set(p.getAll('x').filter(Boolean))].sort(),
    hidden: [...new Set(p.getAll('h').filter(Boolean))].sort(),
    title: p.get('title')?.trim() || null,
    transfers: p.get('transfers') === 'edges' ? 'edges' : 'nodes',
    hiddenLabels: list(p.get('hide')),
    hiddenTypes: list(p.get('hideTypes')),
    hiddenKinds: list(p.get('hideKinds')),
    hiddenStatuses: list(p.get('hideStatus')),
    // `time` (epoch ms) is what links made before `t` (days) carry.
    timeRange: parseRange(p.get('t'), DAY) ?? parseRange(p.get('time')),
    undated: p.get('u') === '1',
    dim: p.get('dim') === '1',
    camera: parseCamera(p.get('cam')),
    selection: p.get('sel') || null,
  };
}

/** The view's query string; ':' and ',' stay readable (both are legal in a query), which keeps ids short. */
export function viewQuery(state: Partial<ViewState>): string {
  return encodeView(state).toString().replace(/%3A/gi, ':').replace(/%2C/gi, ',');
}

/** A full link to a page (e.g. /map or /) showing the view. */
export function permalink(origin: string, pathname: string, state: Partial<ViewState>): string {
  const qs = viewQuery(state);
  return `${origin.replace(/\/$/, '')}${pathname}${qs ? `?${qs}` : ''}`;
}

/** Picture options /map reads besides the view: size and background. */
export interface RenderParams {
  width: number | null;
  height: number | null;
  transparent: boolean;
}

/** Reads /map's picture options (width/height clamped to 200..8000 CSS px). */
export function decodeRender(params: URLSearchParams | string): RenderParams {
  const p = typeof params === 'string' ? new URLSearchParams(params) : params;
  const dim = (k: string) => {
    const v = Math.floor(Number(p.get(k)));
    return Number.isFinite(v) && v > 0 ? Math.min(Math.max(v, 200), 8000) : null;
  };
  return { width: dim('width'), height: dim('height'), transparent: p.get('bg') === 'transparent' };
}

/** The explorer's filter state for a view. */
export function viewFilters(v: ViewState): FilterState {
  return {
    hiddenLabels: new Set(v.hiddenLabels),
    hiddenTypes: new Set(v.hiddenTypes),
    hiddenKinds: new Set(v.hiddenKinds),
    hiddenStatuses: new Set(v.hiddenStatuses),
    timeRange: v.timeRange,
    undated: v.undated,
    filteredOut: v.dim ? 'dim' : 'hide',
    transferMode: v.transfers,
  };
}

/** The view fields that carry a filter state. */
export function filtersView(f: FilterState): Pick<ViewState, 'hiddenLabels' | 'hiddenTypes' | 'hiddenKinds' | 'hiddenStatuses' | 'timeRange' | 'undated' | 'dim' | 'transfers'> {
  return {
    hiddenLabels: [...f.hiddenLabels].sort(),
    hiddenTypes: [...f.hiddenTypes].sort(),
    hiddenKinds: [...f.hiddenKinds].sort(),
    hiddenStatuses: [...f.hiddenStatuses].sort(),
    timeRange: f.timeRange ? [f.timeRange[0], f.timeRange[1]] : null,
    undated: f.undated,
    dim: f.filteredOut === 'dim',
    transfers: f.transferMode,
  };
}

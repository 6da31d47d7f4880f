// Opening a permalink in the explorer: the view in the URL is replayed through the explorer's own
// operations — its start (focus, query or ids through /api/map, else the overview), then the nodes
// expanded and hidden since, then filters, camera and selection.
import type { GraphPayload } from '@/lib/graph/payload';
import type { FilterState } from '@/lib/graph/filters';
import { decodeView, viewFilters, type CameraState, type ViewState } from '@/lib/export/permalink';
import { api, ApiError } from '@/lib/api/client';
import type { ViewOrigin } from '../explorer/useExplorerGraph';

/** What the explorer lends to apply a permalink. */
export interface PermalinkTarget {
  replace(payload: GraphPayload, origin: ViewOrigin): void;
  overview(): Promise<void>;
  expand(id: string): Promise<void>;
  hide(ids: string[]): void;
  setFilters(filters: FilterState): void;
  setCamera?(camera: CameraState): void;
  select(id: string): void;
  onError?(message: string): void;
}

/** True when the URL names a view (focus, query or ids) rather than the default overview. */
export function hasView(view: ViewState): boolean {
  return !!view.focus || !!view.query || view.ids.length > 0;
}

/** True when the URL says anything at all about the view. */
function saysSomething(view: ViewState): boolean {
  return hasView(view) || view.expanded.length > 0 || view.hidden.length > 0 || !!view.selection || !!view.camera || view.timeRange !== null || view.hiddenLabels.length + view.hiddenTypes.length + view.hiddenKinds.length + view.hiddenStatuses.length > 0 || view.transfers !== 'nodes';
}

/** Applies the permalink in `search`, if any; resolves false when there is none (load the overview then). */
export async function openPermalink(search: string, target: PermalinkTarget): Promise<boolean> {
  const view = decodeView(search);
  if (!saysSomething(view)) return false;
  if (hasView(view)) {
    const qs = new URLSearchParams();
    if (view.focus) qs.set('focus', view.focus);
    if (view.focus && view.depth !== 1) qs.set('depth', String(view.depth));
    if (view.query) qs.set('query', view.query);
    for (const id of view.ids) qs.append('id', id);
    let body;
    try {
      body = await api.map(qs);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      target.onError?.(error.message);
      return false;
    }
    const origin: ViewOrigin = view.focus ? { origin: 'focus', focus: view.focus } : view.query ? { origin: 'query', query: view.query } : { origin: 'ids', ids: view.ids };
    target.replace(body.graph, origin);
  } else await target.overview();
  for (const id of view.expanded) {
    try {
      await target.expand(id);
    } catch (e) {
      target.onError?.((e as Error).message);
    }
  }
  if (view.hidden.length > 0) target.hide(view.hidden);
  target.setFilters(viewFilters(view));
  if (view.camera) target.setCamera?.(view.camera);
  if (view.selection) target.select(view.selection);
  return true;
}

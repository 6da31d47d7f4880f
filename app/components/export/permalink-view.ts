// Opening a permalink in the explorer: the view in the URL (focus, query or ids; filters; selection)
// is fetched through /api/map and handed to the explorer's own setters.
import type { GraphPayload } from '@/lib/graph/payload';
import type { FilterState } from '@/lib/graph/filters';
import { decodeView, viewFilters, type ViewState } from '@/lib/export/permalink';
import { api, ApiError } from '@/lib/api/client';

/** What the explorer lends to apply a permalink. */
export interface PermalinkTarget {
  replace(payload: GraphPayload): void;
  setFilters(filters: FilterState): void;
  select(id: string): void;
  onError?(message: string): void;
}

/** True when the URL names a view (focus, query or ids) rather than the default overview. */
export function hasView(view: ViewState): boolean {
  return !!view.focus || !!view.query || view.ids.length > 0;
}

/** Applies the permalink in `search`, if any; resolves false when there is none (load the overview then). */
export async function openPermalink(search: string, target: PermalinkTarget): Promise<boolean> {
  const view = decodeView(search);
  if (!hasView(view)) return false;
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
  target.replace(body.graph);
  target.setFilters(viewFilters(view));
  if (view.selection) target.select(view.selection);
  return true;
}

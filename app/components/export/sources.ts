// Source articles for captions: ids come from the drawn edges (lib/export/sources.ts), titles from the API.
import type { SourceArticle } from '@/lib/export/types';

/** Fetches title, source and date of articles (a caption without sources beats no picture: errors give []). */
export async function fetchSources(ids: string[]): Promise<SourceArticle[]> {
  if (ids.length === 0) return [];
  const qs = ids.slice(0, 500).map((id) => `article=${encodeURIComponent(id)}`).join('&');
  try {
    const res = await fetch(`/api/map/sources?${qs}`);
    if (!res.ok) return [];
    return ((await res.json()) as { sources: SourceArticle[] }).sources;
  } catch {
    return [];
  }
}

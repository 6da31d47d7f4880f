// Source articles for captions: ids come from the drawn edges (lib/export/sources.ts), titles from the API.
import type { SourceArticle } from '@/lib/export/types';
import { api } from '@/lib/api/client';

/** Fetches title, source and date of articles (a caption without sources beats no picture: errors give []). */
export async function fetchSources(ids: string[]): Promise<SourceArticle[]> {
  if (ids.length === 0) return [];
  try {
    return (await api.sources(ids.slice(0, 500))).sources;
  } catch {
    return [];
  }
}

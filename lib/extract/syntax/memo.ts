import type { Language } from './language';

const CACHE_SIZE = 64;
const CACHES = new WeakMap<Language, Map<string, Map<string, unknown>>>();

/**
 * What `make` reads from one sentence, computed once while the extractor's steps ask for it in turn: the latest
 * sentences are kept per language and per kind of reading ("analysis", "quantities"). The value is shared: read it only.
 */
export function perSentence<T>(kind: string, text: string, lang: Language, make: () => T): T {
  let byKind = CACHES.get(lang);
  if (!byKind) CACHES.set(lang, (byKind = new Map()));
  let cache = byKind.get(kind) as Map<string, T> | undefined;
  if (!cache) byKind.set(kind, (cache = new Map()));
  if (cache.has(text)) return cache.get(text)!;
  const value = make();
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(text, value);
  return value;
}

import { createHash } from 'node:crypto';
import { slugify } from './text';

/** Article id: first 16 hex digits of the sha256 of the normalised text. */
export function articleIdOf(normalizedText: string): string {
  return createHash('sha256').update(normalizedText, 'utf8').digest('hex').slice(0, 16);
}

/** Sentence id, unique across articles. */
export function sentenceId(articleId: string, index: number): string {
  return `${articleId}:s${index}`;
}

/** The index of a sentence in its article, from its id ("…:s12" -> 12); -1 for no sentence id. */
export function sentenceIndexOf(id: string): number {
  return Number(/:s(\d+)$/.exec(id)?.[1] ?? -1);
}

/** Stable id of a named thing: "person:kim-yong-hyun". */
export function entityId(prefix: 'person' | 'org' | 'loc', name: string): string {
  return `${prefix}:${slugify(name) || 'unknown'}`;
}

/** Per-article id of a fact node: "transfer:<articleId>:3". */
export function factId(prefix: 'transfer' | 'claim' | 'agreement' | 'event', articleId: string, n: number): string {
  return `${prefix}:${articleId}:${n}`;
}

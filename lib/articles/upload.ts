import { extractDocument } from '../extract';
import { parseGraphDocument, type GraphDocument } from '../graph/schema';
import { decodeArticleBytes } from '../ingest/decode';
import { DecodeError } from '../ingest/decode-error';
import { guessLanguage, languageWarning } from '../ingest/language';
import { maxArticleBytes } from '../ingest/limits';
import { MAX_REQUEST_BODY_BYTES } from '../security';

// An article sent from the browser (pasted text or a dropped .txt/.html file) goes through the same
// decoder and extractor as `npm run load`, so it is refused or read exactly as the CLI would.

/** Largest article the browser may send, bytes: the file limit, within the request body limit. */
export function maxUploadBytes(env: NodeJS.ProcessEnv = process.env): number {
  return Math.min(maxArticleBytes(env), MAX_REQUEST_BODY_BYTES);
}

/** A file name safe to record as the article's source: its base name, printable, at most 200 characters. */
export function uploadName(raw: string | null | undefined): string {
  let name = '';
  try {
    name = decodeURIComponent(raw ?? '');
  } catch {
    name = raw ?? '';
  }
  name = name.split(/[\\/]/).pop()!.replace(/\p{Cc}/gu, '').trim().slice(0, 200);
  return name || 'pasted.txt';
}

/** An article the decoder refused: one line, for a 400. */
export class UploadError extends Error {
  readonly code = 'BAD_ARTICLE';
}

/** Decodes and extracts an uploaded article; throws UploadError with the decoder's one-line reason. */
export function extractUploaded(bytes: Uint8Array, name: string): { doc: GraphDocument; warnings: string[] } {
  let decoded;
  try {
    decoded = decodeArticleBytes(bytes, name);
  } catch (error) {
    if (error instanceof DecodeError) throw new UploadError(error.message);
    throw error;
  }
  const language = guessLanguage(decoded.text);
  const warnings = [...decoded.warnings];
  const warning = languageWarning(language);
  if (warning) warnings.push(warning);
  const doc = parseGraphDocument(extractDocument(decoded.text, { source: name, language: language || 'fr' }));
  return { doc, warnings };
}

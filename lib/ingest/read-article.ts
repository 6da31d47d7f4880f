import { readAndDecodeArticle } from './decode';
import { DecodeError } from './decode-error';
import { guessLanguage, languageWarning } from './language';

/** Bad input (missing, empty or binary file): the CLIs exit with code 2 and print the message. */
export class InputError extends Error {
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/** What readArticleFile found besides the text: how the bytes were read, and what the user should know. */
export interface ArticleFileInfo {
  /** The encoding the bytes were decoded from (utf-8, utf-16le, windows-1252...). */
  encoding: string;
  /** 'html' when the file was an HTML page reduced to its text. */
  format: 'text' | 'html';
  /** One line each: fallback encoding, removed control characters, language other than French. */
  warnings: string[];
  /** The language the text looks written in (ISO 639-1), French when unsure. */
  language: string;
}

/**
 * Reads an article file as text through lib/ingest/decode.ts: regular files only (a FIFO cannot hang it), at most
 * 5 MiB (TRAME_MAX_ARTICLE_BYTES), BOM/UTF-16 honoured, strict UTF-8 then the detected legacy encoding with a warning, binary
 * and damaged UTF-8 refused, control characters removed, HTML pages reduced to their text. Throws InputError
 * (exit code 2) with a one-line reason; warnings go to stderr, one line each, and come back in `warnings`.
 */
export async function readArticleFile(path: string, tool = 'extract'): Promise<{ text: string; source: string } & ArticleFileInfo> {
  let decoded;
  try {
    decoded = await readAndDecodeArticle(path);
  } catch (error) {
    if (error instanceof DecodeError) throw new InputError(`${tool}: ${error.message}`);
    throw error;
  }
  const warnings = [...decoded.warnings];
  const language = guessLanguage(decoded.text);
  const warning = languageWarning(language);
  if (warning) warnings.push(warning);
  for (const w of warnings) process.stderr.write(`${tool}: warning: ${path}: ${w}\n`);
  return { text: decoded.text, source: decoded.source, encoding: decoded.encoding, format: decoded.format, warnings, language: language || 'fr' };
}

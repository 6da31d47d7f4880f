import path from 'node:path';
import { sniffBinary } from './binary';
import { byteOrderMark, decodeAs, detectLegacyEncoding, encodingForLabel, encodingLabel, guessUtf16, isValidUtf8, scanUtf8 } from './charset';
import { DecodeError } from './decode-error';
import { declaredCharset, htmlToText, looksLikeHtml } from './html';
import { MAX_LINE_CHARS, MAX_RUN_CHARS, maxArticleBytes, textShape } from './limits';
import { readArticleBytes } from './read-bytes';

/**
 * Bytes of an article file -> text the extractor can trust, or a one-line refusal (exit code 2).
 *
 * - size: files over MAX_ARTICLE_BYTES (5 MiB, TRAME_MAX_ARTICLE_BYTES) are refused before being read;
 *   at most that many bytes are ever held, so memory stays bounded whatever is on disk (read-bytes.ts);
 * - only regular files are read: a directory, FIFO, socket or device is refused without blocking;
 * - encoding (charset.ts): BOMs (UTF-8, UTF-16 LE/BE) are honoured and removed; otherwise UTF-8 is tried
 *   strictly; bytes that are not UTF-8 and hold (almost) no UTF-8 sequence are read in the encoding an HTML
 *   page declares, else the one chardet finds (Windows-1252, ISO-8859-15 or Mac OS Roman for Western text),
 *   with a warning; damaged or mixed UTF-8 is refused with the byte offset of the first bad sequence;
 * - binary data (file signatures through magic-bytes.js, NUL bytes, mostly control characters) is refused;
 * - line ends become LF, text is NFC, stray control characters are removed (with a warning);
 * - HTML pages (by extension or content) are reduced to their text (see html.ts);
 * - shape: a line over MAX_LINE_CHARS (100,000) or a stretch over MAX_RUN_CHARS (20,000) without any sentence end
 *   (. ! ? …) or line break is refused — that is not article prose, and extraction time grows with line length.
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | string;

export interface DecodedArticle {
  /** Normalised text (NFC, LF, no BOM, no control characters, trimmed). */
  text: string;
  /** The encoding the bytes were read as. */
  encoding: TextEncodingName;
  format: 'text' | 'html';
  /** Headline found in an HTML page ('' for plain text). */
  title: string;
  /** Things the user should know (fallback encoding, removed characters); one line each. */
  warnings: string[];
}

// Control characters (C0 but TAB/LF/VT/FF/CR, DEL, C1), and invisible characters that break matching.
const CONTROL = /[^\P{Cc}\t\n\v\f\r]|[\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\uFEFF\uFFFE\uFFFF]/gu;
// A terminal colour code (ESC [ ... m) pasted from a console; ESC is spelled out so the pattern reads as text.
const ESC = '\u001B';
const ANSI = new RegExp(`${ESC}\\[[0-9;?]*[ -/]*[@-~]`, 'g');

/** Decodes an article's bytes (see the module comment); throws DecodeError (exit 2) when it cannot. */
export function decodeArticleBytes(bytes: Uint8Array, file = 'input'): DecodedArticle {
  if (bytes.length === 0) throw new DecodeError(file, 'empty file');
  const warnings: string[] = [];
  const { encoding, body } = chooseEncoding(bytes, file, warnings);
  const asciiHead = String.fromCharCode(...body.subarray(0, 4096)).replace(/[^\t\n\r -~]/g, ' ');
  const isHtml = looksLikeHtml(asciiHead, file);
  const read = encoding ? { encoding, raw: decodeAs(encoding, body) } : readUnmarked(body, file, isHtml ? declaredCharset(asciiHead) : undefined, warnings);

  let text = read.raw.replace(/^\uFEFF/, '');
  let title = '';
  if (isHtml) {
    const page = htmlToText(text);
    text = page.text;
    title = page.title;
  }
  text = cleanText(text, file, warnings);
  if (text.includes('\uFFFD') && read.encoding.startsWith('utf-16')) warnings.push('the UTF-16 text holds invalid sequences (shown as �)');
  if (!text) throw new DecodeError(file, isHtml ? 'the HTML page holds no text' : 'no text (whitespace only)');
  // Punctuation or digits alone ("...") would load as an empty article titled with them.
  if (!/\p{L}/u.test(text)) throw new DecodeError(file, 'no text (no letters at all)');
  const shape = textShape(text);
  if (shape.longestLine > MAX_LINE_CHARS)
    throw new DecodeError(file, `line ${shape.lineNumber} is ${shape.longestLine} characters long (limit ${MAX_LINE_CHARS}) — put the article's paragraphs on their own lines`);
  if (shape.longestRun > MAX_RUN_CHARS)
    throw new DecodeError(file, `${shape.longestRun} characters without a sentence end from character ${shape.runOffset} (limit ${MAX_RUN_CHARS}) — not article prose`);
  return { text, encoding: read.encoding, format: isHtml ? 'html' : 'text', title, warnings };
}

/** The encoding a BOM or NUL-spaced UTF-16 announces, with the bytes after the BOM; '' when the bytes must be examined. */
function chooseEncoding(bytes: Uint8Array, file: string, warnings: string[]): { encoding: TextEncodingName; body: Uint8Array } {
  const bom = byteOrderMark(bytes);
  if (bom) return { encoding: bom.encoding, body: bytes.subarray(bom.length) };
  const nul = bytes.subarray(0, 64 * 1024).indexOf(0);
  // UTF-16 before file signatures: "G\0" or a leading NUL would otherwise pass for MPEG or a PIC image.
  const utf16 = nul >= 0 ? guessUtf16(bytes) : undefined;
  if (utf16) {
    warnings.push(`no byte order mark; read as ${utf16.toUpperCase()}`);
    return { encoding: utf16, body: bytes };
  }
  const what = sniffBinary(bytes);
  if (what) throw new DecodeError(file, `not a text file: looks like ${what}`);
  if (nul >= 0) throw new DecodeError(file, `not a text file: binary data (NUL byte at byte ${nul})`);
  return { encoding: '', body: bytes };
}

/** Bytes without a BOM: strict UTF-8, else the declared or detected legacy encoding, else a refusal. */
function readUnmarked(body: Uint8Array, file: string, declared: string | undefined, warnings: string[]): { encoding: string; raw: string } {
  const declaredEncoding = declared === undefined ? undefined : encodingForLabel(declared);
  if (isValidUtf8(body)) {
    if (declaredEncoding && declaredEncoding !== 'utf-8' && body.some((b) => b >= 0x80))
      warnings.push(`the page declares ${declared} but its bytes are UTF-8; read as UTF-8`);
    return { encoding: 'utf-8', raw: decodeAs('utf-8', body) };
  }
  if (declaredEncoding && declaredEncoding !== 'utf-8') return { encoding: declaredEncoding, raw: decodeAs(declaredEncoding, body) };
  if (declared && !declaredEncoding) warnings.push(`the page declares an unknown character encoding (${declared}); guessed instead`);
  const scan = scanUtf8(body);
  // Many valid UTF-8 sequences beside the bad ones mean a damaged file or mixed encodings; a legacy text
  // holds a few by accident ("isolé\u00A0»" in Windows-1252 is one), far fewer than its bad ones.
  if (scan.multibyte > 0 && scan.multibyte * 4 >= scan.invalid)
    throw new DecodeError(
      file,
      `invalid UTF-8 at byte ${scan.firstInvalid} (${scan.invalid} bad sequence(s) among valid UTF-8: damaged file or mixed encodings) — re-save it as UTF-8`,
    );
  const legacy = detectLegacyEncoding(body);
  // French or English in a Western encoding has a few percent of non-ASCII bytes; a text made of them is something else.
  if (!legacy.confident && scan.high > Math.max(64, body.length * 0.3))
    throw new DecodeError(file, `not UTF-8 and no known legacy text encoding (invalid UTF-8 at byte ${scan.firstInvalid}) — re-save it as UTF-8`);
  warnings.push(`not valid UTF-8; read as ${encodingLabel(legacy.encoding)} — check accents, or re-save the file as UTF-8`);
  return { encoding: legacy.encoding, raw: decodeAs(legacy.encoding, body) };
}

/** Line ends to LF, console colour codes and stray control characters out (with a warning), NFC, trimmed. */
function cleanText(input: string, file: string, warnings: string[]): string {
  // Page breaks and Unicode line separators are line breaks; other controls are noise.
  let text = input.replace(/\r\n?/g, '\n').replace(/[\f\v\u0085\u2028\u2029]/g, '\n');
  // Terminal colour codes (ESC [ ... m) pasted from a console: drop the whole sequence, not just ESC.
  if (text.includes(ESC)) text = text.replace(ANSI, ESC);
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls > 0) {
    if (controls > Math.max(16, text.length * 0.05)) throw new DecodeError(file, `not a text file: ${controls} control characters in ${text.length}`);
    text = text.replace(CONTROL, '');
    warnings.push(`removed ${controls} control character(s)`);
  }
  return text.normalize('NFC').replace(/[ \t]+\n/g, '\n').trim();
}

/** Reads and decodes one article file: { text, source: its base name, ... } or a DecodeError (exit 2). */
export async function readAndDecodeArticle(file: string, maxBytes = maxArticleBytes()): Promise<DecodedArticle & { source: string }> {
  const bytes = await readArticleBytes(file, maxBytes);
  return { ...decodeArticleBytes(bytes, file), source: path.basename(file) };
}

import { constants, promises as fsp } from 'node:fs';
import path from 'node:path';
import { declaredCharset, decodeWindows1252, htmlToText, looksLikeHtml } from './html';

/**
 * Bytes of an article file -> text the extractor can trust, or a one-line refusal (exit code 2).
 *
 * - size: files over MAX_ARTICLE_BYTES (5 MiB, TRAME_MAX_ARTICLE_BYTES) are refused before being read;
 *   at most that many bytes are ever held, so memory stays bounded whatever is on disk;
 * - only regular files are read: a directory, FIFO, socket or device is refused without blocking;
 * - encoding: BOMs (UTF-8, UTF-16 LE/BE) are honoured and removed; otherwise UTF-8 is tried strictly,
 *   then Windows-1252 (a superset of Latin-1) with a warning when the bytes hold no UTF-8 sequence at all;
 *   damaged or mixed UTF-8 is refused with the byte offset of the first bad sequence;
 * - binary data (known magic numbers, NUL bytes, mostly control characters) is refused;
 * - line ends become LF, text is NFC, stray control characters are removed (with a warning);
 * - HTML pages (by extension or content) are reduced to their text (see html.ts);
 * - shape: a line over MAX_LINE_CHARS (100,000) or a stretch over MAX_RUN_CHARS (20,000) without any sentence end
 *   (. ! ? …) or line break is refused — that is not article prose, and extraction time grows with line length.
 */

/** Largest article file accepted, in bytes (documented in README: 5 MiB). */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/** Longest line accepted, in characters. */
export const MAX_LINE_CHARS = 100_000;
/** Longest stretch accepted without a sentence end or a line break, in characters. */
export const MAX_RUN_CHARS = 20_000;

/** The longest line and the longest stretch without a sentence end, with where they start. */
export function textShape(text: string): { longestLine: number; lineNumber: number; longestRun: number; runOffset: number } {
  let longestLine = 0;
  let lineNumber = 1;
  let longestRun = 0;
  let runOffset = 0;
  let lineStart = 0;
  let runStart = 0;
  let line = 1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 10;
    if (c === 10) {
      if (i - lineStart > longestLine) {
        longestLine = i - lineStart;
        lineNumber = line;
      }
      line++;
      lineStart = i + 1;
    }
    if (c === 10 || c === 46 || c === 33 || c === 63 || c === 0x2026) {
      if (i - runStart > longestRun) {
        longestRun = i - runStart;
        runOffset = runStart;
      }
      runStart = i + 1;
    }
  }
  return { longestLine, lineNumber, longestRun, runOffset };
}

/** The size limit in force: TRAME_MAX_ARTICLE_BYTES when set to a positive integer, else MAX_ARTICLE_BYTES. */
export function maxArticleBytes(env: NodeJS.ProcessEnv = process.env): number {
  const v = Number(env.TRAME_MAX_ARTICLE_BYTES);
  return Number.isInteger(v) && v > 0 ? v : MAX_ARTICLE_BYTES;
}

/** An article file Trame will not read: the message is one line naming the file; CLIs exit 2. */
export class DecodeError extends Error {
  readonly exitCode = 2;
  constructor(readonly file: string, reason: string) {
    super(`${file}: ${reason}`);
    this.name = 'DecodeError';
  }
}

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

const MAGIC: [string, number[]][] = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['a ZIP archive (or Office document)', [0x50, 0x4b, 0x03, 0x04]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['a bzip2 archive', [0x42, 0x5a, 0x68]],
  ['a 7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ['an executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['a SQLite database', [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66]],
  ['an old Word/Excel document', [0xd0, 0xcf, 0x11, 0xe0]],
  ['a WebAssembly module', [0x00, 0x61, 0x73, 0x6d]],
];

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);
}

/** What a binary file looks like (name of a format), or undefined when it may be text. */
export function sniffBinary(bytes: Uint8Array): string | undefined {
  for (const [what, sig] of MAGIC) if (startsWith(bytes, sig)) return what;
  if (bytes.length >= 12 && bytes[0] === 0x52 && bytes[1] === 0x49 && bytes[2] === 0x46 && bytes[3] === 0x46) return 'a RIFF file (WebP/WAV/AVI)';
  if (bytes.length >= 12 && String.fromCharCode(...bytes.subarray(4, 8)) === 'ftyp') return 'an MP4/HEIC file';
  return undefined;
}

/** Byte offset of the first invalid UTF-8 sequence and how many well-formed multi-byte sequences precede/follow. */
export function scanUtf8(bytes: Uint8Array): { firstInvalid: number; invalid: number; multibyte: number; high: number } {
  let firstInvalid = -1;
  let invalid = 0;
  let multibyte = 0;
  let high = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    high++;
    // Continuation bytes a lead byte announces, and the smallest code point that length may encode.
    const [need, min] = b >= 0xc2 && b <= 0xdf ? [1, 0x80] : b >= 0xe0 && b <= 0xef ? [2, 0x800] : b >= 0xf0 && b <= 0xf4 ? [3, 0x10000] : [0, 0];
    let ok = need > 0;
    let cp = need === 1 ? b & 0x1f : need === 2 ? b & 0x0f : b & 0x07;
    for (let k = 1; ok && k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) ok = false;
      else cp = (cp << 6) | (c & 0x3f);
    }
    if (ok && (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))) ok = false;
    if (ok) {
      multibyte++;
      high += need;
      i += need + 1;
    } else {
      if (firstInvalid < 0) firstInvalid = i;
      invalid++;
      i++;
    }
  }
  return { firstInvalid, invalid, multibyte, high };
}

// Control characters (C0 but TAB/LF/VT/FF/CR, DEL, C1), and invisible characters that break matching.
const CONTROL = /[^\P{Cc}\t\n\v\f\r]|[\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\uFEFF\uFFFE\uFFFF]/gu;
// A terminal colour code (ESC [ ... m) pasted from a console; ESC is spelled out so the pattern reads as text.
const ESC = '\u001B';
const ANSI = new RegExp(`${ESC}\\[[0-9;?]*[ -/]*[@-~]`, 'g');

function decodeWith(encoding: string, bytes: Uint8Array, file: string, fatal = false): string {
  if (encoding === 'windows-1252') return decodeWindows1252(bytes);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding, { fatal });
  } catch {
    throw new DecodeError(file, `unsupported character encoding ${encoding}`);
  }
  return decoder.decode(bytes);
}

function shortOffset(n: number): string {
  return `byte ${n}`;
}

/** Decodes an article's bytes (see the module comment); throws DecodeError (exit 2) when it cannot. */
export function decodeArticleBytes(bytes: Uint8Array, file = 'input'): DecodedArticle {
  const warnings: string[] = [];
  if (bytes.length === 0) throw new DecodeError(file, 'empty file');

  let encoding: TextEncodingName;
  let body = bytes;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    encoding = 'utf-8';
    body = bytes.subarray(3);
  } else if (startsWith(bytes, [0xff, 0xfe])) {
    encoding = 'utf-16le';
    body = bytes.subarray(2);
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    encoding = 'utf-16be';
    body = bytes.subarray(2);
  } else {
    const what = sniffBinary(bytes);
    if (what) throw new DecodeError(file, `not a text file: looks like ${what}`);
    const nul = bytes.subarray(0, 64 * 1024).indexOf(0);
    if (nul >= 0) {
      const utf16 = guessUtf16(bytes);
      if (!utf16) throw new DecodeError(file, `not a text file: binary data (NUL byte at ${shortOffset(nul)})`);
      encoding = utf16;
      warnings.push(`no byte order mark; read as ${utf16.toUpperCase()}`);
    } else encoding = '';
  }

  let raw: string;
  const asciiHead = String.fromCharCode(...body.subarray(0, 4096)).replace(/[^\t\n\r -~]/g, ' ');
  const isHtml = looksLikeHtml(asciiHead, file);
  if (encoding) {
    raw = decodeWith(encoding, body, file);
  } else {
    const declared = isHtml ? declaredCharset(asciiHead) : undefined;
    const scan = scanUtf8(body);
    if (scan.invalid === 0) {
      encoding = 'utf-8';
      raw = decodeWith('utf-8', body, file);
    } else if (declared && !/^utf-?8$/.test(declared)) {
      encoding = LATIN_LABELS.has(declared) ? 'windows-1252' : declared;
      raw = decodeWith(encoding, body, file);
    } else if (scan.multibyte > 0) {
      throw new DecodeError(
        file,
        `invalid UTF-8 at ${shortOffset(scan.firstInvalid)} (${scan.invalid} bad sequence(s) among valid UTF-8: damaged file or mixed encodings) — re-save it as UTF-8`,
      );
    } else {
      // No UTF-8 sequence at all: a single-byte legacy encoding; Windows-1252 covers Latin-1 and French.
      encoding = 'windows-1252';
      raw = decodeWith('windows-1252', body, file);
      // French or English in Latin-1 has a few percent of non-ASCII bytes; a text made of them is something else.
      if (scan.high > Math.max(64, body.length * 0.3))
        throw new DecodeError(file, `not UTF-8 and not Windows-1252/Latin-1 text (invalid UTF-8 at ${shortOffset(scan.firstInvalid)}) — re-save it as UTF-8`);
      warnings.push('not valid UTF-8; read as Windows-1252 (Latin-1) — check accents, or re-save the file as UTF-8');
    }
    if (encoding === 'utf-8' && declared && LATIN_LABELS.has(declared) && scan.multibyte > 0)
      warnings.push(`the page declares ${declared} but its bytes are UTF-8; read as UTF-8`);
  }

  let text = raw.replace(/^\uFEFF/, '');
  let title = '';
  if (isHtml) {
    const page = htmlToText(text);
    text = page.text;
    title = page.title;
  }

  // Page breaks and Unicode line separators are line breaks; other controls are noise.
  text = text.replace(/\r\n?/g, '\n').replace(/[\f\v\u0085\u2028\u2029]/g, '\n');
  // Terminal colour codes (ESC [ ... m) pasted from a console: drop the whole sequence, not just ESC.
  const ansi = text.match(ANSI)?.length ?? 0;
  if (ansi) text = text.replace(ANSI, ESC);
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls > 0) {
    if (controls > Math.max(16, text.length * 0.05))
      throw new DecodeError(file, `not a text file: ${controls} control characters in ${text.length}`);
    text = text.replace(CONTROL, '');
    warnings.push(`removed ${controls} control character(s)`);
  }
  if (text.includes('\uFFFD') && encoding.startsWith('utf-16')) warnings.push('the UTF-16 text holds invalid sequences (shown as �)');
  text = text.normalize('NFC').replace(/[ \t]+\n/g, '\n').trim();
  if (!text) throw new DecodeError(file, isHtml ? 'the HTML page holds no text' : 'no text (whitespace only)');
  // Punctuation or digits alone ("...") would load as an empty article titled with them.
  if (!/\p{L}/u.test(text)) throw new DecodeError(file, 'no text (no letters at all)');
  const shape = textShape(text);
  if (shape.longestLine > MAX_LINE_CHARS)
    throw new DecodeError(file, `line ${shape.lineNumber} is ${shape.longestLine} characters long (limit ${MAX_LINE_CHARS}) — put the article's paragraphs on their own lines`);
  if (shape.longestRun > MAX_RUN_CHARS)
    throw new DecodeError(file, `${shape.longestRun} characters without a sentence end from character ${shape.runOffset} (limit ${MAX_RUN_CHARS}) — not article prose`);
  return { text, encoding, format: isHtml ? 'html' : 'text', title, warnings };
}

const LATIN_LABELS = new Set(['iso-8859-1', 'iso8859-1', 'latin1', 'latin-1', 'l1', 'windows-1252', 'cp1252', 'x-cp1252', 'us-ascii', 'ascii', 'iso-8859-15', 'latin9']);

/** UTF-16 without a BOM: NULs on one side of most ASCII pairs. */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length - (bytes.length % 2), 8192);
  if (n < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.6 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.6 && oddNul < pairs * 0.05) return 'utf-16be';
  return undefined;
}

function describeKind(stat: import('node:fs').Stats): string {
  if (stat.isDirectory()) return 'a directory';
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

function mib(n: number): string {
  return `${(n / 1024 / 1024).toFixed(n < 1024 * 1024 ? 2 : 1)} MiB`;
}

/**
 * Reads a file's bytes safely: regular files only (opened non-blocking, so a FIFO cannot hang the loader),
 * at most `maxBytes` (refused beyond, before reading), and a clear DecodeError when it vanished or is unreadable.
 */
export async function readArticleBytes(file: string, maxBytes = maxArticleBytes()): Promise<Buffer> {
  let handle: import('node:fs/promises').FileHandle;
  try {
    handle = await fsp.open(file, constants.O_RDONLY | constants.O_NONBLOCK | (constants.O_NOCTTY ?? 0));
  } catch (error) {
    throw new DecodeError(file, openReason(error));
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new DecodeError(file, `${describeKind(stat)}, not an article file`);
    if (stat.size > maxBytes)
      throw new DecodeError(file, `too large: ${mib(stat.size)} (limit ${mib(maxBytes)}, TRAME_MAX_ARTICLE_BYTES) — split the file`);
    // Read up to one byte past the limit, so a file that grows while being read is caught too.
    const buf = Buffer.allocUnsafe(Math.min(maxBytes + 1, Math.max(stat.size, 64 * 1024)));
    let total = 0;
    for (;;) {
      if (total === buf.length) break;
      const { bytesRead } = await handle.read(buf, total, buf.length - total, total);
      if (bytesRead === 0) break;
      total += bytesRead;
    }
    if (total > maxBytes) throw new DecodeError(file, `too large: over ${mib(maxBytes)} (TRAME_MAX_ARTICLE_BYTES) — split the file`);
    return buf.subarray(0, total);
  } catch (error) {
    if (error instanceof DecodeError) throw error;
    throw new DecodeError(file, openReason(error));
  } finally {
    await handle.close().catch(() => {});
  }
}

function openReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file (missing, or removed while loading)';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'a directory, not an article file';
    case 'ELOOP':
      return 'too many symbolic links';
    case 'ENXIO':
      return 'a socket or device with nothing behind it, not an article file';
    case 'EIO':
      return 'read error (I/O)';
    default:
      return `cannot read: ${String((error as Error)?.message ?? error).split('\n')[0]}`;
  }
}

/** Reads and decodes one article file: { text, source: its base name, ... } or a DecodeError (exit 2). */
export async function readAndDecodeArticle(file: string, maxBytes = maxArticleBytes()): Promise<DecodedArticle & { source: string }> {
  const bytes = await readArticleBytes(file, maxBytes);
  return { ...decodeArticleBytes(bytes, file), source: path.basename(file) };
}

const FRENCH = new Set('le la les des du de un une et est sont dans pour par sur avec qui que au aux ce cette ses leur selon a ont été pas plus'.split(' '));
const ENGLISH = new Set('the of and to in is are was were for on with that by from this its their said has have been not as at which'.split(' '));

/**
 * A cheap guess at the language of a text from its function words: 'fr', 'en', or undefined when too short
 * or unclear. Used to warn that extraction (tuned for French) will find less in another language.
 */
export function guessLanguage(text: string): 'fr' | 'en' | undefined {
  let fr = 0;
  let en = 0;
  let words = 0;
  for (const m of text.slice(0, 20_000).toLowerCase().matchAll(/\p{L}+/gu)) {
    words++;
    if (FRENCH.has(m[0])) fr++;
    if (ENGLISH.has(m[0])) en++;
  }
  if (words < 20 || fr + en < 5) return undefined;
  if (en > fr * 2) return 'en';
  if (fr > en * 2) return 'fr';
  return undefined;
}

// Which character encoding an article's bytes are in, and their text. Byte order marks first, then strict
// UTF-8; for anything else chardet ranks the legacy encodings and iconv-lite decodes them.
import { isUtf8 } from 'node:buffer';
import { analyse } from 'chardet';
import iconv from 'iconv-lite';

/** The encoding a byte order mark announces, and the mark's length; undefined without one. */
export function byteOrderMark(bytes: Uint8Array): { encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/** UTF-16 without a BOM (chardet only knows it by its BOM): NULs on one side of most ASCII pairs. */
export function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
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

/** True when the bytes are well-formed UTF-8 (Node's own validator). */
export function isValidUtf8(bytes: Uint8Array): boolean {
  return isUtf8(bytes);
}

/**
 * Where UTF-8 breaks: offset of the first invalid sequence, how many there are, and how many well-formed
 * multi-byte sequences and non-ASCII bytes the bytes hold (to tell a damaged UTF-8 file from a legacy one).
 */
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

// Labels that mean Windows-1252 on the web (the WHATWG Encoding Standard reads Latin-1 and ASCII as it).
const WINDOWS_1252_LABELS = new Set(['iso-8859-1', 'iso8859-1', 'iso_8859-1', 'latin1', 'latin-1', 'l1', 'windows-1252', 'cp1252', 'x-cp1252', 'us-ascii', 'ascii']);

/** The encoding name Trame decodes a label as (lower case, Latin-1 labels as windows-1252), or undefined when unknown. */
export function encodingForLabel(label: string): string | undefined {
  const name = label.trim().toLowerCase();
  if (WINDOWS_1252_LABELS.has(name)) return 'windows-1252';
  return iconv.encodingExists(name) ? name : undefined;
}

/** Western single-byte encodings chardet reports as one (it knows neither ISO-8859-15 nor Mac OS Roman). */
const WESTERN = ['windows-1252', 'iso-8859-15', 'macintosh'] as const;

/** How a reader would name an encoding in a warning. */
export function encodingLabel(encoding: string): string {
  return (
    { 'windows-1252': 'Windows-1252 (Latin-1)', 'iso-8859-15': 'ISO-8859-15 (Latin-9)', macintosh: 'Mac OS Roman' }[encoding] ?? encoding.toUpperCase()
  );
}

/**
 * The legacy encoding of bytes that are not UTF-8: chardet's best guess when it is confident, else the
 * Western encoding whose reading looks most like words (see westernScore); `confident` is false when
 * neither chardet nor the Western reading is convincing.
 */
export function detectLegacyEncoding(bytes: Uint8Array): { encoding: string; confident: boolean } {
  // chardet costs about 2 ms a KiB; 16 KiB of an article is plenty to tell its language and encoding.
  const sample = bytes.subarray(0, 16 * 1024);
  const best = analyse(sample).find((m) => !/^(utf|ascii)/i.test(m.name) && encodingForLabel(m.name));
  const western = best === undefined || best.confidence < 30 || encodingForLabel(best.name) === 'windows-1252';
  if (!western) return { encoding: encodingForLabel(best.name)!, confident: true };
  let pick: string = WESTERN[0];
  let top = -Infinity;
  for (const encoding of WESTERN) {
    const score = westernScore(iconv.decode(Buffer.from(sample), encoding));
    if (score > top) [pick, top] = [encoding, score];
  }
  return { encoding: pick, confident: best !== undefined && best.confidence >= 30 };
}

/**
 * How word-like the non-ASCII characters of a reading are: a lower-case letter after a letter or a capital
 * at a word start counts for it; a capital inside a lower-case word ("trËs"), a symbol or fraction against a
 * letter ("c½ur", "cafŽ"), the sign ¤ and a control or unassigned character ("tr\u008Fs") count against it.
 */
function westernScore(text: string): number {
  let score = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c.charCodeAt(0) < 0x80) continue;
    const prev = text[i - 1] ?? ' ';
    const next = text[i + 1] ?? ' ';
    if (/[\p{Cc}\p{Cn}\p{Co}]/u.test(c)) score -= 5;
    // The currency sign ¤ is what Latin-1 shows for ISO-8859-15's euro; no article writes it.
    else if (c === '¤') score -= 2;
    else if (/\p{Ll}/u.test(c)) score += /\p{L}/u.test(prev) ? 1 : 0;
    else if (/\p{Lu}/u.test(c)) score += /\p{Ll}/u.test(prev) ? -1 : 1;
    else if (/[\p{S}\p{No}\p{Lm}]/u.test(c) && (/\p{L}/u.test(prev) || /\p{L}/u.test(next))) score -= 2;
  }
  return score;
}

/** The text of bytes in a given encoding (UTF-8 and UTF-16 through TextDecoder, the rest through iconv-lite). */
export function decodeAs(encoding: string, bytes: Uint8Array): string {
  if (encoding === 'utf-8' || encoding === 'utf-16le' || encoding === 'utf-16be') return new TextDecoder(encoding).decode(bytes);
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
}

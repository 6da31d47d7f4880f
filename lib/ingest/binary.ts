import { filetypeinfo } from 'magic-bytes.js';

// Formats magic-bytes.js knows that are text, which the decoder reads itself (BOMs, XML/XHTML, subtitles...).
const TEXT_FORMATS = new Set(['txt', 'xml', 'json', 'svg', 'subrip', 'webvtt', 'eml']);
// Formats whose header is printable but whose body is not article prose: refused on their signature alone.
const PRINTABLE_NON_PROSE = new Set(['pdf', 'ps', 'rtf']);

/**
 * What a binary file looks like ("PNG data (image/png)"), or undefined when it may be text. magic-bytes.js
 * names the format; as some of its signatures are one or two printable bytes ("G" for MPEG, "MZ" for an
 * executable), a signature only counts when the first bytes also hold a control byte no text has,
 * except for documents whose header is printable (PDF, PostScript, RTF).
 */
export function sniffBinary(bytes: Uint8Array): string | undefined {
  const head = bytes.subarray(0, 64);
  const controlHead = head.some((b) => (b < 0x20 && b !== 9 && b !== 10 && b !== 12 && b !== 13) || b === 0x7f);
  for (const match of filetypeinfo(bytes.subarray(0, 64 * 1024))) {
    const name = match.typename.toLowerCase();
    if (TEXT_FORMATS.has(name)) continue;
    if (controlHead || PRINTABLE_NON_PROSE.has(name)) return `${match.typename.toUpperCase()} data${match.mime ? ` (${match.mime})` : ''}`;
  }
  return undefined;
}

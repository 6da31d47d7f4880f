import iconv from 'iconv-lite';

/** Encodes text in a legacy encoding (windows-1252, iso-8859-15, macintosh...); fails on characters it cannot hold. */
export function encodeLegacy(text: string, encoding: string): Buffer {
  const bytes = iconv.encode(text, encoding);
  if (iconv.decode(bytes, encoding) !== text) throw new Error(`not all of the text fits in ${encoding}`);
  return bytes;
}

/** Encodes text as Windows-1252 (fails on characters it cannot hold). */
export function toWindows1252(text: string): Buffer {
  return encodeLegacy(text, 'windows-1252');
}

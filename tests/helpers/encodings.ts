import { CP1252_C1 } from '@/lib/ingest/html';

/** Encodes text as Windows-1252 (fails on characters it cannot hold). */
export function toWindows1252(text: string): Buffer {
  const reverse = new Map(CP1252_C1.map((c, i) => [c, 0x80 + i]));
  return Buffer.from(
    [...text].map((c) => {
      const code = c.codePointAt(0)!;
      if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
      const b = reverse.get(c);
      if (b === undefined) throw new Error(`not in Windows-1252: ${c}`);
      return b;
    }),
  );
}

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeArticleBytes } from '@/lib/ingest/decode';
import { DecodeError } from '@/lib/ingest/decode-error';

// Article files in the encodings and formats people actually send, each beside its UTF-8 twin
// (tests/fixtures/encodings): a legacy encoding must read as the very same text, a binary or
// document format must be refused in one line that names it.

const FIXTURES = path.resolve('tests', 'fixtures', 'encodings');
const bytes = (name: string) => readFileSync(path.join(FIXTURES, name));
const decode = (name: string) => decodeArticleBytes(bytes(name), name);
const sample = decodeArticleBytes(readFileSync(path.resolve('data', 'articles', 'nk-troops-russia.fr.txt')), 'sample.txt').text;

function refusal(name: string): string {
  let error: unknown;
  try {
    decode(name);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(DecodeError);
  const message = (error as DecodeError).message;
  expect(message.split('\n')).toHaveLength(1);
  expect(message.startsWith(`${name}: not a text file`)).toBe(true);
  return message;
}

describe('legacy encodings read as the same text as UTF-8, with a warning naming the encoding', () => {
  it.each([
    ['euro-oe.iso-8859-15.txt', 'euro-oe.utf-8.txt', 'iso-8859-15', /ISO-8859-15/],
    ['guillemets.windows-1252.txt', 'guillemets.utf-8.txt', 'windows-1252', /Windows-1252/],
    ['cyrillic.windows-1251.txt', 'cyrillic.utf-8.txt', 'windows-1251', /WINDOWS-1251/],
  ])('%s', (legacy, twin, encoding, warning) => {
    const decoded = decode(legacy);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toBe(decode(twin).text);
    expect(decoded.warnings.join(' ')).toMatch(warning);
  });

  it('ISO-8859-15 keeps the euro sign and the œ ligature that Windows-1252 would read as ¤ and ½', () => {
    const { text } = decode('euro-oe.iso-8859-15.txt');
    expect(text).toContain('3 000 €');
    expect(text).toContain('cœur');
    expect(text).not.toMatch(/[¤½]/);
  });

  it('a Windows-1252 quote closing on "é\\u00A0»" (bytes that happen to be valid UTF-8) is read, not refused as damaged', () => {
    expect(decode('guillemets.windows-1252.txt').text).toContain('isolé\u00A0»');
  });

  it('Mac OS Roman: the sample article, every accent in place', () => {
    const decoded = decode('sample.macintosh.txt');
    expect(decoded.encoding).toBe('macintosh');
    expect(decoded.text).toBe(sample);
    expect(decoded.warnings.join(' ')).toMatch(/Mac OS Roman/);
  });

  it('UTF-16 without a byte order mark: the sample article', () => {
    const decoded = decode('sample.utf-16le-no-bom.txt');
    expect(decoded.encoding).toBe('utf-16le');
    expect(decoded.text).toBe(sample);
  });

  it.each(['utf-16le', 'utf-16be'] as const)('%s without a byte order mark, starting with a letter that is also a file signature ("G" for MPEG)', (encoding) => {
    const text = decode('gaza.utf-8.txt').text;
    const le = Buffer.from(text, 'utf16le');
    const decoded = decodeArticleBytes(encoding === 'utf-16le' ? le : Buffer.from(le).swap16(), 'gaza-utf16.txt');
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toBe(text);
  });

  it('an HTML page that declares ISO-8859-15 is read in it (€ and œ intact)', () => {
    const decoded = decode('page.iso-8859-15.html');
    expect(decoded.format).toBe('html');
    expect(decoded.encoding).toBe('iso-8859-15');
    expect(decoded.title).toBe('Aide militaire : le cœur du budget');
    expect(decoded.text).toContain('3 000 € pièce');
  });
});

describe('binary and document formats under a .txt name are refused, naming the format', () => {
  it.each([
    ['sample.txt.gz.txt', /GZ.*gzip/],
    ['report.pdf.txt', /PDF.*application\/pdf/],
    ['letter.rtf.txt', /RTF.*application\/rtf/],
  ])('%s', (name, format) => {
    expect(refusal(name)).toMatch(format);
  });

  it('text whose first letters match a short file signature ("G" for MPEG, "MZ" for an executable) is still text', () => {
    const decoded = decode('gaza.utf-8.txt');
    expect(decoded.text.startsWith('Gaza, le 3 mars.')).toBe(true);
    expect(decoded.text).toContain('\nMZ, le transporteur');
    expect(decoded.warnings).toEqual([]);
  });
});

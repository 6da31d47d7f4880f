import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { decodeArticleBytes, readAndDecodeArticle } from '@/lib/ingest/decode';
import { DecodeError } from '@/lib/ingest/decode-error';
import { MAX_ARTICLE_BYTES } from '@/lib/ingest/limits';
import { readArticleFile } from '@/lib/ingest/read-article';
import { extractDocument } from '@/lib/extract';
import { toWindows1252 } from '@/tests/helpers/encodings';

// The decoder on bad or awkward article files: each is either read into the same text as the clean
// UTF-8 article, or refused with a one-line DecodeError naming the file (the CLIs exit 2 on it;
// tests/integration/bad-input.test.ts checks that end to end, with the database left untouched).

const FIXTURES = path.resolve('tests', 'fixtures', 'bad-input');
const SAMPLE = path.resolve('data', 'articles', 'nk-troops-russia.fr.txt');
const sample = readFileSync(SAMPLE, 'utf8');
const clean = decodeArticleBytes(Buffer.from(sample), 'sample.txt').text;
const dir = mkdtempSync(path.join(tmpdir(), 'trame-decode-'));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
}

/** The DecodeError a file is refused with: one line, naming the file, matching `reason`. */
async function refusal(p: string, reason: RegExp): Promise<string> {
  const error = await readAndDecodeArticle(p).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DecodeError);
  const message = (error as DecodeError).message;
  expect(message.split('\n')).toHaveLength(1);
  expect(message).toContain(path.basename(p));
  expect(message).toMatch(reason);
  expect((error as DecodeError).exitCode).toBe(2);
  return message;
}

describe('unusable files are refused with one line naming the file', () => {
  it('an empty file', async () => {
    await refusal(file('empty.txt', ''), /empty/i);
  });

  it('a whitespace-only file', async () => {
    await refusal(file('blank.txt', ' \n\t\r\n  \u00A0\n'), /whitespace|empty|no text/i);
  });

  it('an image (PNG bytes under a .txt name)', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000' + '1f15c4890000000a49444154789c6300010000050001', 'hex');
    await refusal(file('photo.txt', png), /PNG|binary|not a text/i);
  });

  it('a directory', async () => {
    const d = path.join(dir, 'folder.txt');
    mkdirSync(d, { recursive: true });
    await refusal(d, /directory/i);
  });

  it('invalid UTF-8 (a damaged file: bad bytes among valid UTF-8), with the offset of the damage', async () => {
    const bytes = Buffer.from(sample, 'utf8');
    const damaged = Buffer.concat([bytes.subarray(0, 2000), Buffer.from([0xff, 0xc3, 0x28]), bytes.subarray(2000)]);
    const message = await refusal(file('damaged.txt', damaged), /invalid UTF-8 at byte \d+/);
    expect(message).toMatch(/byte 2000/);
  });

  it('text with a NUL byte', async () => {
    const nul = Buffer.concat([Buffer.from(sample.slice(0, 500)), Buffer.from([0]), Buffer.from(sample.slice(500))]);
    await refusal(file('nul.txt', nul), /NUL|binary/i);
  });

  it(`a 20 MB text (over the ${MAX_ARTICLE_BYTES / 1024 / 1024} MiB limit), from its size alone`, async () => {
    const big = file('huge.txt', Buffer.alloc(20 * 1024 * 1024, 'La Corée du Nord. '));
    await refusal(big, /too large.*20\.0 MiB.*limit 5\.0 MiB/);
  });

  it('a named pipe (FIFO), without waiting for a writer', async () => {
    const fifo = path.join(dir, 'pipe.txt');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    await refusal(fifo, /pipe|FIFO|not a regular file/i);
  });

  it('a dangling link (the file was removed between listing and reading)', async () => {
    const target = file('gone-target.txt', sample);
    const link = path.join(dir, 'gone.txt');
    symlinkSync(target, link);
    unlinkSync(target);
    await refusal(link, /no such file|removed|does not exist/i);
  });

  it('a missing file', async () => {
    await refusal(path.join(dir, 'never-there.txt'), /no such file|does not exist|missing/i);
  });

  it('a very long single line (1 MiB, no line break, no full stop): refused by the line-length limit', async () => {
    const line = 'la situation reste tendue à la frontière entre la Corée du Nord et la Russie selon Kiev '.repeat(12_000);
    await refusal(file('one-line.txt', line.slice(0, 1024 * 1024)), /one-line\.txt: line 1 is \d{7} characters long \(limit 100000\)/);
  });
});

describe('awkward but valid files read as the same text as the clean UTF-8 article', () => {
  it('Windows-1252 / Latin-1, with a warning', () => {
    const latin = toWindows1252(sample);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(latin)).toThrow();
    const decoded = decodeArticleBytes(latin, 'latin1.txt');
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.warnings.join(' ')).toMatch(/Windows-1252/);
    expect(decoded.text).toBe(clean);
  });

  it('UTF-8 with a byte order mark (dropped)', () => {
    const decoded = decodeArticleBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sample)]), 'bom.txt');
    expect(decoded.text).toBe(clean);
    expect(decoded.text.startsWith('\uFEFF')).toBe(false);
  });

  it('UTF-16 with a byte order mark', () => {
    const decoded = decodeArticleBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sample, 'utf16le')]), 'utf16.txt');
    expect(decoded.encoding).toBe('utf-16le');
    expect(decoded.text).toBe(clean);
  });

  it('CRLF line endings', () => {
    expect(decodeArticleBytes(Buffer.from(sample.replace(/\n/g, '\r\n')), 'crlf.txt').text).toBe(clean);
  });

  it('control characters and a terminal colour code: removed, with a warning', () => {
    const noisy = sample.replace(/Corée/g, 'Cor\u0007ée').replace(/\n/g, '\u0001\n').replace('Russie', 'Rus\u001b[31msie');
    const decoded = decodeArticleBytes(Buffer.from(noisy), 'controls.txt');
    expect(decoded.text).toBe(clean);
    expect(decoded.warnings.join(' ')).toMatch(/removed \d+ control character/);
  });

  it('an HTML page: text kept, tags, scripts, styles and navigation dropped', async () => {
    const page = await readArticleFile(path.join(FIXTURES, 'page.html'), 'test');
    expect(page.format).toBe('html');
    expect(page.text).toContain('Corée du Nord');
    expect(page.text).toContain('10\u00A0000');
    expect(page.text).not.toMatch(/<|>|dataLayer|document\.|color:|Accueil|Abonnez|mentions légales|ne pas garder|&[a-z]+;/);
    const doc = extractDocument(page.text, { source: page.source, language: page.language });
    expect(doc.article.title).toContain('La Corée du Nord envoie des soldats en Russie');
    expect(doc.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['country:KP', 'country:RU']));
  }, 60_000);

  it('an article in English: countries and persons still found, with a language warning', async () => {
    const en = await readArticleFile(path.join(FIXTURES, 'english.en.txt'), 'test');
    expect(en.language).toBe('en');
    expect(en.warnings.join(' ')).toMatch(/English/);
    const doc = extractDocument(en.text, { source: en.source, language: en.language });
    expect(doc.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['country:KP', 'country:RU', 'country:UA']));
    expect(doc.nodes.filter((n) => n.label === 'Person').length).toBeGreaterThanOrEqual(2);
  });
});

describe('extreme but possible text is read or refused, never half-read', () => {
  it('a whole article on one 40 000-character line (sentences, no line break): read and extracted', () => {
    const flat = `${sample.replace(/\n/g, ' ').repeat(5)} Dépêche 1.`;
    const decoded = decodeArticleBytes(Buffer.from(flat), 'flat-line.txt');
    expect(decoded.text.length).toBeGreaterThan(40_000);
    expect(extractDocument(decoded.text).sentences.length).toBeGreaterThan(100);
  }, 60_000);

  it('an article with no letter at all (numbers and punctuation only): refused like an empty file', () => {
    expect(() => decodeArticleBytes(Buffer.from('— 12 — 34 —\n* * *\n56 / 78 / 90\n'), 'no-sentence.txt')).toThrow(/no letters at all/);
  });
});

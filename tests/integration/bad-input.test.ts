import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readRows, type Db } from '@/lib/neo4j/driver';
import { decodeArticleBytes, MAX_ARTICLE_BYTES } from '@/lib/ingest/decode';
import { CP1252_C1 } from '@/lib/ingest/html';
import { loadSample, SAMPLE_ARTICLE, snapshot, testDb } from '../helpers/db';

// The real load CLI (scripts/load.ts through tsx) against the test Neo4j, fed bad or awkward input.
// Each case either loads correctly or exits 2 with one line naming the file — and then the database is
// unchanged (snapshot: counts + every id), even though a good, never-loaded article comes first in the batch.

const FIXTURES = path.resolve('tests', 'fixtures', 'bad-input');
const TSX = path.resolve('node_modules', '.bin', 'tsx');
const dir = mkdtempSync(path.join(tmpdir(), 'trame-bad-input-'));
const sample = readFileSync(SAMPLE_ARTICLE, 'utf8');

let db: Db;
let sampleId: string;

beforeAll(async () => {
  db = testDb();
  await loadSample(db);
  [{ id: sampleId }] = await readRows<{ id: string }>(db, 'MATCH (a:Article) RETURN a.id AS id');
});

afterAll(async () => {
  await db?.driver.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

function runLoad(files: string[], extra: string[] = [], timeoutMs = 120_000): Run {
  const t0 = Date.now();
  const r = spawnSync(TSX, ['scripts/load.ts', '--quiet', ...extra, ...files], {
    encoding: 'utf8',
    env: { ...process.env, NEO4J_URI: process.env.TRAME_TEST_NEO4J_URI },
    timeout: timeoutMs,
    maxBuffer: 16 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - t0 };
}

function file(name: string, content: string | Uint8Array): string {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
}

/** A good French article no earlier run loaded (its id is new): if a batch wrote anything, it would show. */
function freshArticle(): string {
  const lines = sample.split('\n').slice(2, 8);
  return file(`fresh-${randomUUID()}.txt`, `${lines.join('\n')}\nRéférence de dépêche ${randomUUID()}.\n`);
}

/** Encodes text as Windows-1252 (fails on characters it cannot hold). */
function toWindows1252(text: string): Buffer {
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

async function sampleArticle(): Promise<{ source: string; sentences: number }> {
  const [row] = await readRows<{ source: string; sentences: number }>(
    db,
    'MATCH (a:Article {id: $id}) RETURN a.source AS source, COUNT { (a)-[:HAS_SENTENCE]->() } AS sentences',
    { id: sampleId },
  );
  return row;
}

/** Refused: exit 2, exactly one stderr line naming the file (and matching `reason`), nothing written. */
async function expectRefused(bad: string, reason: RegExp, timeoutMs = 120_000): Promise<Run> {
  const before = await snapshot(db);
  const r = runLoad([freshArticle(), bad], [], timeoutMs);
  expect(r.status, r.stderr).toBe(2);
  const lines = r.stderr.trim().split('\n');
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toContain(path.basename(bad));
  expect(lines[0]).toMatch(reason);
  expect(await snapshot(db)).toEqual(before);
  return r;
}

/** Loaded as the very same article as the UTF-8 sample: same id, so nothing new appears; its source is updated. */
async function expectSameAsSample(variant: string): Promise<Run> {
  const before = await snapshot(db);
  const r = runLoad([variant]);
  expect(r.status, r.stderr).toBe(0);
  expect(await snapshot(db)).toEqual(before);
  expect((await sampleArticle()).source).toBe(path.basename(variant));
  return r;
}

describe('the loader refuses unusable files with exit 2, one line, and an untouched database', () => {
  it('an empty file', async () => {
    await expectRefused(file('empty.txt', ''), /empty/i);
  });

  it('a whitespace-only file', async () => {
    await expectRefused(file('blank.txt', ' \n\t\r\n  \u00A0\n'), /whitespace|empty|no text/i);
  });

  it('an image (PNG bytes under a .txt name)', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000' + '1f15c4890000000a49444154789c6300010000050001', 'hex');
    await expectRefused(file('photo.txt', png), /PNG|binary|not a text/i);
  });

  it('a directory', async () => {
    const d = path.join(dir, 'folder.txt');
    mkdirSync(d, { recursive: true });
    await expectRefused(d, /directory/i);
  });

  it('invalid UTF-8 (a damaged file: bad bytes among valid UTF-8)', async () => {
    const bytes = Buffer.from(sample, 'utf8');
    const damaged = Buffer.concat([bytes.subarray(0, 2000), Buffer.from([0xff, 0xc3, 0x28]), bytes.subarray(2000)]);
    const r = await expectRefused(file('damaged.txt', damaged), /invalid UTF-8 at byte \d+/);
    expect(r.stderr).toMatch(/byte 2000/);
  });

  it('text with a NUL byte', async () => {
    await expectRefused(file('nul.txt', Buffer.concat([Buffer.from(sample.slice(0, 500)), Buffer.from([0]), Buffer.from(sample.slice(500))])), /NUL|binary/i);
  });

  it(`a 20 MB text (over the ${MAX_ARTICLE_BYTES / 1024 / 1024} MiB limit), quickly and without reading it all`, async () => {
    const big = path.join(dir, 'huge.txt');
    writeFileSync(big, Buffer.alloc(20 * 1024 * 1024, 'La Corée du Nord. '));
    const r = await expectRefused(big, /too large.*20\.0 MiB.*limit 5\.0 MiB/);
    expect(r.ms).toBeLessThan(30_000);
  });

  it('a named pipe (FIFO) without hanging', async () => {
    const fifo = path.join(dir, 'pipe.txt');
    const mk = spawnSync('mkfifo', [fifo]);
    expect(mk.status).toBe(0);
    const r = await expectRefused(fifo, /pipe|FIFO|not a regular file/i, 60_000);
    expect(r.ms).toBeLessThan(30_000);
  });

  it('a file removed between listing and reading (dangling link)', async () => {
    const target = file('gone-target.txt', sample);
    const link = path.join(dir, 'gone.txt');
    symlinkSync(target, link);
    unlinkSync(target);
    await expectRefused(link, /no such file|removed|does not exist/i);
  });

  it('a missing file', async () => {
    await expectRefused(path.join(dir, 'never-there.txt'), /no such file|does not exist|missing/i);
  });

  it('a malformed --date and a nonsense --batch-size', async () => {
    const before = await snapshot(db);
    for (const extra of [['--date', '24/11/2026'], ['--batch-size', '0']]) {
      const r = runLoad([freshArticle()], extra);
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('the loader reads awkward but valid files correctly', () => {
  it('Windows-1252 / Latin-1 text: decoded (same article as the UTF-8 file) with a warning', async () => {
    const latin = file('latin1.txt', toWindows1252(sample));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(latin))).toThrow();
    await expectSameAsSample(latin);
    const decoded = decodeArticleBytes(readFileSync(latin), latin);
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.warnings.join(' ')).toMatch(/Windows-1252/);
    expect(decoded.text).toContain('Corée du Nord');
  });

  it('UTF-8 with a byte order mark', async () => {
    await expectSameAsSample(file('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sample)])));
    const [{ title }] = await readRows<{ title: string }>(db, 'MATCH (a:Article {id: $id}) RETURN a.title AS title', { id: sampleId });
    expect(title.startsWith('\uFEFF')).toBe(false);
  });

  it('UTF-16 with a byte order mark', async () => {
    await expectSameAsSample(file('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sample, 'utf16le')])));
  });

  it('CRLF line endings', async () => {
    await expectSameAsSample(file('crlf.txt', sample.replace(/\n/g, '\r\n')));
  });

  it('control characters (removed, with a warning)', async () => {
    const noisy = sample.replace(/Corée/g, 'Cor\u0007ée').replace(/\n/g, '\u0001\n').replace('Russie', 'Rus\u001b[31msie');
    await expectSameAsSample(file('controls.txt', noisy));
    const [{ bad }] = await readRows<{ bad: number }>(
      db,
      'MATCH (s:Sentence {article: $id}) WHERE s.text =~ $re RETURN count(s) AS bad',
      { id: sampleId, re: '(?s).*[\\x00-\\x08\\x0E-\\x1F\\x7F].*' },
    );
    expect(bad).toBe(0);
  });

  it('an HTML page: text kept, tags, scripts, styles and navigation dropped', async () => {
    const page = path.join(FIXTURES, 'page.html');
    const r = runLoad([page]);
    expect(r.status, r.stderr).toBe(0);
    const rows = await readRows<{ id: string; title: string; texts: string[]; countries: string[] }>(
      db,
      `MATCH (a:Article {source: 'page.html'})-[:HAS_SENTENCE]->(s:Sentence)
       OPTIONAL MATCH (s)-[:MENTIONS]->(c:Country)
       RETURN a.id AS id, a.title AS title, collect(DISTINCT s.text) AS texts, collect(DISTINCT c.id) AS countries`,
    );
    expect(rows).toHaveLength(1);
    const all = rows[0].texts.join('\n');
    expect(all).toContain('Corée du Nord');
    expect(all).toContain('10\u00A0000');
    expect(all).not.toMatch(/<|>|dataLayer|document\.|color:|Accueil|Abonnez|mentions légales|ne pas garder|&[a-z]+;/);
    expect(rows[0].title).toContain('La Corée du Nord envoie des soldats en Russie');
    expect(rows[0].countries).toEqual(expect.arrayContaining(['country:KP', 'country:RU']));
  });

  it('an article in English: countries and persons still found, with a language warning', async () => {
    const en = path.join(FIXTURES, 'english.en.txt');
    const r = runLoad([en]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/warning.*(language|English|\ben\b)/i);
    const [row] = await readRows<{ countries: string[]; persons: string[] }>(
      db,
      `MATCH (a:Article {source: 'english.en.txt'})-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(n)
       RETURN collect(DISTINCT CASE WHEN n:Country THEN n.id END) AS countries, collect(DISTINCT CASE WHEN n:Person THEN n.id END) AS persons`,
    );
    expect(row.countries).toEqual(expect.arrayContaining(['country:KP', 'country:RU', 'country:UA']));
    expect(row.persons.length).toBeGreaterThanOrEqual(2);
  });
});

describe('the loader stays bounded or refuses clearly on extreme but possible text', () => {
  /** Either loaded (exit 0, the article is there) or refused (exit 2, one line, nothing written). */
  async function loadsOrRefuses(bad: string, timeoutMs = 120_000): Promise<Run> {
    const before = await snapshot(db);
    const r = runLoad([bad], [], timeoutMs);
    expect([0, 2], r.stderr).toContain(r.status);
    if (r.status === 2) {
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(await snapshot(db)).toEqual(before);
    } else {
      const [{ n }] = await readRows<{ n: number }>(db, 'MATCH (a:Article {source: $s}) RETURN count(a) AS n', { s: path.basename(bad) });
      expect(n).toBe(1);
    }
    return r;
  }

  it('a very long single line (1 MiB, no line break, no full stop): refused by the line-length limit, at once', async () => {
    const line = 'la situation reste tendue à la frontière entre la Corée du Nord et la Russie selon Kiev '.repeat(12_000);
    const before = await snapshot(db);
    const r = runLoad([freshArticle(), file('one-line.txt', line.slice(0, 1024 * 1024))]);
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/one-line\.txt: line 1 is \d{7} characters long \(limit 100000\)/);
    expect(r.ms).toBeLessThan(30_000);
    expect(await snapshot(db)).toEqual(before);
  });

  it('a whole article on one 40 000-character line (sentences, no line break): loaded', async () => {
    const flat = sample.replace(/\n/g, ' ').repeat(5);
    const r = await loadsOrRefuses(file('flat-line.txt', `${flat} Dépêche ${randomUUID()}.`));
    expect(r.status, r.stderr).toBe(0);
    expect(r.ms).toBeLessThan(60_000);
  });

  it('an article with no letters at all (numbers and punctuation only), like an empty file', async () => {
    await expectRefused(file('no-sentence.txt', '— 12 — 34 —\n* * *\n56 / 78 / 90\n'), /no letters/);
    await expectRefused(file('dots.txt', '...'), /no letters/);
  });

  it('a file removed while the load runs: either read before it went (all loaded) or refused (nothing written)', async () => {
    const files = Array.from({ length: 4 }, () => freshArticle());
    const victim = files[3];
    const before = await snapshot(db);
    const child = spawn(TSX, ['scripts/load.ts', '--quiet', ...files], {
      env: { ...process.env, NEO4J_URI: process.env.TRAME_TEST_NEO4J_URI },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    await new Promise((r) => setTimeout(r, 300));
    unlinkSync(victim);
    const status = await new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    expect([0, 2], stderr).toContain(status);
    if (status === 2) {
      expect(stderr).toContain(path.basename(victim));
      expect(await snapshot(db)).toEqual(before);
    } else {
      const [{ n }] = await readRows<{ n: number }>(db, 'MATCH (a:Article) WHERE a.source IN $s RETURN count(a) AS n', {
        s: files.map((f) => path.basename(f)),
      });
      expect(n).toBe(4);
    }
  });
});

describe('the sample article is still whole after all of this', () => {
  it('has all its sentences', async () => {
    const now = await sampleArticle();
    expect(now.sentences).toBeGreaterThan(30);
  });
});

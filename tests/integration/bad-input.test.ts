import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readRows, type Db } from '@/lib/neo4j/driver';
import { toWindows1252 } from '@/tests/helpers/encodings';
import { loadSample, SAMPLE_ARTICLE, snapshot, testDb } from '../helpers/db';
import { runCli, SERVER_CONDITION } from '@/tests/helpers/cli';

// The real load CLI (scripts/load.ts through tsx) against the test Neo4j, fed bad or awkward input: what
// only a process and a database can show — exit codes, one stderr line, a batch written all or nothing.
// How each kind of file is decoded or refused is tested on the decoder itself (tests/unit/ingest/decode.test.ts).

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
}

function runLoad(files: string[], extra: string[] = []): Run {
  const r = runCli('load', ['--quiet', ...extra, ...files], { NEO4J_URI: process.env.TRAME_TEST_NEO4J_URI });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
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

async function sampleArticle(): Promise<{ source: string; sentences: number }> {
  const [row] = await readRows<{ source: string; sentences: number }>(
    db,
    'MATCH (a:Article {id: $id}) RETURN a.source AS source, COUNT { (a)-[:HAS_SENTENCE]->() } AS sentences',
    { id: sampleId },
  );
  return row;
}

describe('the load CLI on bad input: exit 2, one line naming the file, an untouched database', () => {
  it('a damaged file after a good, never-loaded article: the whole batch is refused', async () => {
    const bytes = Buffer.from(sample, 'utf8');
    const damaged = file('damaged.txt', Buffer.concat([bytes.subarray(0, 2000), Buffer.from([0xff, 0xc3, 0x28]), bytes.subarray(2000)]));
    const before = await snapshot(db);
    const r = runLoad([freshArticle(), damaged]);
    expect(r.status, r.stderr).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines, r.stderr).toHaveLength(1);
    expect(lines[0]).toMatch(/damaged\.txt: invalid UTF-8 at byte 2000/);
    expect(await snapshot(db)).toEqual(before);
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

describe('the load CLI on awkward but valid input', () => {
  it('Windows-1252 text loads as the very same article as the UTF-8 file, with a warning', async () => {
    const latin = file('latin1.txt', toWindows1252(sample));
    const before = await snapshot(db);
    const r = runLoad([latin]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/warning: .*latin1\.txt: .*Windows-1252/);
    expect(await snapshot(db)).toEqual(before);
    expect((await sampleArticle()).source).toBe('latin1.txt');
  }, 180_000);

  it('a file removed while the load runs: either read before it went (all loaded) or refused (nothing written)', async () => {
    const files = Array.from({ length: 4 }, () => freshArticle());
    const victim = files[3];
    const before = await snapshot(db);
    const child = spawn(TSX, [SERVER_CONDITION, 'scripts/load.ts', '--quiet', ...files], {
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

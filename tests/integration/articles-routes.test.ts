// POST /api/articles (preview, load) and DELETE /api/articles/:id against the real Neo4j: DESIGN §8's rules
// (same-origin, auth or loopback, size cap, one transaction) and "load then retract leaves the graph as it was".
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GET as list, POST as articles } from '@/app/api/articles/route';
import { DELETE as retract } from '@/app/api/articles/[id]/route';
import { maxUploadBytes } from '@/lib/articles/upload';
import * as contract from '@/lib/api/contract';
import { closeSharedDb, readRows, type Db } from '@/lib/neo4j/driver';
import { contractBody as parsed } from '@/tests/helpers/contract-body';
import { loadSample, snapshot, testDb } from '@/tests/helpers/db';

const ARTICLE = readFileSync(path.resolve('data', 'articles', 'obus-nord-coreens-rason.fr.txt'));
const BASE = 'http://127.0.0.1:3000';

function send(body: BodyInit, mode: 'preview' | 'load', headers: Record<string, string> = {}, base = BASE): Promise<Response> {
  return articles(new Request(`${base}/api/articles?mode=${mode}`, { method: 'POST', body, headers: { 'content-type': 'text/plain', ...headers }, duplex: 'half' } as RequestInit));
}
const del = (id: string, headers: Record<string, string> = {}) =>
  retract(new Request(`${BASE}/api/articles/${id}`, { method: 'DELETE', headers }), { params: Promise.resolve({ id }) });

async function countsByLabelAndType(db: Db): Promise<unknown> {
  return readRows(
    db,
    `CALL { MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS c ORDER BY l } WITH collect([l, c]) AS labels
     CALL { MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c ORDER BY t } RETURN labels, collect([t, c]) AS types`,
  );
}

let db: Db;

beforeAll(async () => {
  process.env.NEO4J_URI = process.env.TRAME_TEST_NEO4J_URI;
  db = testDb();
  await loadSample(db);
});

afterEach(() => {
  delete process.env.TRAME_AUTH;
});

afterAll(async () => {
  await closeSharedDb();
  await db.driver.close();
});

describe('POST /api/articles?mode=preview', () => {
  it('shows sentences with highlighted spans, facts and known entities, and writes nothing', async () => {
    const before = await snapshot(db);
    const res = await send(ARTICLE, 'preview', { 'x-trame-filename': encodeURIComponent('obus-nord-coréens.txt') });
    const preview = await parsed(res, contract.articlePreviewSchema);
    expect(preview.article.source).toBe('obus-nord-coréens.txt');
    expect(preview.alreadyLoaded).toBe(false);
    const spans = preview.sentences.flatMap((s) => s.spans.map((sp) => ({ sp, text: s.text })));
    expect(spans.length).toBeGreaterThan(3);
    for (const { sp, text } of spans) expect(text.slice(sp.start, sp.end).toLowerCase()).toBe(sp.text.toLowerCase());
    expect(preview.facts.some((f) => f.type === 'SENT' || f.type === 'TO')).toBe(true);
    // The sample article already brought North Korea and Russia: the preview says they will be merged into.
    expect(preview.entities.find((e) => e.id === 'country:KP')?.existing).toBe(true);
    expect(preview.entities.some((e) => !e.existing)).toBe(true);
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a file with no letters with the decoder one-line reason', async () => {
    const res = await send('...', 'preview');
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatchObject({ code: 'BAD_ARTICLE', message: expect.stringContaining('no letters') });
  });
});

describe('load then retract', () => {
  it('loads in one go, lists the article, and retracting it leaves every count as before', async () => {
    const before = await snapshot(db);
    const countsBefore = await countsByLabelAndType(db);
    const { article, loaded: result } = await parsed(await send(ARTICLE, 'load'), contract.articleLoadSchema);
    expect(result.sentences).toBeGreaterThan(0);
    expect((await snapshot(db)).nodes).toBeGreaterThan(before.nodes);
    const listed = await parsed(await list(new Request(`${BASE}/api/articles`)), contract.articlesSchema);
    expect(listed.articles.map((a) => a.id)).toContain(article.id);
    expect((await parsed(await send(ARTICLE, 'preview'), contract.articlePreviewSchema)).alreadyLoaded).toBe(true);

    expect(await parsed(await del(article.id), contract.articleRetractSchema)).toEqual({ retracted: article.id });
    expect(await snapshot(db)).toEqual(before);
    expect(await countsByLabelAndType(db)).toEqual(countsBefore);
    expect((await del(article.id)).status).toBe(404);
  });

  it('refuses an id that is not an article id', async () => {
    expect((await del('not-an-id')).status).toBe(400);
  });
});

describe('who may write', () => {
  it('with TRAME_AUTH: 401 without credentials, 200 with them', async () => {
    process.env.TRAME_AUTH = 'ana:s3cret';
    expect((await send(ARTICLE, 'preview')).status).toBe(401);
    const auth = `Basic ${Buffer.from('ana:s3cret').toString('base64')}`;
    expect((await send(ARTICLE, 'preview', { authorization: auth }, 'http://trame.example')).status).toBe(200);
  });

  it('without TRAME_AUTH: a non-loopback host or client is refused 403', async () => {
    const before = await snapshot(db);
    const byHost = await send(ARTICLE, 'load', {}, 'http://trame.example');
    expect(byHost.status).toBe(403);
    expect((await byHost.json()).error.code).toBe('WRITE_FORBIDDEN');
    expect((await send(ARTICLE, 'load', { 'x-forwarded-for': '203.0.113.9' })).status).toBe(403);
    expect((await del('0123456789abcdef', { 'x-forwarded-for': '203.0.113.9' })).status).toBe(403);
    expect(await snapshot(db)).toEqual(before);
  });

  it('cross-origin requests are refused 403, even from loopback', async () => {
    const res = await send(ARTICLE, 'load', { origin: 'http://evil.test', 'sec-fetch-site': 'cross-site' });
    expect(res.status).toBe(403);
    expect((await res.json()).error.code).toBe('CROSS_ORIGIN');
    expect((await del('0123456789abcdef', { origin: 'http://evil.test' })).status).toBe(403);
  });

  it('an article over the size cap is refused 413, chunked too, with nothing written', async () => {
    const before = await snapshot(db);
    const big = Buffer.alloc(maxUploadBytes() + 1, 'Le texte. ');
    expect((await send(big, 'load')).status).toBe(413);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 40; i++) controller.enqueue(new Uint8Array(64 * 1024).fill(65));
        controller.close();
      },
    });
    expect((await send(stream, 'load')).status).toBe(413);
    expect(await snapshot(db)).toEqual(before);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDb, readRows, writeRows, writeTransaction, type Db } from '@/lib/neo4j/driver';
import { neo4jConfigFromEnv } from '@/lib/neo4j/config';
import { prepareArticles } from '@/lib/ingest/load-articles';
import { startNeo4j, stopNeo4j } from '../../scripts/neo4j/server.mjs';
import { resetDb, SAMPLE_ARTICLE, snapshot, testDb } from '../helpers/db';
import { runCli, SERVER_CONDITION } from '@/tests/helpers/cli';

// Neo4j faults, for real: a Neo4j of this file's own (port TRAME_TEST_NEO4J_PORT + 100, data in
// .neo4j/faults-<port>) is stopped, SIGKILLed in the middle of a multi-article load and restarted.
// The shared test instance is never touched by the kills.

const TSX = path.resolve('node_modules', '.bin', 'tsx');
const PORT = Number(process.env.TRAME_TEST_NEO4J_PORT ?? 7688) + 100;
const DATA_DIR = path.resolve('.neo4j', `faults-${PORT}`);
const URI = `bolt://127.0.0.1:${PORT}`;
const dir = mkdtempSync(path.join(tmpdir(), 'trame-faults-'));
const sample = readFileSync(SAMPLE_ARTICLE, 'utf8');

let db: Db | undefined;
let pid: number | null = null;

// Deadlines for things that take seconds on an idle machine and minutes on a busy one: generous, so the
// tests wait on events (a progress line, an exit) rather than on the clock, and fail with what was awaited.
const LOAD_DEADLINE_MS = 300_000;
const START_DEADLINE_MS = 300_000;

function runLoad(files: string[], deadlineMs = LOAD_DEADLINE_MS) {
  return runCli('load', ['--quiet', ...files], { NEO4J_URI: URI }, deadlineMs);
}

/** `promise`, or a failure naming what was awaited once `ms` have passed. */
async function within<T>(promise: Promise<T>, ms: number, what: () => string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what()} (waited ${ms / 1000} s)`)), ms);
  });
  try {
    return await Promise.race([promise, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

async function start(): Promise<void> {
  const r = await startNeo4j({ port: PORT, dataDir: DATA_DIR, log: () => {} });
  pid = r.pid;
  db ??= openDb({ ...neo4jConfigFromEnv(), uri: URI });
}

/** Distinct articles (each its own id), big enough that one article's transaction takes a while with --batch-size 1. */
function articles(n: number): string[] {
  return Array.from({ length: n }, (_, i) => {
    const p = path.join(dir, `crash-${i + 1}.txt`);
    writeFileSync(p, `${sample}\nDépêche numéro ${i + 1} de la série sur les transferts.\n`);
    return p;
  });
}

beforeAll(async () => {
  rmSync(DATA_DIR, { recursive: true, force: true });
});

afterAll(async () => {
  await db?.driver.close();
  await stopNeo4j({ dataDir: DATA_DIR, port: PORT });
  rmSync(dir, { recursive: true, force: true });
  rmSync(DATA_DIR, { recursive: true, force: true });
});

describe('Neo4j down or killed under the loader', () => {
  it('Neo4j stopped before a load: the CLI gives up by itself, exit 1 naming the URI and what to do', () => {
    // Bounded by the run's own deadline: a loader that kept retrying would be killed there (signal set, no status).
    const r = runLoad([SAMPLE_ARTICLE], 30_000);
    expect(r.signal, 'the loader did not give up on a stopped Neo4j by itself').toBeNull();
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toContain(URI);
    expect(r.stderr).toMatch(/npm run neo4j:start|NEO4J_URI/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  }, 60_000);

  it('Neo4j SIGKILLed mid-load: committed articles whole, the interrupted one without trace, a rerun finishes the job', async () => {
    await within(start(), START_DEADLINE_MS, () => `the faults Neo4j did not start on ${URI}`);
    const files = articles(6);
    const prepared = await prepareArticles(files);
    const ids = prepared.map((p) => p.doc.article.id);
    expect(new Set(ids).size).toBe(files.length);
    const expectedSentences = new Map(prepared.map((p) => [p.doc.article.id, p.doc.sentences.length]));

    // Load without --quiet: one progress line per committed article on stderr. --batch-size 1 makes every
    // article's transaction hundreds of statements long, so the kill lands inside one.
    const child = spawn(TSX, [SERVER_CONDITION, 'scripts/load.ts', '--batch-size', '1', ...files], {
      env: { ...process.env, NEO4J_URI: URI },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const twoCommitted = new Promise<void>((resolve) => {
      child.stderr.on('data', (d) => {
        stderr += d;
        if ((stderr.match(/^load: .*crash-\d+\.txt/gm) ?? []).length >= 2) resolve();
      });
    });
    // Two committed articles, or the loader gone early: either ends the wait, the deadline only a hang.
    await within(Promise.race([twoCommitted, exit]), LOAD_DEADLINE_MS, () => `no second committed article:\n${stderr}`);
    expect(child.exitCode, `the loader exited before the kill:\n${stderr}`).toBeNull();
    // A moment for the third article's transaction to begin, so the kill lands inside it.
    await new Promise((r) => setTimeout(r, 150));
    process.kill(pid!, 'SIGKILL');
    // The loader must notice the dead server and give up (its retries last 15 s), not hang.
    const status = await within(exit, 180_000, () => `the loader still runs after Neo4j was killed:\n${stderr}`);
    const committedFiles = [...stderr.matchAll(/^load: (.*crash-\d+\.txt) —/gm)].map((m) => m[1]);
    expect(status, stderr).toBe(1);
    expect(stderr).toContain(URI);
    expect(committedFiles.length).toBeGreaterThanOrEqual(2);
    expect(committedFiles.length).toBeLessThan(files.length);

    await within(start(), START_DEADLINE_MS, () => `the faults Neo4j did not restart on ${URI}`);
    const committed = new Set(committedFiles.map((f) => ids[files.indexOf(f)]));
    const rows = await readRows<{ id: string; sentenceCount: number; sentences: number }>(
      db!,
      'MATCH (a:Article) RETURN a.id AS id, a.sentenceCount AS sentenceCount, COUNT { (a)-[:HAS_SENTENCE]->() } AS sentences',
    );
    // Committed articles are complete: every sentence there.
    expect(new Set(rows.map((r) => r.id))).toEqual(committed);
    for (const r of rows) {
      expect(r.sentences).toBe(expectedSentences.get(r.id));
      expect(r.sentenceCount).toBe(r.sentences);
    }
    // The interrupted and later articles left nothing: no sentence, no per-article entity, no provenance.
    const others = ids.filter((id) => !committed.has(id));
    const [trace] = await readRows<{ sentences: number; entities: number; rels: number }>(
      db!,
      `CALL { MATCH (s:Sentence) WHERE s.article IN $ids RETURN count(s) AS sentences }
       CALL { MATCH (n:Entity) WHERE n.article IN $ids OR any(a IN coalesce(n.articles, []) WHERE a IN $ids) RETURN count(n) AS entities }
       CALL { MATCH ()-[r]->() WHERE any(a IN coalesce(r.articles, []) WHERE a IN $ids) RETURN count(r) AS rels }
       RETURN sentences, entities, rels`,
      { ids: others },
    );
    expect(trace).toEqual({ sentences: 0, entities: 0, rels: 0 });

    // Rerun: finishes the job; a second rerun changes nothing (idempotent).
    const rerun = runLoad(files);
    expect(rerun.status, rerun.stderr).toBe(0);
    const afterRerun = await snapshot(db!);
    const [{ n }] = await readRows<{ n: number }>(db!, 'MATCH (a:Article) RETURN count(a) AS n');
    expect(n).toBe(files.length);
    expect(runLoad(files).status).toBe(0);
    expect(await snapshot(db!)).toEqual(afterRerun);

    // And the result equals a load that never crashed.
    await resetDb(db!);
    expect(runLoad(files).status).toBe(0);
    expect(await snapshot(db!)).toEqual(afterRerun);
  }, 1_800_000);
});

describe('transient errors are retried by managed transactions', () => {
  let shared: Db;
  beforeAll(() => {
    shared = testDb();
  });
  afterAll(async () => {
    await writeRows(shared, 'MATCH (n:FaultProbe) DETACH DELETE n');
    await shared.driver.close();
  });

  it('a deadlock between two writers is retried (executeWrite) and both commit', async () => {
    await writeRows(shared, 'MATCH (n:FaultProbe) DETACH DELETE n');
    await writeRows(shared, 'CREATE (:FaultProbe {id: 1, v: 0}), (:FaultProbe {id: 2, v: 0})');
    const attempts = { a: 0, b: 0 };
    let bothLocked!: () => void;
    const firstLocks = new Promise<void>((r) => (bothLocked = r));
    let locked = 0;
    const lockedOne = () => {
      if (++locked === 2) bothLocked();
    };
    const writer = (name: 'a' | 'b', first: number, second: number) =>
      writeTransaction(shared, async (tx) => {
        attempts[name]++;
        await tx.run('MATCH (n:FaultProbe {id: $id}) SET n.v = n.v + 1', { id: first });
        if (attempts[name] === 1) {
          lockedOne();
          await Promise.race([firstLocks, new Promise((r) => setTimeout(r, 5_000))]);
        }
        await tx.run('MATCH (n:FaultProbe {id: $id}) SET n.v = n.v + 1', { id: second });
      });
    await Promise.all([writer('a', 1, 2), writer('b', 2, 1)]);
    // One of them hit DeadlockDetected (a transient error) and was run again.
    expect(attempts.a + attempts.b).toBeGreaterThanOrEqual(3);
    const rows = await readRows<{ id: number; v: number }>(shared, 'MATCH (n:FaultProbe) RETURN n.id AS id, n.v AS v ORDER BY id');
    expect(rows).toEqual([
      { id: 1, v: 2 },
      { id: 2, v: 2 },
    ]);
  });
});

import 'server-only';
import neo4j from 'neo4j-driver';
import type { ArticleSummary } from '../api/contract';
import type { GraphDocument } from '../graph/schema';
import { type Db, verify } from './driver';
import { loadDocument, retractArticle as retractLoaded, type LoadResult } from './load';
import { runQuery } from './queries';
import { ensureSchema } from './schema';

// Articles as the browser manages them: list, which entities already exist, load, retract.
// A load and a retraction are the loader's, one transaction each.

const TIMEOUT_MS = 10_000;
// A request must not hang on a frozen Neo4j (verify() first answers that within the read deadline), yet a
// write's first run on a cold, busy server takes seconds: the write itself gets a longer deadline.
const LOAD_DEADLINE_MS = 30_000;

/** The loaded articles, newest load first (at most `limit`). */
export async function listArticles(db: Db, limit = 500): Promise<ArticleSummary[]> {
  return runQuery(db, 'articles/list', { limit: neo4j.int(limit) }, { timeoutMs: TIMEOUT_MS });
}

/** The ids among `ids` that are already entities of the graph, with their stored names. */
export async function existingEntities(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await runQuery(db, 'articles/existing', { ids }, { timeoutMs: TIMEOUT_MS });
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Whether an article with this id is loaded. */
export async function articleExists(db: Db, articleId: string): Promise<boolean> {
  const [row] = await runQuery(db, 'articles/exists', { articleId }, { timeoutMs: TIMEOUT_MS });
  return Boolean(row?.exists);
}

/** Loads one extracted article: schema first, then the loader's single transaction (all of it or nothing). */
export async function loadArticle(db: Db, doc: GraphDocument): Promise<LoadResult> {
  await verify(db);
  await ensureSchema(db);
  return loadDocument(db, doc, { timeoutMs: 60_000, deadlineMs: LOAD_DEADLINE_MS });
}

/** Retracts an article and everything it brought, in one transaction (the loader's retraction); false when unknown. */
export async function retractArticle(db: Db, articleId: string): Promise<boolean> {
  // A frozen Neo4j answers nothing: found out within the read deadline, before a write that may take longer.
  await verify(db);
  return retractLoaded(db, articleId, { timeoutMs: 60_000, deadlineMs: LOAD_DEADLINE_MS });
}

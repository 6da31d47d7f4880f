import { afterAll, beforeAll } from 'vitest';
import { closeSharedDb, type Db } from '@/lib/neo4j/driver';
import { loadSample, testDb } from './db';

/** Registers the usual file hooks: the sample loaded into the test Neo4j before the tests, the driver closed after. */
export function useSampleDb(onOpen: (db: Db) => void, files?: string[]): void {
  let db: Db | undefined;
  beforeAll(async () => {
    db = testDb();
    onOpen(db);
    await loadSample(db, files);
  });
  afterAll(async () => {
    await db?.driver.close();
  });
}

/** Hooks for files that call route handlers directly: the sample loaded, the routes' shared driver pointed at the test Neo4j and closed after. */
export function useSampleRoutes(): void {
  beforeAll(async () => {
    process.env.NEO4J_URI = process.env.TRAME_TEST_NEO4J_URI;
    const db = testDb();
    await loadSample(db);
    await db.driver.close();
  });
  afterAll(async () => {
    await closeSharedDb();
  });
}

/** A request to a route handler, as Next would pass it. */
export const routeRequest = (url: string, init?: RequestInit) => new Request(`http://trame.test${url}`, init);

/** The params argument of a dynamic `[id]` route. */
export const routeParams = (id: string) => ({ params: Promise.resolve({ id: encodeURIComponent(id) }) });

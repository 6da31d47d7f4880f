import { afterAll, beforeAll } from 'vitest';
import type { Db } from '@/lib/neo4j/driver';
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

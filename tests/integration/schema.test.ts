import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRows, type Db } from '@/lib/neo4j/driver';
import { queryText } from '@/lib/neo4j/queries';
import { ensureSchema, schemaItems, splitStatements } from '@/lib/neo4j/schema';
import { testDb } from '../helpers/db';

const statements = splitStatements(queryText('schema'));
// The last statement waits for indexes and creates none.
const creations = statements.filter((s) => s.startsWith('CREATE'));

let db: Db;
beforeAll(() => {
  db = testDb();
});
afterAll(async () => {
  await ensureSchema(db);
  await db.driver.close();
});

async function onlineIndexes(): Promise<string[]> {
  const rows = await readRows<{ name: string }>(db, "SHOW INDEXES YIELD name, state WHERE state = 'ONLINE' RETURN name");
  return rows.map((r) => r.name);
}

describe('schema', () => {
  it('names every constraint and index the schema file creates', () => {
    const items = schemaItems(statements)!;
    expect(items).toHaveLength(creations.length);
    expect(items).toContainEqual({ name: 'entity_id', kind: 'constraint' });
    expect(items).toContainEqual({ name: 'entity_search', kind: 'index' });
    // A statement without a name cannot be checked in the catalogue: the schema is then always applied.
    expect(schemaItems([...statements, 'CREATE INDEX FOR (n:Entity) ON (n.x)'])).toBeNull();
  });

  it('is applied once, then only checked, and applied again when an index went missing', async () => {
    await ensureSchema(db);
    expect(await ensureSchema(db)).toBe(0);

    const session = db.driver.session();
    try {
      await session.run('DROP INDEX entity_name_key');
    } finally {
      await session.close();
    }
    expect(await onlineIndexes()).not.toContain('entity_name_key');
    expect(await ensureSchema(db)).toBe(statements.length);
    expect(await onlineIndexes()).toContain('entity_name_key');
    expect(await ensureSchema(db)).toBe(0);
  });
});

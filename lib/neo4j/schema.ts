import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Db } from './driver';
import { translate } from './driver';

/** Path of the schema file, relative to the project root. */
export const SCHEMA_FILE = path.join('cypher', 'schema.cypher');

/** Splits a .cypher file into statements, dropping // comments and blank lines. */
export function splitStatements(source: string): string[] {
  return source
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A constraint or index the schema file creates, by name. */
export interface SchemaItem {
  name: string;
  kind: 'constraint' | 'index';
}

const CREATE_RE = /^CREATE\s+(CONSTRAINT|(?:\w+\s+)?INDEX)\s+(\w+)\s+IF\s+NOT\s+EXISTS/i;

/** The named constraints and indexes in schema statements; null when one statement names none (then always apply). */
export function schemaItems(statements: string[]): SchemaItem[] | null {
  const items: SchemaItem[] = [];
  for (const statement of statements) {
    const m = CREATE_RE.exec(statement);
    if (!m) return null;
    items.push({ name: m[2], kind: m[1].toUpperCase() === 'CONSTRAINT' ? 'constraint' : 'index' });
  }
  return items;
}

/** True when every item exists and is online (a constraint through the index it owns, which bears its name). */
function schemaIsCurrent(items: SchemaItem[], online: { name: string; state: string; owningConstraint: string | null }[]): boolean {
  const byName = new Map(online.map((i) => [i.name, i]));
  return items.every((item) => {
    const found = byName.get(item.name);
    return !!found && found.state === 'ONLINE' && (item.kind === 'index' || found.owningConstraint === item.name);
  });
}

/**
 * Applies constraints and indexes (each in its own schema transaction) and waits until indexes are online;
 * returns how many statements ran. One catalogue read comes first: when every named constraint and index is
 * already there and online (every load after the first), nothing else is sent. Statements are IF NOT EXISTS,
 * so a name already taken was a no-op before too.
 */
export async function ensureSchema(db: Db, root = process.cwd()): Promise<number> {
  const statements = splitStatements(readFileSync(path.join(root, SCHEMA_FILE), 'utf8'));
  const items = schemaItems(statements);
  const session = db.driver.session({ database: db.config.database });
  try {
    if (items) {
      const result = await session.run('SHOW INDEXES YIELD name, state, owningConstraint RETURN name, state, owningConstraint');
      const online = result.records.map((r) => ({ name: r.get('name') as string, state: r.get('state') as string, owningConstraint: r.get('owningConstraint') as string | null }));
      if (schemaIsCurrent(items, online)) return 0;
    }
    for (const statement of statements) await session.run(statement);
    await session.run('CALL db.awaitIndexes(60)');
    return statements.length;
  } catch (error) {
    throw translate(db, error);
  } finally {
    await session.close();
  }
}

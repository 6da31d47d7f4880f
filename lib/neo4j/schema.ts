import 'server-only';
import type { Db } from './driver';
import { translate } from './driver';
import { queryText } from './queries';

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
const AWAIT_RE = /^CALL\s+db\.awaitIndexes\b/i;

/**
 * The named constraints and indexes in schema statements (the wait for indexes creates none); null when a
 * statement is neither a named creation nor that wait (then the file is always applied).
 */
export function schemaItems(statements: string[]): SchemaItem[] | null {
  const items: SchemaItem[] = [];
  for (const statement of statements) {
    if (AWAIT_RE.test(statement)) continue;
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
 * Applies cypher/schema.cypher: constraints and indexes (each in its own schema transaction), then waits until
 * indexes are online; returns how many statements ran. One catalogue read comes first: when every named
 * constraint and index is already there and online (every load after the first), nothing else is sent.
 * Statements are IF NOT EXISTS, so a name already taken was a no-op before too.
 */
export async function ensureSchema(db: Db, root = process.cwd()): Promise<number> {
  const statements = splitStatements(queryText('schema', root));
  const items = schemaItems(statements);
  const session = db.driver.session({ database: db.config.database });
  try {
    if (items) {
      const result = await session.run('SHOW INDEXES YIELD name, state, owningConstraint RETURN name, state, owningConstraint');
      const online = result.records.map((r) => ({ name: r.get('name') as string, state: r.get('state') as string, owningConstraint: r.get('owningConstraint') as string | null }));
      if (schemaIsCurrent(items, online)) return 0;
    }
    // The file ends with db.awaitIndexes: a load never starts before its indexes are online.
    for (const statement of statements) await session.run(statement);
    return statements.length;
  } catch (error) {
    throw translate(db, error);
  } finally {
    await session.close();
  }
}

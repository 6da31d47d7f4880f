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

/** Applies cypher/schema.cypher: constraints and indexes (each in its own schema transaction), then waits until indexes are online. */
export async function ensureSchema(db: Db, root = process.cwd()): Promise<number> {
  const statements = splitStatements(queryText('schema', root));
  const session = db.driver.session({ database: db.config.database });
  try {
    // The file ends with db.awaitIndexes: a load never starts before its indexes are online.
    for (const statement of statements) await session.run(statement);
    return statements.length;
  } catch (error) {
    throw translate(db, error);
  } finally {
    await session.close();
  }
}

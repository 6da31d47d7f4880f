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

/** Applies constraints and indexes (each in its own schema transaction) and waits until indexes are online. */
export async function ensureSchema(db: Db, root = process.cwd()): Promise<number> {
  const statements = splitStatements(readFileSync(path.join(root, SCHEMA_FILE), 'utf8'));
  const session = db.driver.session({ database: db.config.database });
  try {
    for (const statement of statements) await session.run(statement);
    await session.run('CALL db.awaitIndexes(60)');
    return statements.length;
  } catch (error) {
    throw translate(db, error);
  } finally {
    await session.close();
  }
}

import 'server-only';
import type { Db } from './driver';
import { runQuery } from './queries';

/** Names that exist in the database, for the console editor's completion. */
export interface ConsoleSchema {
  labels: string[];
  relationshipTypes: string[];
  propertyKeys: string[];
}

/** Labels, relationship types and property keys of the database, sorted. */
export async function readConsoleSchema(db: Db): Promise<ConsoleSchema> {
  const [row] = await runQuery(db, 'console/schema', {}, { timeoutMs: 5_000 });
  const sorted = (xs: string[] | undefined) => [...(xs ?? [])].sort((a, b) => a.localeCompare(b));
  return { labels: sorted(row?.labels), relationshipTypes: sorted(row?.relationshipTypes), propertyKeys: sorted(row?.propertyKeys) };
}

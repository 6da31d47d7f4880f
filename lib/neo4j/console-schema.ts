import 'server-only';
import { readRows, type Db } from './driver';

/** Names that exist in the database, for the console editor's completion. */
export interface ConsoleSchema {
  labels: string[];
  relationshipTypes: string[];
  propertyKeys: string[];
}

// One round trip; the three procedures read only the token store, so this stays fast on any graph.
const SCHEMA_QUERY = `
CALL db.labels() YIELD label WITH collect(label) AS labels
CALL db.relationshipTypes() YIELD relationshipType WITH labels, collect(relationshipType) AS relationshipTypes
CALL db.propertyKeys() YIELD propertyKey
RETURN labels, relationshipTypes, collect(propertyKey) AS propertyKeys`;

/** Labels, relationship types and property keys of the database, sorted. */
export async function readConsoleSchema(db: Db): Promise<ConsoleSchema> {
  const [row] = await readRows<ConsoleSchema>(db, SCHEMA_QUERY, {}, { timeoutMs: 5_000 });
  const sorted = (xs: string[] | undefined) => [...(xs ?? [])].sort((a, b) => a.localeCompare(b));
  return { labels: sorted(row?.labels), relationshipTypes: sorted(row?.relationshipTypes), propertyKeys: sorted(row?.propertyKeys) };
}

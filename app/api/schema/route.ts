import { handle } from '@/lib/http/respond';
import { readConsoleSchema } from '@/lib/neo4j/console-schema';
import { sharedDb } from '@/lib/neo4j/driver';
import type { DbSchema } from '@/lib/api/contract';

export const dynamic = 'force-dynamic';

/** GET /api/schema — labels, relationship types and property keys, for the console's completion. */
export const GET = handle(async (): Promise<DbSchema> => readConsoleSchema(sharedDb()));

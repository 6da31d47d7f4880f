import { handle } from '@/lib/http/respond';
import { readConsoleSchema } from '@/lib/neo4j/console-schema';
import { sharedDb } from '@/lib/neo4j/driver';

export const dynamic = 'force-dynamic';

/** GET /api/schema — labels, relationship types and property keys, for the console's completion. */
export const GET = handle(async () => readConsoleSchema(sharedDb()));

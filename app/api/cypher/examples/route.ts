import { handle } from '@/lib/http/respond';
import { readExamples } from '@/lib/neo4j/console-examples';
import type { ExamplesBody } from '@/lib/api/contract';

export const dynamic = 'force-dynamic';

/** GET /api/cypher/examples — the saved queries of cypher/examples, with title and description. */
export const GET = handle(async (): Promise<ExamplesBody> => ({ examples: readExamples() }));

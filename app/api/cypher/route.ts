import { nextRoute } from '@/lib/http/next-route';

// Defined in lib/http/routes.ts, which Trame's own server (scripts/serve.ts) answers from too.
export const dynamic = 'force-dynamic';

/** POST /api/cypher — read-only Cypher. */
export const POST = nextRoute('POST', '/api/cypher');

import { nextRoute } from '@/lib/http/next-route';

// Defined in lib/http/routes.ts, which Trame's own server (scripts/serve.ts) answers from too.
export const dynamic = 'force-dynamic';

/** GET /api/schema — labels, types and keys for the console's completion. */
export const GET = nextRoute('GET', '/api/schema');

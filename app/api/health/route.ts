import { nextRoute } from '@/lib/http/next-route';

// Defined in lib/http/routes.ts, which Trame's own server (scripts/serve.ts) answers from too.
export const dynamic = 'force-dynamic';

/** GET /api/health — Neo4j up (200) or down (503). */
export const GET = nextRoute('GET', '/api/health');

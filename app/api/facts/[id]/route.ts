import { nextRoute } from '@/lib/http/next-route';

// Defined in lib/http/routes.ts, which Trame's own server (scripts/serve.ts) answers from too.
export const dynamic = 'force-dynamic';

/** GET /api/facts/:id — a fact's mentions, stances and evidence. */
export const GET = nextRoute('GET', '/api/facts/:id');

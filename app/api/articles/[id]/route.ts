import { nextRoute } from '@/lib/http/next-route';

// Defined in lib/http/routes.ts, which Trame's own server (scripts/serve.ts) answers from too.
export const dynamic = 'force-dynamic';

/** DELETE /api/articles/:id — retract an article. */
export const DELETE = nextRoute('DELETE', '/api/articles/:id');

import { nextRoute } from '@/lib/http/next-route';

// Defined in lib/http/routes.ts, which Trame's own server (scripts/serve.ts) answers from too.
export const dynamic = 'force-dynamic';

/** GET /api/articles — the loaded articles. */
export const GET = nextRoute('GET', '/api/articles');
/** POST /api/articles — preview or load an uploaded article. */
export const POST = nextRoute('POST', '/api/articles');

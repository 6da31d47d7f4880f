import { headers } from 'next/headers';
import { preload } from 'react-dom';
import { decodeView } from '@/lib/export/permalink';
import ExplorerRoot from './components/explorer/ExplorerRoot';
import { earlyOverviewScript, earlyOverviewUrl } from './components/explorer/early-overview';
import { preloadExplorerChunks } from './explorer-chunks';
import { loadFirstFrameScripts } from './first-frame-scripts';
import { startParams } from './components/explorer/start-params';
import { hasView } from './components/export/permalink-view';

export const dynamic = 'force-dynamic';

/**
 * The explorer. `?limit=` caps the overview (default 2000, max 20000). `?fixture=big` loads the seeded
 * test graph instead of Neo4j (10 000 nodes / 30 000 edges; `&nodes=&edges=` to resize it) on pages the
 * benchmark or the e2e tests prepared with scripts/lib/big-graph-script.ts. `?cypher=` opens the console.
 */
export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const { fixture, fixtureSize, limit, consoleOpen } = startParams(params);
  // The overview request leaves with the HTML when the URL opens the overview (no fixture, no permalink view).
  const query = new URLSearchParams(Object.entries(params).flatMap(([k, v]) => (Array.isArray(v) ? v.map((x) => [k, x]) : v === undefined ? [] : [[k, v]])));
  const early = !fixture && !hasView(decodeView(query));
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  // The inline script runs where the body starts, after the stylesheet has loaded (a script waits for the
  // styles before it), and its request queued behind the head's scripts: a preload from the head sends it with
  // them, and the script's fetch takes that response (same URL, CORS mode: one request).
  if (early) preload(earlyOverviewUrl(limit), { as: 'fetch', crossOrigin: 'anonymous' });
  // The first graph is drawn from these before React has run (graph/first-frame-entry.ts).
  const carried = !consoleOpen && (early || fixture === 'big') ? loadFirstFrameScripts(nonce) : [];
  preloadExplorerChunks(carried);
  return (
    <>
      {early && <script nonce={nonce} dangerouslySetInnerHTML={{ __html: earlyOverviewScript(limit) }} />}
      <ExplorerRoot fixture={fixture} fixtureSize={fixtureSize} limit={limit} consoleOpen={consoleOpen} />
    </>
  );
}

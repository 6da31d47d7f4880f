import { launchChromium } from '../lib/chromium';
import { percentile, report } from './report';

export const REQUERY_CYPHER = 'MATCH (n:Entity) RETURN n LIMIT 2000';

/**
 * The console's round trip for a large result: query sent, result received, graph drawn in the explorer.
 * Reference in the same page: the same request and JSON parse alone (what any client pays).
 */
export async function benchRequery(appUrl: string, runs = 7): Promise<void> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(appUrl);
    await page.waitForFunction(() => window.__trame?.ready === true && window.__trame.perf().firstFrameMs !== null, null, { timeout: 60_000 });
    const fetchOnly: number[] = [];
    const drawn: number[] = [];
    let nodes = 0;
    for (let i = 0; i < runs; i++) {
      // A string, not a function: the bundler's helpers do not exist in the page.
      const r = (await page.evaluate(`(async () => {
        const t0 = performance.now();
        const res = await fetch('/api/cypher', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: ${JSON.stringify(REQUERY_CYPHER)} }) });
        const body = await res.json();
        const fetched = performance.now() - t0;
        window.__trame.loadGraph(body.graph, 'replace');
        await new Promise((resolve) => {
          const tick = () => (window.__trame.perf().firstFrameMs !== null ? resolve() : requestAnimationFrame(tick));
          tick();
        });
        return { fetched, drawn: performance.now() - t0, nodes: body.graph.nodes.length };
      })()`)) as { fetched: number; drawn: number; nodes: number };
      if (i === 0) continue; // warm-up: query plan and code paths
      fetchOnly.push(r.fetched);
      drawn.push(r.drawn);
      nodes = r.nodes;
    }
    const p50 = percentile(drawn, 50);
    const ref = percentile(fetchOnly, 50);
    report({
      name: `re-query: ${nodes} nodes, request to drawn (median)`,
      value: p50,
      unit: 'ms',
      reference: { name: 'request + JSON only', value: ref },
      ratio: p50 / ref,
    });
  } finally {
    await browser.close();
  }
}

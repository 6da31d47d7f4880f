// The reference page of the navigation benchmark: what any page must do to show the same map — load
// its script, fetch /api/graph (or generate the same seeded fixture), draw it with sigma, then run the
// same ForceAtlas2 worker for the same time budget. No framework, no panels.
import Graph from 'graphology';
import Sigma from 'sigma';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import seedrandom from 'seedrandom';
import type { GraphPayload } from '../../../lib/graph/payload';
import { generateBigGraph } from '../../../tests/fixtures/big-graph';
import { layoutBudgetMs } from '../../../app/components/graph/layout-budget';

const state: { firstFrameAt: number | null; settledAt: number | null; nodes: number; error?: string } = { firstFrameAt: null, settledAt: null, nodes: 0 };
(window as unknown as { __bare: unknown }).__bare = state;

/** The overview, asked again (up to 3 times) when the app answers an error, as Trame's page retries too. */
async function fetchGraph(url: string): Promise<GraphPayload> {
  for (let attempt = 1; ; attempt++) {
    const res = await fetch(url);
    if (res.ok) return res.json();
    if (attempt >= 3) throw new Error(`${url} answered ${res.status} three times — check that the app and its Neo4j are up`);
  }
}

async function main(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const payload: GraphPayload =
    params.get('fixture') === 'big'
      ? generateBigGraph({ nodes: Number(params.get('nodes')), edges: Number(params.get('edges')) })
      : await fetchGraph(`/api/graph?limit=${params.get('limit') ?? 2000}`);
  const rng = seedrandom('bare');
  const graph = new Graph({ multi: true });
  for (const n of payload.nodes) graph.addNode(n.id, { x: rng(), y: rng(), size: 4, label: n.name, color: '#4e79a7' });
  for (const e of payload.edges) if (graph.hasNode(e.source) && graph.hasNode(e.target) && !graph.hasEdge(e.id)) graph.addEdgeWithKey(e.id, e.source, e.target, { size: 1, weight: 1 });
  state.nodes = graph.order;
  // Sigma draws its first frame inside the constructor.
  const renderer = new Sigma(graph, document.getElementById('root') as HTMLElement);
  state.firstFrameAt = performance.now();
  const fa2 = new FA2Layout(graph, { settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 400 } });
  fa2.start();
  setTimeout(() => {
    fa2.kill();
    renderer.refresh();
    state.settledAt = performance.now();
  }, layoutBudgetMs(graph.order));
}

main().catch((error) => (state.error = String(error)));

// The reference page of the first-frame benchmark: only graphology + sigma drawing the same seeded graph.
import Graph from 'graphology';
import Sigma from 'sigma';
import seedrandom from 'seedrandom';
import { generateBigGraph } from '../../../tests/fixtures/big-graph';

const COLORS: Record<string, string> = {};
const palette = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7'];

async function run(nodes: number, edges: number): Promise<number> {
  const t0 = performance.now();
  const payload = generateBigGraph({ nodes, edges });
  const rng = seedrandom('bare');
  const graph = new Graph({ multi: true });
  for (const n of payload.nodes) {
    COLORS[n.label] ??= palette[Object.keys(COLORS).length % palette.length];
    graph.addNode(n.id, { x: rng(), y: rng(), size: 3, label: n.name, color: COLORS[n.label] });
  }
  for (const e of payload.edges) if (graph.hasNode(e.source) && graph.hasNode(e.target)) graph.addEdgeWithKey(e.id, e.source, e.target, { size: 1 });
  const container = document.getElementById('root') as HTMLElement;
  new Sigma(graph, container);
  return performance.now() - t0;
}

(window as unknown as { __bare: unknown }).__bare = { run };

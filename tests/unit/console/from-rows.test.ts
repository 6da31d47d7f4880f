import { describe, expect, it } from 'vitest';
import { graphFromRows, missingEndpoints, collectGraph } from '@/lib/graph/from-rows';

const node = (elementId: string, labels: string[], properties: Record<string, unknown>) => ({ kind: 'node', elementId, labels, properties });
const rel = (elementId: string, type: string, start: string, end: string, properties: Record<string, unknown> = {}) => ({
  kind: 'relationship',
  elementId,
  type,
  startElementId: start,
  endElementId: end,
  properties,
});

const kp = node('e1', ['Entity', 'Country'], { id: 'country:KP', name: 'Corée du Nord', label: 'Country', searchText: 'x', nameKey: 'y' });
const ru = node('e2', ['Entity', 'Country'], { id: 'country:RU', name: 'Russie', label: 'Country' });
const t = node('e3', ['Entity', 'Transfer'], { id: 'transfer:a:1', name: 'soldats', label: 'Transfer', quantity: 3000 });
const sent = rel('r1', 'SENT', 'e1', 'e3', { id: 'a:r1', evidence: ['a:s1'], key: '' });
const to = rel('r2', 'TO', 'e3', 'e2');
const sentence = node('s1', ['Sentence'], { id: 'a:s1', text: 'x'.repeat(200), index: 1 });

describe('graphFromRows', () => {
  it('finds nodes, relationships and paths at any depth, once each', () => {
    const rows = [
      { p: { kind: 'path', nodes: [kp, t, ru], relationships: [sent, to] } },
      { list: [kp, { nested: t }], r: sent },
    ];
    const g = graphFromRows(rows, 100);
    expect(g.nodes.map((n) => n.id).sort()).toEqual(['country:KP', 'country:RU', 'transfer:a:1']);
    expect(g.edges).toEqual([
      { id: 'a:r1', type: 'SENT', source: 'country:KP', target: 'transfer:a:1', properties: { evidence: ['a:s1'] } },
      { id: 'r2', type: 'TO', source: 'transfer:a:1', target: 'country:RU', properties: {} },
    ]);
    expect(g.truncated).toBe(false);
  });

  it('names nodes like the explorer and hides loader bookkeeping', () => {
    const [n] = graphFromRows([{ n: kp }], 10).nodes;
    expect(n).toMatchObject({ id: 'country:KP', label: 'Country', name: 'Corée du Nord' });
    expect(n.properties).not.toHaveProperty('searchText');
    expect(n.properties).not.toHaveProperty('name');
    const [s] = graphFromRows([{ s: sentence }], 10).nodes;
    expect(s.id).toBe('s1');
    expect(s.label).toBe('Sentence');
    expect(s.name.length).toBeLessThanOrEqual(80);
  });

  it('reports relationship ends missing from the rows, and draws them once supplied', () => {
    const rows = [{ r: sent }];
    expect(missingEndpoints(collectGraph(rows)).sort()).toEqual(['e1', 'e3']);
    expect(graphFromRows(rows, 10).edges).toHaveLength(0);
    expect(graphFromRows(rows, 10, [kp, t]).edges).toHaveLength(1);
  });

  it('caps the nodes, keeps only edges between kept nodes, and says it truncated', () => {
    const g = graphFromRows([{ a: kp, b: t, c: ru, r: sent, s: to }], 2);
    expect(g.nodes).toHaveLength(2);
    expect(g.edges.map((e) => e.type)).toEqual(['SENT']);
    expect(g.truncated).toBe(true);
    expect(g.total).toEqual({ nodes: 3, edges: 2 });
  });

  it('ignores scalars and maps that only look like graph values', () => {
    const g = graphFromRows([{ x: 1, y: 'node', z: { kind: 'node' }, w: null }], 10);
    expect(g.nodes).toHaveLength(0);
  });
});

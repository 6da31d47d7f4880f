import { describe, expect, it } from 'vitest';
import { createGraph, mergePayload } from '@/lib/graph/graphology';
import { countVisible, defaultFilters, edgeVisible, isFiltering, nodeVisible, toggleHidden } from '@/lib/graph/filters';
import type { GraphPayload } from '@/lib/graph/payload';

const payload: GraphPayload = {
  truncated: false,
  nodes: [
    { id: 'country:KP', label: 'Country', name: 'Corée du Nord', properties: {} },
    { id: 'country:RU', label: 'Country', name: 'Russie', properties: {} },
    { id: 'person:z', label: 'Person', name: 'Zelensky', properties: {} },
    { id: 'transfer:a', label: 'Transfer', name: 'a', properties: { kind: 'troops', quantity: 3000, status: 'alleged', date: '2024-10' } },
    { id: 'transfer:b', label: 'Transfer', name: 'b', properties: { kind: 'containers', quantity: 7000, status: 'asserted', date: '2023-08' } },
  ],
  edges: [
    { id: 'sa', type: 'SENT', source: 'country:KP', target: 'transfer:a', properties: {} },
    { id: 'ta', type: 'TO', source: 'transfer:a', target: 'country:RU', properties: {} },
    { id: 'sb', type: 'SENT', source: 'country:KP', target: 'transfer:b', properties: {} },
    { id: 'tb', type: 'TO', source: 'transfer:b', target: 'country:RU', properties: {} },
    { id: 'hr', type: 'HOLDS_ROLE', source: 'person:z', target: 'country:RU', properties: {} },
  ],
};

function graph() {
  const g = createGraph();
  mergePayload(g, payload);
  return g;
}

describe('filters', () => {
  it('show everything by default, with transfers as nodes', () => {
    const g = graph();
    expect(countVisible(g, defaultFilters())).toEqual({ nodes: 5, edges: 5 });
    expect(isFiltering(defaultFilters())).toBe(false);
  });

  it('hide a label', () => {
    const f = toggleHidden(defaultFilters(), 'hiddenLabels', 'Person');
    expect(countVisible(graph(), f)).toEqual({ nodes: 4, edges: 4 });
    expect(isFiltering(f)).toBe(true);
    expect(toggleHidden(f, 'hiddenLabels', 'Person').hiddenLabels.size).toBe(0);
  });

  it('hide a relationship type', () => {
    const f = toggleHidden(defaultFilters(), 'hiddenTypes', 'HOLDS_ROLE');
    expect(countVisible(graph(), f)).toEqual({ nodes: 5, edges: 4 });
  });

  it('hide everything only alleged, in both transfer readings', () => {
    const g = graph();
    const f = toggleHidden(defaultFilters(), 'hiddenStatuses', 'alleged');
    expect(nodeVisible(g.getNodeAttributes('transfer:a'), f)).toBe(false);
    expect(countVisible(g, f)).toEqual({ nodes: 4, edges: 3 });
    const folded = { ...f, transferMode: 'edges' as const };
    // Transfers become arrows: 2 folded edges, the alleged one hidden, HOLDS_ROLE stays.
    expect(countVisible(g, folded)).toEqual({ nodes: 3, edges: 2 });
  });

  it('hide a transfer kind', () => {
    const f = toggleHidden(defaultFilters(), 'hiddenKinds', 'troops');
    expect(countVisible(graph(), f).nodes).toBe(4);
    const edges = { ...f, transferMode: 'edges' as const };
    const g = graph();
    const folds = g.filterEdges((_e, a) => a.folded).map((e) => g.getEdgeAttributes(e));
    expect(folds.filter((a) => edgeVisible(a, edges)).map((a) => a.transferKind)).toEqual(['containers']);
  });

  it('keep only the brushed period (undated nodes stay)', () => {
    const f = { ...defaultFilters(), timeRange: [Date.UTC(2024, 0, 1), Date.UTC(2024, 11, 31)] as [number, number] };
    const g = graph();
    expect(nodeVisible(g.getNodeAttributes('transfer:a'), f)).toBe(true);
    expect(nodeVisible(g.getNodeAttributes('transfer:b'), f)).toBe(false);
    expect(nodeVisible(g.getNodeAttributes('person:z'), f)).toBe(true);
  });
});

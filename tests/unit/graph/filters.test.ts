import { describe, expect, it } from 'vitest';
import { createGraph, mergePayload } from '@/lib/graph/graphology';
import { countVisible, defaultFilters, edgeVisible, isFiltering, nodeVisible, onlyThis, resetFilters, toggleHidden } from '@/lib/graph/filters';
import type { GraphPayload } from '@/lib/graph/payload';

const payload: GraphPayload = {
  truncated: false,
  nodes: [
    { id: 'country:KP', label: 'Country', name: 'Corée du Nord', properties: {} },
    { id: 'country:RU', label: 'Country', name: 'Russie', properties: {} },
    { id: 'person:z', label: 'Person', name: 'Zelensky', properties: {} },
    { id: 'transfer:a', label: 'Transfer', name: 'a', properties: { kind: 'troops', quantity: 3000, status: 'alleged', date: '2024-10' } },
    { id: 'transfer:b', label: 'Transfer', name: 'b', properties: { kind: 'containers', quantity: 7000, status: 'asserted', date: '2023-08' } },
    { id: 'transfer:c', label: 'Transfer', name: 'c', properties: { kind: 'munitions', status: 'asserted' } },
  ],
  edges: [
    { id: 'sa', type: 'SENT', source: 'country:KP', target: 'transfer:a', properties: {} },
    { id: 'ta', type: 'TO', source: 'transfer:a', target: 'country:RU', properties: {} },
    { id: 'sb', type: 'SENT', source: 'country:KP', target: 'transfer:b', properties: {} },
    { id: 'tb', type: 'TO', source: 'transfer:b', target: 'country:RU', properties: {} },
    { id: 'hr', type: 'HOLDS_ROLE', source: 'person:z', target: 'country:RU', properties: {} },
    { id: 'sc', type: 'SENT', source: 'country:KP', target: 'transfer:c', properties: {} },
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
    expect(countVisible(g, defaultFilters())).toEqual({ nodes: 6, edges: 6 });
    expect(isFiltering(defaultFilters())).toBe(false);
  });

  it('hide a label', () => {
    const f = toggleHidden(defaultFilters(), 'hiddenLabels', 'Person');
    expect(countVisible(graph(), f)).toEqual({ nodes: 5, edges: 5 });
    expect(isFiltering(f)).toBe(true);
    expect(toggleHidden(f, 'hiddenLabels', 'Person').hiddenLabels.size).toBe(0);
  });

  it('hide a relationship type', () => {
    const f = toggleHidden(defaultFilters(), 'hiddenTypes', 'HOLDS_ROLE');
    expect(countVisible(graph(), f)).toEqual({ nodes: 6, edges: 5 });
  });

  it('hide everything only alleged, in both transfer readings', () => {
    const g = graph();
    const f = toggleHidden(defaultFilters(), 'hiddenStatuses', 'alleged');
    expect(nodeVisible(g.getNodeAttributes('transfer:a'), f)).toBe(false);
    expect(countVisible(g, f)).toEqual({ nodes: 5, edges: 4 });
    const folded = { ...f, transferMode: 'edges' as const };
    // Transfers become arrows: 2 folded edges (c has no receiver), the alleged one hidden, HOLDS_ROLE stays.
    expect(countVisible(g, folded)).toEqual({ nodes: 3, edges: 2 });
  });

  it('hide a transfer kind', () => {
    const f = toggleHidden(defaultFilters(), 'hiddenKinds', 'troops');
    expect(countVisible(graph(), f).nodes).toBe(5);
    const edges = { ...f, transferMode: 'edges' as const };
    const g = graph();
    const folds = g.filterEdges((_e, a) => a.folded).map((e) => g.getEdgeAttributes(e));
    expect(folds.filter((a) => edgeVisible(a, edges)).map((a) => a.transferKind)).toEqual(['containers']);
  });

  it('keep only the brushed period: undated facts go unless "undated" is ticked, actors stay', () => {
    const f = { ...defaultFilters(), timeRange: [Date.UTC(2024, 0, 1), Date.UTC(2024, 11, 31)] as [number, number] };
    const g = graph();
    expect(nodeVisible(g.getNodeAttributes('transfer:a'), f)).toBe(true);
    expect(nodeVisible(g.getNodeAttributes('transfer:b'), f)).toBe(false);
    expect(nodeVisible(g.getNodeAttributes('transfer:c'), f)).toBe(false);
    expect(nodeVisible(g.getNodeAttributes('transfer:c'), { ...f, undated: true })).toBe(true);
    expect(nodeVisible(g.getNodeAttributes('person:z'), f)).toBe(true);
    // Without a brushed period the undated choice changes nothing.
    expect(nodeVisible(g.getNodeAttributes('transfer:c'), defaultFilters())).toBe(true);
  });

  it('"only this" isolates one value in one step, and a second time shows them all again', () => {
    const kinds = ['troops', 'containers', 'munitions'];
    const f = onlyThis(defaultFilters(), 'hiddenKinds', 'munitions', kinds);
    expect([...f.hiddenKinds].sort()).toEqual(['containers', 'troops']);
    const g = graph();
    expect(g.filterNodes((_n, a) => a.nodeLabel === 'Transfer' && nodeVisible(a, f))).toEqual(['transfer:c']);
    expect(onlyThis(f, 'hiddenKinds', 'munitions', kinds).hiddenKinds.size).toBe(0);
    // From a state where it was hidden, "only this" shows it.
    const hidden = toggleHidden(defaultFilters(), 'hiddenKinds', 'munitions');
    expect([...onlyThis(hidden, 'hiddenKinds', 'munitions', kinds).hiddenKinds].sort()).toEqual(['containers', 'troops']);
  });

  it('reset shows everything but keeps how transfers and filtered-out items are drawn', () => {
    const f = { ...onlyThis(defaultFilters(), 'hiddenLabels', 'Country', ['Country', 'Person']), transferMode: 'edges' as const, filteredOut: 'dim' as const, undated: true };
    const r = resetFilters(f);
    expect(isFiltering(r)).toBe(false);
    expect(r).toMatchObject({ transferMode: 'edges', filteredOut: 'dim', undated: false });
  });
});

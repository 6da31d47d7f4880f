import { describe, expect, it } from 'vitest';
import { createGraph, mergePayload } from '@/lib/graph/graphology';
import { defaultFilters, toggleHidden } from '@/lib/graph/filters';
import { DIMMED_NODE_COLOR, HIGHLIGHT_COLOR } from '@/lib/graph/style';
import type { GraphPayload } from '@/lib/graph/payload';
import { makeEdgeReducer, makeNodeReducer, THIN_EDGE, type ViewState } from '@/app/components/graph/reducers';

const payload: GraphPayload = {
  truncated: false,
  nodes: [
    { id: 'a', label: 'Country', name: 'A', properties: {} },
    { id: 'b', label: 'Country', name: 'B', properties: {} },
    { id: 'c', label: 'Person', name: 'C', properties: {} },
    { id: 't', label: 'Transfer', name: 't', properties: { quantity: 5, unit: 'obus', status: 'asserted' } },
  ],
  edges: [
    { id: 'at', type: 'SENT', source: 'a', target: 't', properties: {} },
    { id: 'tb', type: 'TO', source: 't', target: 'b', properties: {} },
    { id: 'cb', type: 'HOLDS_ROLE', source: 'c', target: 'b', properties: { title: 'chef' } },
  ],
};

function setup(patch: Partial<ViewState> = {}) {
  const g = createGraph();
  mergePayload(g, payload);
  const view = { current: { filters: defaultFilters(), hovered: null, hoverNeighbours: new Set<string>(), selectedNode: null, selectedEdge: null, path: null, forceFoldLabels: true, ...patch } as ViewState };
  return { g, view, node: makeNodeReducer(view), edge: makeEdgeReducer(view, g) };
}

describe('sigma reducers', () => {
  it('hovering dims everything but the neighbourhood and names the hovered edges', () => {
    const { g, node, edge } = setup({ hovered: 'c', hoverNeighbours: new Set(['b']) });
    expect(node('c', g.getNodeAttributes('c')).color).not.toBe(DIMMED_NODE_COLOR);
    expect(node('b', g.getNodeAttributes('b')).forceLabel).toBe(true);
    expect(node('a', g.getNodeAttributes('a'))).toMatchObject({ color: DIMMED_NODE_COLOR, label: '' });
    expect(edge('cb', g.getEdgeAttributes('cb')).label).toBe('HOLDS_ROLE (chef)');
    expect(edge('at', g.getEdgeAttributes('at')).label).toBe('');
  });

  it('on a big graph, hovering brightens the neighbourhood and leaves the rest as it was drawn', () => {
    const { g, node, edge } = setup({ hovered: 'c', hoverNeighbours: new Set(['b']), hoverWithoutDimming: true });
    expect(node('b', g.getNodeAttributes('b')).forceLabel).toBe(true);
    expect(node('a', g.getNodeAttributes('a')).color).toBe(g.getNodeAttributes('a').color);
    expect(node('a', g.getNodeAttributes('a')).label).toBe('A');
    expect(edge('cb', g.getEdgeAttributes('cb')).label).toBe('HOLDS_ROLE (chef)');
    expect(edge('at', g.getEdgeAttributes('at')).color).toBe(g.getEdgeAttributes('at').color);
  });

  it('without focus, nodes and edges are drawn as stored, captions of plain edges hidden', () => {
    const { g, node, edge } = setup();
    expect(node('a', g.getNodeAttributes('a'))).toMatchObject({ color: g.getNodeAttributes('a').color, label: 'A' });
    expect(edge('cb', g.getEdgeAttributes('cb')).label || '').toBe('');
  });

  it('filters hide nodes and edges; folded arrows only show in the arrows reading', () => {
    const { g, view, node, edge } = setup();
    view.current.filters = toggleHidden(defaultFilters(), 'hiddenLabels', 'Person');
    expect(node('c', g.getNodeAttributes('c')).hidden).toBe(true);
    const fold = g.findEdge((_e, a) => a.folded)!;
    expect(edge(fold, g.getEdgeAttributes(fold)).hidden).toBe(true);
    view.current.filters = { ...defaultFilters(), transferMode: 'edges' };
    expect(node('t', g.getNodeAttributes('t')).hidden).toBe(true);
    expect(edge(fold, g.getEdgeAttributes(fold))).toMatchObject({ label: '5 obus', forceLabel: true });
  });

  it('a path lights its nodes and edges and dims the rest', () => {
    const { g, node, edge } = setup({ path: { nodes: new Set(['a', 't', 'b']), edges: new Set(['at', 'tb']) } });
    expect(node('a', g.getNodeAttributes('a')).highlighted).toBe(true);
    expect(node('c', g.getNodeAttributes('c')).color).toBe(DIMMED_NODE_COLOR);
    expect(edge('at', g.getEdgeAttributes('at')).color).toBe(HIGHLIGHT_COLOR);
  });

  it('while a big layout moves, edges are hidden but keep the program they come back with', () => {
    const { g, view, edge } = setup({ edgesHidden: true, thinEdges: true });
    // Sigma passes the reducer a copy of the attributes, as here.
    expect(edge('cb', { ...g.getEdgeAttributes('cb') })).toMatchObject({ hidden: true, type: THIN_EDGE });
    view.current.edgesHidden = false;
    const back = edge('cb', { ...g.getEdgeAttributes('cb') });
    expect(back.hidden).toBeFalsy();
    expect(back.type).toBe(THIN_EDGE);
    // The graph's own edge type (what exports read) is untouched.
    expect(g.getEdgeAttribute('cb', 'type')).toBe('arrow');
    view.current.thinEdges = false;
    expect(edge('cb', { ...g.getEdgeAttributes('cb') }).type).toBe('arrow');
  });
});

// The edge-label pass is skipped only where the edge reducer leaves every caption empty: a wrong predicate
// would hide captions a user asked for (hover, selection, path, folded transfers).
import { describe, expect, it } from 'vitest';
import { createGraph, mergePayload } from '@/lib/graph/graphology';
import { defaultFilters } from '@/lib/graph/filters';
import { generateBigGraph } from '@/tests/fixtures/big-graph';
import { makeEdgeReducer, type ViewState } from '@/app/components/graph/reducers';
import { edgeCaptionsPossible } from '@/app/components/graph/edge-labels';

function captions(patch: Partial<ViewState>) {
  const g = createGraph();
  mergePayload(g, generateBigGraph({ nodes: 300, edges: 900 }));
  const view = { current: { filters: defaultFilters(), hovered: null, hoverNeighbours: new Set<string>(), selectedNode: null, selectedEdge: null, path: null, forceFoldLabels: false, ...patch } as ViewState };
  const edge = makeEdgeReducer(view, g);
  const labelled = g.filterEdges((e, a) => {
    const d = edge(e, { ...a });
    // Sigma draws no caption for a hidden edge.
    return !!d.label && !d.hidden;
  });
  return { possible: edgeCaptionsPossible(view.current), labelled, g };
}

describe('edgeCaptionsPossible', () => {
  it('is false only for a view whose edges the reducer leaves all uncaptioned', () => {
    const idle = captions({});
    expect(idle.possible).toBe(false);
    expect(idle.labelled).toEqual([]);
  });

  it('is true once a node is selected or hovered, or folded captions are on, where captions appear', () => {
    const first = captions({}).g;
    const node = first.nodes().find((n) => first.degree(n) > 0)!;
    for (const patch of [{ selectedNode: node }, { hovered: node, hoverNeighbours: new Set(first.neighbors(node)) }]) {
      const c = captions(patch);
      expect(c.possible).toBe(true);
      expect(c.labelled.length).toBeGreaterThan(0);
    }
    expect(captions({ forceFoldLabels: true }).possible).toBe(true);
  });
});

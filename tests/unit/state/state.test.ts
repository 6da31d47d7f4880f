// The explorer's client state, one concept at a time, through its pure producers (no browser).
import { describe, expect, it } from 'vitest';
import { createGraph, mergePayload } from '@/lib/graph/graphology';
import type { GraphPayload } from '@/lib/graph/payload';
import { action, atom } from '@/lib/state/atom';
import { expandedView, hiddenView, overviewView, replayable, startView, viewLink } from '@/lib/state/graph-view';
import { applyDiff, diffSize, dropWithDiff, emptyHistory, mergeWithDiff, record, redoStep, replaceWithDiff, undoStep } from '@/lib/state/history';
import { graphBox, initialPanels, PANE_LIMITS, resizeConsole, resizeInspector, togglePanel } from '@/lib/state/panels';
import { clearSelection, emptySelection, keepExisting, selectEdge, selectNode } from '@/lib/state/selection';
import { defaultFilters, setTimeRange, setUndated } from '@/lib/state/filters';

const base: GraphPayload = {
  truncated: false,
  nodes: [
    { id: 'country:KP', label: 'Country', name: 'Corée du Nord', properties: {} },
    { id: 'country:RU', label: 'Country', name: 'Russie', properties: {} },
    { id: 'transfer:a', label: 'Transfer', name: 'a', properties: { kind: 'troops', quantity: 11000 } },
  ],
  edges: [
    { id: 'sa', type: 'SENT', source: 'country:KP', target: 'transfer:a', properties: {} },
    { id: 'ta', type: 'TO', source: 'transfer:a', target: 'country:RU', properties: {} },
  ],
};
const more: GraphPayload = {
  truncated: false,
  nodes: [
    { id: 'country:RU', label: 'Country', name: 'Russie', properties: {} },
    { id: 'person:putin', label: 'Person', name: 'Vladimir Poutine', properties: {} },
  ],
  edges: [{ id: 'hr', type: 'HOLDS_ROLE', source: 'person:putin', target: 'country:RU', properties: {} }],
};

const ids = (g: ReturnType<typeof createGraph>) => ({ nodes: g.nodes().sort(), edges: g.filterEdges((_e, a) => !a.folded).sort() });

describe('history by diffs', () => {
  it('an expansion records only what it added, and undo/redo replay it', () => {
    const g = createGraph();
    mergePayload(g, base);
    const start = ids(g);
    const { diff } = mergeWithDiff(g, more, 'country:RU', { before: null, after: null });
    expect(diff.addNodes.map(([id]) => id)).toEqual(['person:putin']);
    expect(diffSize(diff)).toBe(2);
    const after = ids(g);
    let h = record(emptyHistory(), diff);
    const u = undoStep(h);
    applyDiff(g, u.apply!);
    h = u.history;
    expect(ids(g)).toEqual(start);
    const r = redoStep(h);
    applyDiff(g, r.apply!);
    expect(ids(g)).toEqual(after);
    expect(r.history.undo).toHaveLength(1);
  });

  it('hiding records the removed nodes and their relationships; undo brings both back with their attributes', () => {
    const g = createGraph();
    mergePayload(g, base);
    const label = g.getNodeAttribute('transfer:a', 'label');
    const diff = dropWithDiff(g, ['transfer:a'], null);
    expect(g.hasNode('transfer:a')).toBe(false);
    expect(diff.dropEdges.map(([id]) => id).sort()).toEqual(['sa', 'ta']);
    applyDiff(g, undoStep(record(emptyHistory(), diff)).apply!);
    expect(g.hasEdge('sa') && g.hasEdge('ta')).toBe(true);
    expect(g.getNodeAttribute('transfer:a', 'label')).toBe(label);
  });

  it('a replacement can be undone; a new step empties redo; empty steps are not recorded', () => {
    const g = createGraph();
    mergePayload(g, base);
    const diff = replaceWithDiff(g, more, { before: { nodes: 3, edges: 2 }, after: { nodes: 2, edges: 1 } });
    expect(g.order).toBe(2);
    const u = undoStep(record(emptyHistory(), diff));
    applyDiff(g, u.apply!);
    expect(g.order).toBe(3);
    expect(u.apply!.totals.after).toEqual({ nodes: 3, edges: 2 });
    const again = record(u.history, dropWithDiff(g, ['country:KP'], null));
    expect(again.redo).toEqual([]);
    expect(record(again, dropWithDiff(g, ['nope'], null))).toBe(again);
    expect(undoStep(emptyHistory()).apply).toBeNull();
  });

  it('keeps at most `depth` steps', () => {
    const g = createGraph();
    mergePayload(g, base);
    let h = emptyHistory();
    for (let i = 0; i < 5; i++) h = record(h, mergeWithDiff(g, { truncated: false, nodes: [{ id: `n${i}`, label: 'Person', name: `n${i}`, properties: {} }], edges: [] }, undefined, { before: null, after: null }).diff, 3);
    expect(h.undo.map((d) => d.addNodes[0][0])).toEqual(['n2', 'n3', 'n4']);
  });
});

describe('graph view recipe', () => {
  it('tracks focus, expansions and hidden nodes for the permalink', () => {
    let v = startView(overviewView(), 'focus', { focus: 'country:KP' });
    v = expandedView(v, 'country:RU');
    v = hiddenView(v, ['transfer:a', 'transfer:a']);
    expect(viewLink(v)).toEqual({ focus: 'country:KP', query: null, ids: [], expanded: ['country:RU'], hidden: ['transfer:a'] });
    expect(expandedView(v, 'transfer:a').hidden).toEqual([]);
    expect(startView(v, 'overview').expanded).toEqual([]);
    expect(replayable(startView(v, 'console'))).toBe(false);
  });
});

describe('selection', () => {
  it('holds a node or an edge, never both, and forgets what left the view', () => {
    let s = selectNode(emptySelection(), 'a');
    expect(selectNode(s, 'a')).toBe(s);
    s = selectEdge(s, 'e');
    expect(s).toEqual({ node: null, edge: 'e' });
    expect(keepExisting(s, { hasNode: () => true, hasEdge: () => false })).toEqual(emptySelection());
    expect(clearSelection(emptySelection())).toEqual(emptySelection());
  });
});

describe('panels', () => {
  const stage = { width: 1180, height: 700 };
  it('clamp the inspector and the console so the graph keeps its room', () => {
    const p = togglePanel(togglePanel(initialPanels(), 'console'), 'inspector');
    expect(resizeInspector(p, 5000, stage).inspectorWidth).toBe(Math.min(PANE_LIMITS.inspectorMax, stage.width - PANE_LIMITS.graphMinWidth));
    expect(resizeInspector(p, 10, stage).inspectorWidth).toBe(PANE_LIMITS.inspectorMin);
    expect(resizeConsole(p, 5000, stage).consoleHeight).toBe(stage.height - PANE_LIMITS.graphMinHeight);
    const box = graphBox(resizeConsole(p, 5000, stage), stage);
    expect(box.height).toBe(PANE_LIMITS.graphMinHeight);
    expect(box.width).toBe(stage.width - p.inspectorWidth);
  });

  it('closed panes take no room', () => {
    expect(graphBox(initialPanels(), stage)).toEqual({ x: 0, y: 0, ...stage });
  });
});

describe('atom and filters producers', () => {
  it('notifies on change only', () => {
    const a = atom(defaultFilters());
    let n = 0;
    a.subscribe(() => n++);
    const brush = action(a, setTimeRange);
    const range: [number, number] = [0, 1];
    brush(range);
    brush(range);
    action(a, setUndated)(true);
    expect(n).toBe(2);
    expect(a.get()).toMatchObject({ timeRange: [0, 1], undated: true });
  });
});

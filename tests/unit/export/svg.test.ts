import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { defaultFilters } from '@/lib/graph/filters';
import { ALL_CAPTION } from '@/lib/export/types';
import { buildCaption, layoutFooter, layoutHeader } from '@/lib/export/caption';
import { buildMapGraph, fitProjection, toScene, visibleIds } from '@/lib/export/scene';
import { buildSvg } from '@/lib/export/svg';
import { PAYLOAD, SOURCES } from './fixture';

function picture(filters = defaultFilters()) {
  const graph = buildMapGraph(PAYLOAD);
  const visible = visibleIds(graph, filters);
  const header = { height: 0, ops: [] };
  const points = graph.mapNodes((_id, a) => ({ x: a.x, y: a.y }));
  const scene = toScene(graph, visible, fitProjection(points, 1200, 600), 'country:KP');
  const caption = buildCaption({ title: 'Troupes <nord-coréennes> & Russie', subject: { kind: 'focus', name: 'Corée du Nord', depth: 1 }, nodes: scene.nodes, edges: scene.edges, sources: SOURCES, madeAt: new Date('2026-01-02T03:04:00Z') });
  const footer = layoutFooter(caption, 1200, ALL_CAPTION);
  const head = layoutHeader(caption, 1200, ALL_CAPTION);
  const svg = buildSvg({ width: 1200, height: 600 + head.height + footer.height, background: '#ffffff', header: head, footer, nodes: scene.nodes, edges: scene.edges });
  return { svg, scene, caption, visible, header };
}

describe('SVG builder', () => {
  it('parses as XML with one <g class="node" data-id> per visible node', () => {
    const { svg, scene } = picture();
    const errors: string[] = [];
    const doc = new DOMParser({ errorHandler: { warning: () => {}, error: (m: string) => void errors.push(m), fatalError: (m: string) => void errors.push(m) } }).parseFromString(svg, 'image/svg+xml');
    expect(errors).toEqual([]);
    expect(doc.documentElement?.nodeName).toBe('svg');
    const groups = Array.from(doc.getElementsByTagName('g')).filter((g) => g.getAttribute('class') === 'node');
    expect(groups.map((g) => g.getAttribute('data-id')).sort()).toEqual(scene.nodes.map((n) => n.id).sort());
    expect(groups).toHaveLength(PAYLOAD.nodes.length);
  });

  it('keeps text as text and escapes it: title, legend, sources', () => {
    const { svg } = picture();
    expect(svg).toContain('Troupes &lt;nord-coréennes&gt; &amp; Russie');
    expect(svg).toContain('class="caption-legend"');
    expect(svg).toContain('Country (3)');
    expect(svg).toContain('nk-troops-russia.fr.txt');
    expect(svg).toContain('2 January 2026 at 03:04 UTC');
  });

  it('explains edge colours and dashes in use', () => {
    const { svg, caption } = picture();
    expect(caption.edgeLegend.map((e) => e.label)).toContain('sent, to');
    expect(caption.edgeLegend.map((e) => e.cypher)).toContain('SENT, TO');
    expect(caption.edgeLegend.some((e) => e.dashed)).toBe(true);
    expect(svg).toContain('class="legend-stroke"');
  });

  it('leaves hidden nodes out and lists only the colours in use', () => {
    const filters = { ...defaultFilters(), transferMode: 'edges' as const, hiddenLabels: new Set(['Claim']) };
    const { scene } = picture(filters);
    expect(scene.nodes.map((n) => n.label)).not.toContain('Transfer');
    expect(scene.nodes.map((n) => n.label)).not.toContain('Claim');
    expect(scene.edges.some((e) => e.type === 'TRANSFER' && e.label?.includes('10 000'))).toBe(true);
    const caption = buildCaption({ subject: { kind: 'query', query: 'MATCH (n) RETURN n' }, nodes: scene.nodes, sources: [], madeAt: new Date() });
    expect(caption.legend.map((l) => l.label).sort()).toEqual(['Agreement', 'Country', 'Person']);
  });

  it('lays out the same data the same way every time', () => {
    const a = buildMapGraph(PAYLOAD).mapNodes((id, n) => `${id}:${n.x.toFixed(6)}:${n.y.toFixed(6)}`);
    const b = buildMapGraph({ ...PAYLOAD, nodes: [...PAYLOAD.nodes].reverse(), edges: [...PAYLOAD.edges].reverse() }).mapNodes((id, n) => `${id}:${n.x.toFixed(6)}:${n.y.toFixed(6)}`);
    expect(b.sort()).toEqual(a.sort());
  });
});

describe('picture layout', () => {
  it('leaves no disc or label overlapping another on the picture', async () => {
    const { countOverlaps, declutter } = await import('@/lib/export/declutter');
    const crowd = Array.from({ length: 40 }, (_, i) => ({ x: (i % 5) * 3, y: Math.floor(i / 5) * 2, size: 6, label: `« une déclaration numéro ${i} »` }));
    expect(countOverlaps(crowd)).toBeGreaterThan(0);
    expect(declutter(crowd)).toBe(0);
    expect(countOverlaps(crowd)).toBe(0);
  });

  it('lays the sample map out without overlaps in the picture area', () => {
    const graph = buildMapGraph(PAYLOAD, { area: { width: 1200, height: 600 } });
    const points = graph.mapNodes((_id, a) => ({ x: a.x, y: -a.y, size: a.size, label: a.label }));
    return import('@/lib/export/declutter').then(({ countOverlaps }) => expect(countOverlaps(points)).toBe(0));
  });
});

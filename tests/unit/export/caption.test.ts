import { describe, expect, it } from 'vitest';
import { buildCaption, layoutFooter } from '@/lib/export/caption';
import { buildMapGraph, describeFilters, visibleIds } from '@/lib/export/scene';
import { articleIdsOfEdges, sourcesAmong } from '@/lib/export/sources';
import { ALL_CAPTION } from '@/lib/export/types';
import { defaultFilters } from '@/lib/graph/filters';
import type { GraphPayload } from '@/lib/graph/payload';
import { PAYLOAD, SOURCES } from './fixture';

const texts = (lang: 'en' | 'fr') => {
  const filters = { ...defaultFilters(), transferMode: 'edges' as const, hiddenLabels: new Set(['Claim']) };
  const caption = buildCaption({
    subject: { kind: 'focus', name: 'Corée du Nord', depth: 2 },
    nodes: [{ label: 'Country', color: '#e15759' }, { label: 'Person', color: '#4e79a7' }],
    edges: [{ type: 'TRANSFER', color: '#e07b1a', dashed: true }],
    filters: describeFilters(filters, lang),
    sources: [...SOURCES, ...['b', 'c', 'd', 'e'].map((id) => ({ id, title: `Article ${id}`, source: null, publishedAt: '2024-06-01' }))],
    madeAt: new Date('2026-11-29T12:00:00Z'),
    lang,
  });
  return layoutFooter(caption, 1600, ALL_CAPTION).ops.flatMap((op) => (op.kind === 'text' ? [op.text] : [])).concat(caption.subtitle).join('\n');
};

describe('caption language', () => {
  it('writes the caption in English', () => {
    const t = texts('en');
    expect(t).toContain('Neighbourhood of Corée du Nord, 2 steps away');
    expect(t).toContain('Country (1)');
    expect(t).toContain('Filters: transfers drawn as arrows · hidden: Claim');
    expect(t).toContain('17 October 2024');
    expect(t).toContain('and 1 more articles');
    expect(t).toContain('made 29 November 2026 at 12:00 UTC');
  });

  it('writes the caption in French, data left as extracted', () => {
    const t = texts('fr');
    expect(t).toContain('Voisinage de Corée du Nord, à 2 pas');
    expect(t).toContain('Pays (1)');
    expect(t).toContain('Personne (1)');
    expect(t).toContain('transferts en flèches · masqués\u202f: Déclaration');
    expect(t).toContain('pointillés : allégué, démenti ou non confirmé');
    expect(t).toContain('17 octobre 2024');
    expect(t).toContain('et 1 autres articles');
    expect(t).toContain('réalisé le 29 novembre 2026 à 12:00 UTC');
    expect(t).toContain('La Corée du Nord envoie des soldats');
    expect(t).not.toMatch(/Neighbourhood|Filters|made /);
  });
});

describe('caption sources', () => {
  // Entities list every article that names them; only relationships' articles may be cited.
  const payload: GraphPayload = {
    ...PAYLOAD,
    nodes: PAYLOAD.nodes.map((n) => (n.label === 'Country' ? { ...n, properties: { ...n.properties, articles: ['a1', 'z9', 'z8'] } } : n)),
    edges: PAYLOAD.edges.map((e) => (e.id === 'r3' ? { ...e, properties: { ...e.properties, articles: ['a2'] } } : e)),
  };

  it('cites the articles of the drawn relationships only', () => {
    const graph = buildMapGraph(payload, { layout: false });
    const visible = visibleIds(graph, defaultFilters());
    expect(articleIdsOfEdges(graph, visible.edges)).toEqual(['a1', 'a2']);
    const hidden = visibleIds(graph, { ...defaultFilters(), hiddenLabels: new Set(['Agreement']) });
    expect(articleIdsOfEdges(graph, hidden.edges)).toEqual(['a1']);
  });

  it('cites the articles behind a folded transfer arrow', () => {
    const graph = buildMapGraph(payload, { layout: false });
    const visible = visibleIds(graph, { ...defaultFilters(), transferMode: 'edges', hiddenLabels: new Set(['Agreement', 'Claim']) });
    expect([...visible.edges].some((e) => graph.getEdgeAttribute(e, 'folded'))).toBe(true);
    expect(articleIdsOfEdges(graph, visible.edges)).toEqual(['a1']);
    expect(sourcesAmong([...SOURCES, { id: 'z9', title: 'x', source: null, publishedAt: null }], ['a1'])).toEqual(SOURCES);
  });
});

import { describe, expect, it } from 'vitest';
import { mapSubject, pictureCaption, pictureContent } from '@/lib/export/picture';
import { buildMapGraph } from '@/lib/export/scene';
import { defaultFilters } from '@/lib/graph/filters';
import { PAYLOAD, SOURCES } from './fixture';

const madeAt = new Date('2026-11-29T12:00:00Z');

describe('picture of the view', () => {
  it('legends only what the filters leave drawn, and names the filters in force', () => {
    const graph = buildMapGraph(PAYLOAD, { layout: false });
    const filters = { ...defaultFilters(), hiddenLabels: new Set(['Claim', 'Agreement']) };
    const content = pictureContent(graph, filters);
    expect(content.visible.nodes.has('claim:a1:c1')).toBe(false);
    expect(content.articleIds).toEqual(['a1']);
    const caption = pictureCaption({ graph, filters, content, title: '', subject: { focus: 'Corée du Nord', depth: 2 }, sources: SOURCES, madeAt, lang: 'fr' });
    expect(caption.title).toBe('Corée du Nord');
    expect(caption.subtitle).toBe('Voisinage de Corée du Nord, à 2 pas');
    expect(caption.legend.map((l) => [l.label, l.count])).toEqual([
      ['Pays', 3],
      ['Personne', 1],
      ['Transfert', 1],
    ]);
    expect(caption.edgeLegend.map((l) => l.cypher).join(', ')).not.toMatch(/PARTY_TO|ASSERTS|ABOUT/);
    expect(caption.filters.join(' ')).toMatch(/Accord/);
    expect(caption.sources).toEqual(SOURCES);
  });

  it('keeps the title the user typed and cites no article when nothing with a source is drawn', () => {
    const graph = buildMapGraph(PAYLOAD, { layout: false });
    const filters = { ...defaultFilters(), hiddenLabels: new Set(['Transfer']) };
    const content = pictureContent(graph, filters);
    expect(content.articleIds).toEqual([]);
    const caption = pictureCaption({ graph, filters, content, title: '  Pacte  ', subject: undefined, sources: [], madeAt, lang: 'en' });
    expect(caption.title).toBe('Pacte');
    expect(caption.subtitle).toContain(String(content.visible.nodes.size));
  });

  it('describes the map by its focus, else its query, else the view', () => {
    expect(mapSubject({ focus: 'Russie' }, 3, 'en')).toEqual({ kind: 'focus', name: 'Russie', depth: 1 });
    expect(mapSubject({ query: 'MATCH (n) RETURN n' }, 3, 'en')).toEqual({ kind: 'query', query: 'MATCH (n) RETURN n' });
    expect(mapSubject(undefined, 3, 'en').kind).toBe('view');
  });
});

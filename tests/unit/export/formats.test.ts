import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { toGexf, toGraphDocumentJson, toGraphml, type ExportGraph } from '@/lib/export/formats';
import { PAYLOAD, SOURCES } from './fixture';

const GRAPH: ExportGraph = {
  title: 'Corée du Nord & Russie',
  description: 'test',
  nodes: PAYLOAD.nodes.map((n, i) => ({ ...n, x: i * 10, y: -i * 5, size: 8, color: '#e15759' })),
  edges: PAYLOAD.edges.map((e) => ({ ...e, color: '#a9b1bb' })),
  sources: SOURCES,
};

describe('file exports', () => {
  it('GEXF re-imports with graphology with the same node and edge counts', () => {
    const g = parseGexf(Graph, toGexf(GRAPH));
    expect(g.order).toBe(PAYLOAD.nodes.length);
    expect(g.size).toBe(PAYLOAD.edges.length);
    expect(g.getNodeAttribute('country:KP', 'label')).toBe('Corée du Nord');
    expect(g.getNodeAttribute('country:KP', 'x')).toBe(0);
    expect(g.getNodeAttribute('country:KP', 'color')).toMatch(/e15759|225,\s*87,\s*89/i);
  });

  it('GraphML re-imports with graphology with the same node and edge counts', () => {
    const xml = toGraphml(GRAPH);
    const g = parseGraphml(Graph, xml);
    expect(g.order).toBe(PAYLOAD.nodes.length);
    expect(g.size).toBe(PAYLOAD.edges.length);
    expect(g.getNodeAttribute('country:KP', 'label')).toBe('Corée du Nord');
    expect(g.getNodeAttribute('country:KP', 'type')).toBe('Country');
    expect(g.getNodeAttribute('country:RU', 'x')).toBe(10);
    expect(g.getNodeAttribute('country:KP', 'color')).toBe('#e15759');
  });

  it('GraphDocument JSON keeps evidence, aliases and sources', () => {
    const doc = JSON.parse(toGraphDocumentJson(GRAPH));
    expect(doc.version).toBe(1);
    expect(doc.nodes).toHaveLength(PAYLOAD.nodes.length);
    expect(doc.nodes[0].aliases).toEqual(['Pyongyang', 'North Korea']);
    expect(doc.relationships[0].evidence).toEqual(['a1:s3']);
    expect(doc.articles[0].source).toBe('nk-troops-russia.fr.txt');
  });
});

import Graph from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { toGexf, toGraphDocumentJson, toGraphml, type ExportGraph } from '@/lib/export/formats';
import { readExport } from '@/tests/helpers/read-export';
import { PAYLOAD, SOURCES } from './fixture';

const GRAPH: ExportGraph = {
  title: 'Corée du Nord & Russie',
  description: 'test',
  nodes: PAYLOAD.nodes.map((n, i) => ({ ...n, x: i * 10, y: -i * 5, size: 8, color: '#e15759' })),
  edges: PAYLOAD.edges.map((e) => ({ ...e, color: '#a9b1bb' })),
  sources: SOURCES,
};

describe('GEXF export', () => {
  const gexf = toGexf(GRAPH, new Date('2026-11-29T10:00:00Z'));

  it('is GEXF 1.3 with metadata the 1.3 schema allows and colours as r/g/b', () => {
    expect(gexf).toContain('xmlns="http://gexf.net/1.3"');
    expect(gexf).not.toMatch(/<title>|hex=/);
    expect(gexf).toContain('<description>Corée du Nord &amp; Russie — test</description>');
    expect(gexf).toContain('<viz:color r="225" g="87" b="89"/>');
  });

  it('reads back with an independent parser: counts, typed numbers, lists as liststring, position and colour', () => {
    const g = readExport('gexf', gexf);
    expect(Object.keys(g.nodes).sort()).toEqual(PAYLOAD.nodes.map((n) => n.id).sort());
    expect(g.edges).toHaveLength(PAYLOAD.edges.length);
    const troops = g.nodes['transfer:a1:troops'];
    expect(troops.quantity).toBe(10000);
    expect(typeof troops.quantity).toBe('number');
    expect(g.nodes['country:KP'].label).toBe('Corée du Nord');
    expect(g.nodes['country:KP'].type).toBe('Country');
    expect(JSON.parse(String(g.nodes['country:KP'].aliases))).toEqual(['Pyongyang', 'North Korea']);
    expect(gexf).toMatch(/title="aliases" type="liststring"/);
    expect(gexf).toMatch(/title="quantity" type="integer"/);
    if (g.reader === 'networkx') {
      expect(g.nodes['country:KP'].viz).toMatchObject({ color: { r: 225, g: 87, b: 89 }, position: { x: 0, y: 0 }, size: 8 });
      expect(g.nodes['country:RU'].viz).toMatchObject({ position: { x: 10, y: -5 } });
    }
    const r1 = g.edges.find((e) => e.id === 'r1')!;
    expect([r1.source, r1.target]).toEqual(['country:KP', 'transfer:a1:troops']);
    expect(JSON.parse(String(r1.attrs.evidence))).toEqual(['a1:s3']);
  });

  it('types a column by all its values: a number in one node and text in another makes it a string', () => {
    const mixed: ExportGraph = { ...GRAPH, nodes: [{ ...GRAPH.nodes[0], properties: { rank: 1 } }, { ...GRAPH.nodes[1], properties: { rank: 'premier' } }, { ...GRAPH.nodes[2], properties: { share: 0.5 } }], edges: [] };
    const g = readExport('gexf', toGexf(mixed));
    expect(g.nodes['country:KP'].rank).toBe('1');
    expect(g.nodes['country:RU'].rank).toBe('premier');
    expect(g.nodes['country:UA'].share).toBe(0.5);
  });
});

describe('GraphML export', () => {
  const xml = toGraphml(GRAPH);

  it('declares typed keys: numbers as int/double, lists as JSON text', () => {
    expect(xml).toMatch(/attr.name="quantity" attr.type="int"/);
    expect(xml).toMatch(/attr.name="x" attr.type="double"/);
    expect(xml).toMatch(/attr.name="aliases" attr.type="string"><desc>JSON array of strings<\/desc>/);
  });

  it('reads back with an independent parser with typed values', () => {
    const g = readExport('graphml', xml);
    expect(Object.keys(g.nodes)).toHaveLength(PAYLOAD.nodes.length);
    expect(g.edges).toHaveLength(PAYLOAD.edges.length);
    expect(g.nodes['transfer:a1:troops'].quantity).toBe(10000);
    expect(g.nodes['country:RU'].x).toBe(10);
    expect(g.nodes['country:KP'].r).toBe(225);
    expect(g.nodes['country:KP'].label).toBe('Corée du Nord');
    expect(JSON.parse(String(g.nodes['country:KP'].aliases))).toEqual(['Pyongyang', 'North Korea']);
  });

  it('still re-imports with graphology', () => {
    const g = parseGraphml(Graph, xml);
    expect(g.order).toBe(PAYLOAD.nodes.length);
    expect(g.getNodeAttribute('country:KP', 'type')).toBe('Country');
  });
});

describe('GraphDocument JSON export', () => {
  it('keeps evidence, aliases and sources', () => {
    const doc = JSON.parse(toGraphDocumentJson(GRAPH));
    expect(doc.version).toBe(1);
    expect(doc.nodes).toHaveLength(PAYLOAD.nodes.length);
    expect(doc.nodes[0].aliases).toEqual(['Pyongyang', 'North Korea']);
    expect(doc.relationships[0].evidence).toEqual(['a1:s3']);
    expect(doc.articles[0].source).toBe('nk-troops-russia.fr.txt');
  });
});

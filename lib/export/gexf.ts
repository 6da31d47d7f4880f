import { colorChannels, columnText, inferColumns, type AttrColumn, type AttrKind } from './attributes';
import type { ExportGraph } from './formats';
import { xmlEscape } from './svg';

// GEXF 1.3 (https://gexf.net/schema.html) as Gephi and networkx read it: metadata limited to what the 1.3
// schema allows (creator, description, keywords), typed attribute columns, colours as viz:color r/g/b.

const GEXF_TYPE: Record<AttrKind, string> = { integer: 'integer', long: 'long', double: 'double', boolean: 'boolean', string: 'string', list: 'liststring' };

// Names GEXF readers keep for themselves (networkx puts these keys in the same dict as attributes).
const RESERVED = ['label', 'viz', 'id', 'pid', 'start', 'end'];

const num = (v: number) => (Number.isFinite(v) ? String(Math.round(v * 1000) / 1000) : '0');

function declarations(cls: 'node' | 'edge', prefix: string, columns: AttrColumn[]): string {
  if (columns.length === 0) return '';
  const rows = columns.map((c, i) => `      <attribute id="${prefix}${i}" title="${xmlEscape(c.name)}" type="${GEXF_TYPE[c.kind]}"/>`);
  return `    <attributes class="${cls}" mode="static">\n${rows.join('\n')}\n    </attributes>`;
}

function attvalues(prefix: string, columns: AttrColumn[], bag: Record<string, unknown>): string {
  const values = columns
    .map((c, i) => {
      const text = columnText(c, bag[c.name]);
      return text === null ? '' : `<attvalue for="${prefix}${i}" value="${xmlEscape(text)}"/>`;
    })
    .filter(Boolean);
  return values.length ? `<attvalues>${values.join('')}</attvalues>` : '';
}

function vizColor(color: string | undefined): string {
  const c = colorChannels(color);
  return c ? `<viz:color r="${c.r}" g="${c.g}" b="${c.b}"/>` : '';
}

/** Serialises the export graph as GEXF 1.3: typed attributes, lists as liststring, positions, sizes and r/g/b colours. */
export function toGexf(g: ExportGraph, madeAt: Date = new Date()): string {
  const nodeIds = new Set(g.nodes.map((n) => n.id));
  const edges = g.edges.filter((e) => nodeIds.has(e.source) && nodeIds.has(e.target));
  const nodeBag = (n: ExportGraph['nodes'][number]) => ({ type: n.label, ...n.properties });
  const edgeBag = (e: ExportGraph['edges'][number]) => ({ type: e.type, ...e.properties });
  const nodeColumns = inferColumns(g.nodes.map(nodeBag), RESERVED);
  const edgeColumns = inferColumns(edges.map(edgeBag), RESERVED);
  const seen = new Set<string>();
  const nodes = g.nodes
    .filter((n) => !seen.has(n.id) && seen.add(n.id))
    .map((n) => {
      const viz = [
        vizColor(n.color),
        n.x !== undefined && n.y !== undefined ? `<viz:position x="${num(n.x)}" y="${num(n.y)}" z="0"/>` : '',
        n.size !== undefined ? `<viz:size value="${num(n.size)}"/>` : '',
      ].join('');
      return `      <node id="${xmlEscape(n.id)}" label="${xmlEscape(n.name)}">${attvalues('n', nodeColumns, nodeBag(n))}${viz}</node>`;
    });
  const edgeLines = edges.map(
    (e) =>
      `      <edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}" label="${xmlEscape(e.type)}" kind="${xmlEscape(e.type)}">` +
      `${attvalues('e', edgeColumns, edgeBag(e))}${vizColor(e.color)}</edge>`,
  );
  const description = [g.title, g.description].filter(Boolean).join(' — ');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta lastmodifieddate="${madeAt.toISOString().slice(0, 10)}">`,
    '    <creator>Trame</creator>',
    `    <description>${xmlEscape(description)}</description>`,
    '  </meta>',
    '  <graph defaultedgetype="directed" mode="static">',
    declarations('node', 'n', nodeColumns),
    declarations('edge', 'e', edgeColumns),
    '    <nodes>',
    ...nodes,
    '    </nodes>',
    '    <edges>',
    ...edgeLines,
    '    </edges>',
    '  </graph>',
    '</gexf>',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n') + '\n';
}

import { colorChannels, columnText, inferColumns, type AttrColumn, type AttrKind } from './attributes';
import type { ExportGraph } from './formats';
import { xmlEscape } from './svg';

// GraphML with typed keys: numbers as int/long/double, booleans as boolean. GraphML has no list type, so
// lists are a string holding a JSON array, and their key says so in its <desc>. Position (x, y, size) and
// colour (r, g, b) use the key names Gephi reads; the title and description are graph data.

const GRAPHML_TYPE: Record<AttrKind, string> = { integer: 'int', long: 'long', double: 'double', boolean: 'boolean', string: 'string', list: 'string' };
const LAYOUT = ['label', 'type', 'x', 'y', 'size', 'r', 'g', 'b'];

interface Key {
  id: string;
  for: 'graph' | 'node' | 'edge';
  name: string;
  type: string;
  desc?: string;
}

/** Serialises the export graph as GraphML with typed keys. */
export function toGraphml(g: ExportGraph): string {
  const nodeIds = new Set(g.nodes.map((n) => n.id));
  const edges = g.edges.filter((e) => nodeIds.has(e.source) && nodeIds.has(e.target));
  const keys: Key[] = [
    { id: 'g0', for: 'graph', name: 'title', type: 'string' },
    { id: 'g1', for: 'graph', name: 'description', type: 'string' },
    { id: 'n_label', for: 'node', name: 'label', type: 'string' },
    { id: 'n_type', for: 'node', name: 'type', type: 'string' },
    { id: 'n_x', for: 'node', name: 'x', type: 'double' },
    { id: 'n_y', for: 'node', name: 'y', type: 'double' },
    { id: 'n_size', for: 'node', name: 'size', type: 'double' },
    { id: 'n_r', for: 'node', name: 'r', type: 'int' },
    { id: 'n_g', for: 'node', name: 'g', type: 'int' },
    { id: 'n_b', for: 'node', name: 'b', type: 'int' },
    { id: 'e_label', for: 'edge', name: 'label', type: 'string' },
    { id: 'e_r', for: 'edge', name: 'r', type: 'int' },
    { id: 'e_g', for: 'edge', name: 'g', type: 'int' },
    { id: 'e_b', for: 'edge', name: 'b', type: 'int' },
  ];
  const columns = (cls: 'node' | 'edge', cols: AttrColumn[]) =>
    cols.map((c, i) => {
      const key: Key = { id: `${cls[0]}${i}`, for: cls, name: c.name, type: GRAPHML_TYPE[c.kind], ...(c.kind === 'list' ? { desc: 'JSON array of strings' } : {}) };
      keys.push(key);
      return { column: c, key };
    });
  const nodeCols = columns('node', inferColumns(g.nodes.map((n) => n.properties), LAYOUT));
  const edgeCols = columns('edge', inferColumns(edges.map((e) => e.properties), ['label', 'r', 'g', 'b']));
  const data = (key: string, v: string | number | null | undefined) => (v === null || v === undefined ? '' : `<data key="${key}">${xmlEscape(String(v))}</data>`);
  const props = (cols: typeof nodeCols, bag: Record<string, unknown>) => cols.map(({ column, key }) => data(key.id, columnText(column, bag[column.name]))).join('');
  const rgb = (prefix: string, color: string | undefined) => {
    const c = colorChannels(color);
    return c ? data(`${prefix}_r`, c.r) + data(`${prefix}_g`, c.g) + data(`${prefix}_b`, c.b) : '';
  };
  const seen = new Set<string>();
  const nodes = g.nodes
    .filter((n) => !seen.has(n.id) && seen.add(n.id))
    .map(
      (n) =>
        `<node id="${xmlEscape(n.id)}">${data('n_label', n.name)}${data('n_type', n.label)}${data('n_x', n.x)}${data('n_y', n.y)}${data('n_size', n.size)}` +
        `${rgb('n', n.color)}${props(nodeCols, n.properties)}</node>`,
    );
  const edgeLines = edges.map(
    (e) => `<edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}">${data('e_label', e.type)}${rgb('e', e.color)}${props(edgeCols, e.properties)}</edge>`,
  );
  const keyLines = keys.map((k) =>
    k.desc
      ? `<key id="${k.id}" for="${k.for}" attr.name="${xmlEscape(k.name)}" attr.type="${k.type}"><desc>${xmlEscape(k.desc)}</desc></key>`
      : `<key id="${k.id}" for="${k.for}" attr.name="${xmlEscape(k.name)}" attr.type="${k.type}"/>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keyLines,
    '<graph id="trame" edgedefault="directed">',
    data('g0', g.title) + data('g1', g.description),
    ...nodes,
    ...edgeLines,
    '</graph>',
    '</graphml>',
    '',
  ].join('\n');
}

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';

// Reads GEXF/GraphML exports back with a parser that is not Trame's: networkx when python3 has it
// (what analysts use), else a standalone check of the GEXF 1.3 / GraphML rules on the XML itself.

/** A graph as the independent reader saw it: typed attribute values per node and edge. */
export interface ReadBack {
  reader: 'networkx' | 'xml';
  nodes: Record<string, Record<string, unknown>>;
  edges: { id: string; source: string; target: string; attrs: Record<string, unknown> }[];
}

const PY = String.raw`
import json, sys, networkx as nx
fmt, file = sys.argv[1], sys.argv[2]
g = nx.read_gexf(file, relabel=False) if fmt == 'gexf' else nx.read_graphml(file, force_multigraph=True)
def plain(v):
    if isinstance(v, dict): return {k: plain(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)): return [plain(x) for x in v]
    return v
print(json.dumps({'nodes': {str(n): plain(d) for n, d in g.nodes(data=True)},
  'edges': [{'id': str(k), 'source': str(s), 'target': str(t), 'attrs': plain(d)} for s, t, k, d in
    (g.edges(keys=True, data=True) if g.is_multigraph() else ((s, t, d.get('id'), d) for s, t, d in g.edges(data=True)))]}))
`;

let hasNetworkx: boolean | null = null;

/** Whether python3 with networkx is on this machine. */
export function networkxAvailable(): boolean {
  if (hasNetworkx === null) hasNetworkx = spawnSync('python3', ['-c', 'import networkx'], { encoding: 'utf8' }).status === 0;
  return hasNetworkx;
}

/** Reads an export file's text back with networkx, or with the XML rule check when networkx is missing. */
export function readExport(format: 'gexf' | 'graphml', text: string): ReadBack {
  if (!networkxAvailable()) return format === 'gexf' ? readGexfXml(text) : readGraphmlXml(text);
  const dir = mkdtempSync(path.join(tmpdir(), 'trame-export-'));
  try {
    const file = path.join(dir, `map.${format}`);
    writeFileSync(file, text);
    const r = spawnSync('python3', ['-c', PY, format, file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (r.status !== 0) throw new Error(`networkx could not read the ${format.toUpperCase()} export:\n${r.stderr}`);
    return { reader: 'networkx', ...JSON.parse(r.stdout) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function parseXml(text: string): Document {
  const errors: string[] = [];
  const doc = new DOMParser({ errorHandler: { warning: () => {}, error: (m: string) => void errors.push(m), fatalError: (m: string) => void errors.push(m) } }).parseFromString(text, 'text/xml');
  if (errors.length) throw new Error(`export is not well-formed XML: ${errors[0]}`);
  return doc as unknown as Document;
}

const children = (el: Element | Document, name: string) => Array.from((el as Element).getElementsByTagName(name)) as Element[];

function typed(type: string, v: string): unknown {
  if (type === 'integer' || type === 'long' || type === 'int') {
    if (!/^-?\d+$/.test(v)) throw new Error(`"${v}" is not a ${type}`);
    return Number(v);
  }
  if (type === 'double' || type === 'float') {
    if (Number.isNaN(Number(v))) throw new Error(`"${v}" is not a ${type}`);
    return Number(v);
  }
  if (type === 'boolean') {
    if (v !== 'true' && v !== 'false') throw new Error(`"${v}" is not a boolean`);
    return v === 'true';
  }
  if (type === 'string' || type === 'liststring' || type === 'anyURI') return v;
  throw new Error(`attribute type "${type}" is not a GEXF 1.3 / GraphML type this check knows`);
}

/** GEXF 1.3 rules networkx and Gephi depend on, checked on the XML: namespace, meta children, r/g/b colours, typed values. */
function readGexfXml(text: string): ReadBack {
  const doc = parseXml(text);
  const root = doc.documentElement;
  if (root.namespaceURI !== 'http://gexf.net/1.3' || root.getAttribute('version') !== '1.3') throw new Error('not a GEXF 1.3 document');
  for (const meta of children(doc, 'meta'))
    for (const c of Array.from(meta.childNodes) as Node[]) {
      const name = c.nodeType === 1 ? (c as Element).localName : null;
      if (name && !['creator', 'description', 'keywords'].includes(name)) throw new Error(`<meta> holds <${name}>, not in GEXF 1.3`);
    }
  for (const color of children(doc, 'viz:color'))
    for (const ch of ['r', 'g', 'b']) if (!/^\d{1,3}$/.test(color.getAttribute(ch) ?? '')) throw new Error('viz:color needs integer r, g and b');
  const columns = new Map<string, { title: string; type: string }>();
  for (const block of children(doc, 'attributes'))
    for (const a of children(block, 'attribute')) columns.set(`${block.getAttribute('class')}:${a.getAttribute('id')}`, { title: a.getAttribute('title')!, type: a.getAttribute('type')! });
  const attrs = (el: Element, cls: string) => {
    const out: Record<string, unknown> = { label: el.getAttribute('label') };
    for (const v of children(el, 'attvalue')) {
      const col = columns.get(`${cls}:${v.getAttribute('for')}`);
      if (!col) throw new Error(`attvalue for undeclared attribute ${v.getAttribute('for')}`);
      out[col.title] = typed(col.type, v.getAttribute('value') ?? '');
    }
    return out;
  };
  const nodes: ReadBack['nodes'] = {};
  for (const n of children(doc, 'node')) nodes[n.getAttribute('id')!] = attrs(n, 'node');
  const edges = children(doc, 'edge').map((e) => ({ id: e.getAttribute('id')!, source: e.getAttribute('source')!, target: e.getAttribute('target')!, attrs: attrs(e, 'edge') }));
  return { reader: 'xml', nodes, edges };
}

function readGraphmlXml(text: string): ReadBack {
  const doc = parseXml(text);
  const keys = new Map<string, { name: string; type: string }>();
  for (const k of children(doc, 'key')) keys.set(k.getAttribute('id')!, { name: k.getAttribute('attr.name')!, type: k.getAttribute('attr.type')! });
  const attrs = (el: Element) => {
    const out: Record<string, unknown> = {};
    for (const d of children(el, 'data')) {
      const k = keys.get(d.getAttribute('key')!);
      if (!k) throw new Error(`data for undeclared key ${d.getAttribute('key')}`);
      out[k.name] = typed(k.type, d.textContent ?? '');
    }
    return out;
  };
  const nodes: ReadBack['nodes'] = {};
  for (const n of children(doc, 'node')) nodes[n.getAttribute('id')!] = attrs(n);
  const edges = children(doc, 'edge').map((e) => ({ id: e.getAttribute('id')!, source: e.getAttribute('source')!, target: e.getAttribute('target')!, attrs: attrs(e) }));
  return { reader: 'xml', nodes, edges };
}

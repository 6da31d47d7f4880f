// Pure helpers of the console UI: cell text, sorting, CSV, history and share links (unit-tested).

/** A node, relationship or path as the API sends them inside rows. */
interface CellNode {
  kind: 'node';
  elementId?: string;
  labels: string[];
  properties: Record<string, unknown>;
}
interface CellRel {
  kind: 'relationship';
  startElementId?: string;
  type: string;
  properties: Record<string, unknown>;
}
interface CellPath {
  kind: 'path';
  nodes: CellNode[];
  relationships: CellRel[];
}

function nodeText(n: CellNode): string {
  const label = n.labels.filter((l) => l !== 'Entity').join(':') || n.labels.join(':');
  const p = n.properties;
  const name = p.name ?? p.title ?? p.id ?? (typeof p.text === 'string' ? p.text.slice(0, 60) : undefined);
  return `(:${label}${name !== undefined ? ` ${JSON.stringify(String(name))}` : ''})`;
}

/** Readable text of any cell: nodes as (:Label "name"), relationships as [:TYPE], paths as chains. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[${v.map(cellText).join(', ')}]`;
  const o = v as { kind?: string };
  if (o.kind === 'node' && Array.isArray((o as CellNode).labels)) return nodeText(o as CellNode);
  if (o.kind === 'relationship' && typeof (o as CellRel).type === 'string') return `[:${(o as CellRel).type}]`;
  if (o.kind === 'path' && Array.isArray((o as CellPath).nodes)) {
    const p = o as CellPath;
    return p.nodes
      .map((n, i) => {
        if (i === 0) return nodeText(n);
        const r = p.relationships[i - 1];
        const forward = !r?.startElementId || r.startElementId === p.nodes[i - 1].elementId;
        return `${forward ? '' : '<'}-[:${r?.type ?? '?'}]-${forward ? '>' : ''}${nodeText(n)}`;
      })
      .join('');
  }
  return JSON.stringify(v);
}

function compare(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1; // nulls last, whatever the direction
  if (b === null || b === undefined) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return cellText(a).localeCompare(cellText(b), undefined, { numeric: true, sensitivity: 'base' });
}

/** Rows sorted by one column (numbers numerically, text naturally, nulls last); a new array. */
export function sortRows<T extends Record<string, unknown>>(rows: T[], column: string | null, dir: 'asc' | 'desc'): T[] {
  if (!column) return rows;
  const sign = dir === 'asc' ? 1 : -1;
  return [...rows].sort((x, y) => {
    const a = x[column];
    const b = y[column];
    if (a === null || a === undefined || b === null || b === undefined) return compare(a, b);
    return sign * compare(a, b);
  });
}

function csvField(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The table as CSV (RFC 4180 quoting), one line per row, cells as shown in the table. */
export function toCsv(columns: string[], rows: Record<string, unknown>[]): string {
  return [columns.map(csvField).join(','), ...rows.map((r) => columns.map((c) => csvField(cellText(r[c]))).join(','))].join('\r\n') + '\r\n';
}

/** History with the query first, without duplicates, at most max entries. */
export function pushHistory(history: string[], query: string, max = 20): string[] {
  const q = query.trim();
  if (!q) return history;
  return [q, ...history.filter((h) => h !== q)].slice(0, max);
}

/** A link that opens the explorer with the console filled in (not run). */
export function shareUrl(base: string, query: string, params?: string): string {
  const url = new URL(base);
  url.search = '';
  url.hash = '';
  url.searchParams.set('cypher', query);
  if (params && params.trim() && params.trim() !== '{}') url.searchParams.set('cypherParams', params.trim());
  return url.toString();
}

/** The query (and parameters) a shared link carries, if any. */
export function readShared(search: string): { query: string; params: string | null } | null {
  const sp = new URLSearchParams(search);
  const query = sp.get('cypher');
  return query ? { query, params: sp.get('cypherParams') } : null;
}

/** Parses the parameters panel: an object, or an error message to show next to it. */
export function parseParams(text: string): { params: Record<string, unknown> } | { error: string } {
  if (!text.trim()) return { params: {} };
  try {
    const v = JSON.parse(text) as unknown;
    if (!v || typeof v !== 'object' || Array.isArray(v)) return { error: 'parameters must be a JSON object, e.g. {"name": "Russie"}' };
    return { params: v as Record<string, unknown> };
  } catch (e) {
    return { error: `parameters are not valid JSON: ${(e as Error).message}` };
  }
}

/** The editor's completion schema: labels and types carry their leading colon, as the editor expects. */
export function toEditorSchema(s: { labels: string[]; relationshipTypes: string[]; propertyKeys: string[] }, params: string[] = []) {
  return {
    labels: s.labels.map((l) => `:${l}`),
    relationshipTypes: s.relationshipTypes.map((t) => `:${t}`),
    propertyKeys: s.propertyKeys,
    parameters: params,
  };
}

// Typed attribute columns for the file exports. GEXF and GraphML declare one type per attribute name,
// so every value of a property across the graph decides it: all integers -> integer (long beyond 32 bits),
// all numbers -> double, all booleans -> boolean, all lists -> a list, anything else or a mix -> string.

/** The type of one attribute column, independent of the file format. */
export type AttrKind = 'integer' | 'long' | 'double' | 'boolean' | 'string' | 'list';

/** An attribute column: its name, its type and whether lists hold numbers only. */
export interface AttrColumn {
  name: string;
  kind: AttrKind;
}

const INT32 = 2 ** 31 - 1;

function kindOf(v: unknown): AttrKind | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return 'string';
    if (!Number.isInteger(v)) return 'double';
    return Math.abs(v) <= INT32 ? 'integer' : 'long';
  }
  if (Array.isArray(v)) return 'list';
  return 'string';
}

function merge(a: AttrKind, b: AttrKind): AttrKind {
  if (a === b) return a;
  const numeric = ['integer', 'long', 'double'];
  if (numeric.includes(a) && numeric.includes(b)) return a === 'double' || b === 'double' ? 'double' : 'long';
  return 'string';
}

/** Infers one column per property name over a set of property bags, in first-seen order (reserved names skipped). */
export function inferColumns(bags: Record<string, unknown>[], reserved: readonly string[] = []): AttrColumn[] {
  const kinds = new Map<string, AttrKind>();
  for (const bag of bags)
    for (const [name, v] of Object.entries(bag)) {
      if (reserved.includes(name)) continue;
      const k = kindOf(v);
      if (!k) continue;
      const seen = kinds.get(name);
      kinds.set(name, seen ? merge(seen, k) : k);
    }
  return [...kinds].map(([name, kind]) => ({ name, kind }));
}

/** A list's items as text: strings stay, objects become JSON. */
export function listItems(v: unknown[]): string[] {
  return v.map((x) => (typeof x === 'string' ? x : typeof x === 'object' && x !== null ? JSON.stringify(x) : String(x)));
}

/**
 * The text of a value in a column, or null when the value is absent. Lists are written as a JSON array of
 * strings, which GEXF 1.3 readers (Gephi) take as a list and any other tool can decode with a JSON parser.
 */
export function columnText(column: AttrColumn, v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (column.kind === 'list') return JSON.stringify(Array.isArray(v) ? listItems(v) : [String(v)]);
  if (column.kind === 'boolean' || column.kind === 'integer' || column.kind === 'long' || column.kind === 'double') return String(v);
  if (Array.isArray(v)) return JSON.stringify(listItems(v));
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

/** "#rrggbb" (or "#rgb", or "rgb(r, g, b)") as integer channels; null for anything else. */
export function colorChannels(color: string | undefined): { r: number; g: number; b: number } | null {
  if (!color) return null;
  let m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})(?:[0-9a-f]{2})?$/i.exec(color);
  if (m) return { r: parseInt(m[1], 16), g: parseInt(m[2], 16), b: parseInt(m[3], 16) };
  m = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(color);
  if (m) return { r: parseInt(m[1] + m[1], 16), g: parseInt(m[2] + m[2], 16), b: parseInt(m[3] + m[3], 16) };
  const rgb = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)/i.exec(color);
  return rgb ? { r: Number(rgb[1]), g: Number(rgb[2]), b: Number(rgb[3]) } : null;
}

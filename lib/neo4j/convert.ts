import 'server-only';
import type { PlainNode, PlainPath, PlainRelationship } from '../graph/plain';
import neo4j, { isDate, isDateTime, isDuration, isLocalDateTime, isLocalTime, isTime } from 'neo4j-driver';

export type PlainValue = unknown;

function isTemporal(v: object): boolean {
  return isDate(v) || isDateTime(v) || isLocalDateTime(v) || isTime(v) || isLocalTime(v) || isDuration(v);
}

/** Converts any value returned by neo4j-driver into plain JSON (Integer -> number, Node -> PlainNode...). */
export function toPlain(value: unknown): PlainValue {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(toPlain);
  if (neo4j.isNode(value)) {
    return { kind: 'node', elementId: value.elementId, labels: [...value.labels], properties: plainProps(value.properties) } satisfies PlainNode;
  }
  if (neo4j.isRelationship(value)) {
    const r = value;
    return {
      kind: 'relationship',
      elementId: r.elementId,
      type: r.type,
      startElementId: r.startNodeElementId,
      endElementId: r.endNodeElementId,
      properties: plainProps(r.properties),
    } satisfies PlainRelationship;
  }
  if (neo4j.isPath(value)) {
    const p = value;
    return {
      kind: 'path',
      nodes: [toPlain(p.start) as PlainNode, ...p.segments.map((s) => toPlain(s.end) as PlainNode)],
      relationships: p.segments.map((s) => toPlain(s.relationship) as PlainRelationship),
    } satisfies PlainPath;
  }
  if (isTemporal(value)) return String(value);
  if (value instanceof Uint8Array) return Array.from(value);
  return plainProps(value as Record<string, unknown>);
}

function plainProps(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) out[k] = toPlain(v);
  return out;
}

/**
 * Converts driver records into plain row objects keyed by column name, typed as the caller's row type `T`
 * (the query registry's row for a named query, Record<string, unknown> otherwise).
 */
export function recordsToRows<T = Record<string, unknown>>(records: { keys: readonly PropertyKey[]; get(key: PropertyKey): unknown }[]): T[] {
  return records.map((r) => {
    const row: Record<string, unknown> = {};
    for (const k of r.keys) row[String(k)] = toPlain(r.get(k));
    // The one place driver records become typed rows. The row type is what the Cypher text returns, which
    // the compiler cannot see: callers name it (the registry's row for a registered query), and this single
    // unchecked cast stands for all of them instead of one `as T[]` at each caller.
    return row as T;
  });
}

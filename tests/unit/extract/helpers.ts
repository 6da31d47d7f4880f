import { describe, expect, it } from 'vitest';
import { extractDocument } from '@/lib/extract';
import type { GraphDocument, GraphNode, PropertyValue } from '@/lib/graph/schema';

/** Extracts a text and offers the questions an analyst would ask of the graph. */
export function read(text: string, publishedAt: string | null = null) {
  const doc: GraphDocument = extractDocument(text, { publishedAt });
  const node = (id: string) => doc.nodes.find((n) => n.id === id);
  const name = (id: string) => node(id)?.name ?? id;
  const edges = (type: string) => doc.relationships.filter((r) => r.type === type);
  const transfers = () =>
    doc.nodes
      .filter((n) => n.label === 'Transfer')
      .map(
        (t: GraphNode): Record<string, PropertyValue> => ({
          ...t.properties,
          from: edges('SENT').filter((r) => r.target === t.id).map((r) => r.source),
          to: edges('TO').filter((r) => r.source === t.id).map((r) => r.target),
        }),
      );
  const stances = () => edges('ASSERTS').concat(edges('DENIES'), edges('CANNOT_CONFIRM')).map((r) => `${name(r.source)} ${r.type}`);
  return { doc, node, name, edges, transfers, stances };
}

/** Each Country, Person and Organization node a text yields as "Label:name", sorted; `label` keeps one of them. */
export function actorsOf(text: string, label?: 'Country' | 'Person' | 'Organization'): string[] {
  return read(text)
    .doc.nodes.filter((n) => (label ? n.label === label : ['Country', 'Person', 'Organization'].includes(n.label)))
    .map((n) => `${n.label}:${n.name}`)
    .sort();
}

/** Each HOLDS_ROLE edge a text yields as "person>holder" ids, sorted. */
export function rolesOf(text: string): string[] {
  return read(text).edges('HOLDS_ROLE').map((e) => `${e.source}>${e.target}`).sort();
}

/** Each agreement as "name: parties | signatories", parties and signatories by name, sorted. */
export function agreementsOf(text: string): string[] {
  const r = read(text);
  const from = (type: string, id: string) => r.edges(type).filter((e) => e.target === id).map((e) => r.name(e.source)).sort().join(', ');
  return r.doc.nodes.filter((n) => n.label === 'Agreement').map((a) => `${a.name}: ${from('PARTY_TO', a.id)} | ${from('SIGNED', a.id)}`);
}

/** Each membership a text yields as "member>body", sorted; `language` reads it as that language's text. */
export function membersOf(text: string, language?: 'en'): string[] {
  const doc = extractDocument(text, language ? { publishedAt: null, language } : { publishedAt: null });
  const name = (id: string) => doc.nodes.find((n) => n.id === id)?.name ?? id;
  return doc.relationships.filter((r) => r.type === 'MEMBER_OF').map((r) => `${name(r.source)}>${name(r.target)}`).sort();
}

/** Each IN_EXCHANGE_FOR edge as "kind sender>recipient <-> kind sender>recipient", both ends and the list sorted. */
export function exchangesOf(text: string): string[] {
  const r = read(text);
  const side = (id: string) => {
    const from = r.edges('SENT').filter((e) => e.target === id).map((e) => r.name(e.source));
    const to = r.edges('TO').filter((e) => e.source === id).map((e) => r.name(e.target));
    return `${r.node(id)!.properties.kind} ${from.join('+')}>${to.join('+')}`;
  };
  return r.edges('IN_EXCHANGE_FOR').map((e) => [side(e.source), side(e.target)].sort().join(' <-> ')).sort();
}

/** Each transfer a text yields as "sender>recipient:kind[:quantity]", several names joined by "+", sorted. */
export function flows(text: string): string[] {
  const r = read(text);
  const show = (ids: PropertyValue | undefined) => (Array.isArray(ids) ? ids.map((id) => r.name(String(id))).join('+') : '');
  return r.transfers().map((t) => `${show(t.from)}>${show(t.to)}:${t.kind}${t.quantity != null ? `:${t.quantity}` : ''}`).sort();
}

/** One made-up case of a transfer register bench: a text and the transfers it should yield ("sender>recipient:kind[:quantity]"). */
export interface TransferCase {
  text: string;
  transfers: string[];
  /** Not read yet: the case is kept, expected to fail, until the reading lands (then the flag goes). */
  open?: true;
}

/** Runs a register bench: each register's read cases must give their transfers, each open case must still fail. */
export function describeTransferRegisters(title: string, registers: Record<string, TransferCase[]>): void {
  describe.each(Object.entries(registers))(`${title} in a %s`, (_register, cases) => {
    it.each(cases.filter((c) => !c.open))('$text', ({ text, transfers }) => {
      expect(flows(text)).toEqual([...transfers].sort());
    });
    it.fails.each(cases.filter((c) => c.open))('not read yet: $text', ({ text, transfers }) => {
      expect(flows(text)).toEqual([...transfers].sort());
    });
  });
}

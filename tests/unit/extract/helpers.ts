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

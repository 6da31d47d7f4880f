// Neo4j values as plain JSON, as lib/neo4j/convert.ts produces them: the shapes every layer above the
// driver (routes, the console's row-to-graph conversion, the browser) can share without importing it.

/** A Neo4j node as plain JSON: no driver types cross this boundary. */
export interface PlainNode {
  kind: 'node';
  elementId: string;
  labels: string[];
  properties: Record<string, unknown>;
}

/** A Neo4j relationship as plain JSON. */
export interface PlainRelationship {
  kind: 'relationship';
  elementId: string;
  type: string;
  startElementId: string;
  endElementId: string;
  properties: Record<string, unknown>;
}

/** A Neo4j path as plain JSON: its nodes and relationships in order. */
export interface PlainPath {
  kind: 'path';
  nodes: PlainNode[];
  relationships: PlainRelationship[];
}

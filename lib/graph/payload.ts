/** A node as the API sends it to the browser: plain JSON, id = the Entity id (or Neo4j elementId for provenance nodes). */
export interface ApiNode {
  id: string;
  label: string;
  name: string;
  properties: Record<string, unknown>;
}

/** A relationship as the API sends it to the browser. */
export interface ApiEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Record<string, unknown>;
}

/** A graph fragment the browser can merge into its view. */
export interface GraphPayload {
  nodes: ApiNode[];
  edges: ApiEdge[];
  /** True when a cap cut the result: the UI must say so. */
  truncated: boolean;
  /** Totals before the cap, when known. */
  total?: { nodes: number; edges: number };
}

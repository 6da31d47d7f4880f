// The HTTP contract between Trame's routes and its browser code: one zod schema per response body.
// Routes declare their answers with these types (tsc checks what the lib functions return against them),
// tests/integration/api-contract.test.ts parses real answers with the schemas, and the browser client
// (lib/api/client.ts) imports the types only, so zod never reaches the bundle.
import { z } from 'zod';

const properties = z.record(z.string(), z.unknown());

/** The error body of every 4xx/5xx answer. */
export const apiErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    /** Where a Cypher error points, when Neo4j says. */
    position: z.object({ line: z.number(), column: z.number(), offset: z.number() }).optional(),
  }),
});

export const apiNodeSchema = z.object({ id: z.string(), label: z.string(), name: z.string(), properties });
export const apiEdgeSchema = z.object({ id: z.string(), type: z.string(), source: z.string(), target: z.string(), properties });

/** A graph fragment the browser merges into its view; `truncated` when a cap cut it. */
export const graphPayloadSchema = z.object({
  nodes: z.array(apiNodeSchema),
  edges: z.array(apiEdgeSchema),
  truncated: z.boolean(),
  total: z.object({ nodes: z.number(), edges: z.number() }).optional(),
});

/** GET /api/health (200; the 503 body has neo4j: 'down' and an error). */
export const healthSchema = z.object({ neo4j: z.literal('up'), version: z.string() });

/** GET /api/expand/:id */
export const expandSchema = graphPayloadSchema.extend({ more: z.number() });

export const searchHitSchema = z.object({
  id: z.string(),
  name: z.string(),
  label: z.string(),
  aliases: z.array(z.string()),
  score: z.number(),
  /** How the query named the hit when not by its letters: a capital, a demonym, an alias, or a fact of the named kinds. */
  via: z.enum(['name', 'alias', 'capital', 'demonym', 'fact']).nullable(),
  /** The query words behind `via` ("moscou"). */
  form: z.string().nullable(),
  /** A transfer's sender and receiver, when known. */
  sender: z.string().nullable().optional(),
  receiver: z.string().nullable().optional(),
});
/** GET /api/search?q= */
export const searchSchema = z.object({ query: z.string(), results: z.array(searchHitSchema) });

const mentionSchema = z.object({ start: z.number(), end: z.number(), text: z.string(), node: z.string() });
export const evidenceSentenceSchema = z.object({
  id: z.string(),
  text: z.string(),
  index: z.number(),
  article: z.object({ id: z.string().nullable(), title: z.string().nullable(), source: z.string().nullable(), publishedAt: z.string().nullable() }),
  mentions: z.array(mentionSchema),
});
/** GET /api/nodes/:id */
export const nodeDetailSchema = z.object({
  node: apiNodeSchema,
  relations: z.array(z.object({ edge: apiEdgeSchema, direction: z.enum(['out', 'in']), other: apiNodeSchema })),
  evidence: z.array(evidenceSentenceSchema),
  mentionedIn: z.array(z.string()),
});

/** GET /api/path?from=&to= */
export const pathSchema = z.object({
  found: z.boolean(),
  paths: z.array(z.object({ nodes: z.array(z.string()), edges: z.array(z.string()) })),
  graph: graphPayloadSchema,
  missing: z.array(z.string()),
});

/** POST /api/cypher */
export const cypherResultSchema = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.record(z.string(), z.unknown())),
  graph: graphPayloadSchema,
  truncated: z.boolean(),
  elapsedMs: z.number(),
});

export const savedQuerySchema = z.object({ id: z.string(), title: z.string(), description: z.string(), query: z.string(), params: properties });
/** GET /api/cypher/examples */
export const examplesSchema = z.object({ examples: z.array(savedQuerySchema) });

/** GET /api/schema: names for the console's completion. */
export const dbSchemaSchema = z.object({ labels: z.array(z.string()), relationshipTypes: z.array(z.string()), propertyKeys: z.array(z.string()) });

export const sourceArticleSchema = z.object({ id: z.string(), title: z.string().nullable(), source: z.string().nullable(), publishedAt: z.string().nullable() });
/** GET /api/map/sources?article= */
export const sourcesSchema = z.object({ sources: z.array(sourceArticleSchema) });

/** GET /api/map?focus=|query=|id= */
export const mapSchema = z.object({
  graph: graphPayloadSchema,
  focus: z.object({ id: z.string(), name: z.string(), label: z.string() }).nullable(),
  sources: z.array(sourceArticleSchema),
});

export type ApiErrorBody = z.infer<typeof apiErrorSchema>;
export type GraphPayloadBody = z.infer<typeof graphPayloadSchema>;
export type HealthBody = z.infer<typeof healthSchema>;
export type ExpandBody = z.infer<typeof expandSchema>;
export type SearchHit = z.infer<typeof searchHitSchema>;
export type SearchBody = z.infer<typeof searchSchema>;
export type EvidenceSentence = z.infer<typeof evidenceSentenceSchema>;
export type NodeDetail = z.infer<typeof nodeDetailSchema>;
export type PathResult = z.infer<typeof pathSchema>;
export type CypherResult = z.infer<typeof cypherResultSchema>;
export type SavedQuery = z.infer<typeof savedQuerySchema>;
export type ExamplesBody = z.infer<typeof examplesSchema>;
export type DbSchema = z.infer<typeof dbSchemaSchema>;
export type SourcesBody = z.infer<typeof sourcesSchema>;
export type MapBody = z.infer<typeof mapSchema>;

// The HTTP contract between Trame's routes and its browser code: one zod schema per request (query string,
// path parameter or JSON body) and per response body. Routes parse their input with the request schemas and
// declare their answers with the response types (tsc checks what the lib functions return against them),
// tests/integration/api-contract.test.ts parses real answers with the response schemas, and the browser
// client (lib/api/client.ts) imports the types only, so zod never reaches the bundle.
import { z } from 'zod';
import { articleSchema } from '../graph/schema';

// ---- Requests -------------------------------------------------------------------------------------------

export const GRAPH_LIMIT_DEFAULT = 2_000;
export const GRAPH_LIMIT_MAX = 20_000;
export const EXPAND_LIMIT_DEFAULT = 25;
export const EXPAND_LIMIT_MAX = 500;
export const MAP_MAX_DEPTH = 3;
/** Ids a map permalink may carry (the explorer's export keeps at most 150). */
export const MAP_MAX_IDS = 500;
/** Articles one caption may cite. */
export const SOURCES_MAX_IDS = 500;
/** Longest console query text accepted, in characters. */
export const MAX_QUERY_LENGTH = 20_000;

/** The :id of /api/nodes, /api/expand and /api/facts (an entity or fact id). */
export const nodeIdSchema = z.string().min(1).max(500);
/** The :id of DELETE /api/articles (the loader's article id). */
export const articleIdSchema = z.string().regex(/^[0-9a-f]{16}$/, 'article ids are 16 hexadecimal characters');

/** GET /api/graph?limit= */
export const graphQuerySchema = z.object({ limit: z.coerce.number().int().min(1).max(GRAPH_LIMIT_MAX).default(GRAPH_LIMIT_DEFAULT) });
/** GET /api/expand/:id?limit= */
export const expandQuerySchema = z.object({ limit: z.coerce.number().int().min(1).max(EXPAND_LIMIT_MAX).default(EXPAND_LIMIT_DEFAULT) });
/** GET /api/search?q=&limit= */
export const searchQuerySchema = z.object({
  q: z.string().trim().min(1).max(200),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});
/** GET /api/path?from=&to= */
export const pathQuerySchema = z.object({ from: nodeIdSchema, to: nodeIdSchema });
/** POST /api/cypher */
export const cypherRequestSchema = z.object({
  query: z.string().trim().min(1, 'type a query').max(MAX_QUERY_LENGTH, `queries are limited to ${MAX_QUERY_LENGTH} characters`),
  params: z.record(z.string(), z.unknown()).default({}),
});
/** GET /api/map?focus=&depth= | ?query= | ?id=&id=... (repeated `id` parameters arrive as a list). */
export const mapQuerySchema = z.object({
  focus: z.string().trim().min(1).max(200).optional(),
  depth: z.coerce.number().int().min(1).max(MAP_MAX_DEPTH).default(1),
  query: z.string().trim().min(1).max(10_000).optional(),
  /** `claims=1` walks into Claim nodes too; by default a focus map shows facts and actors, as the explorer does. */
  claims: z.enum(['0', '1']).default('0'),
  id: z
    .array(z.string())
    .transform((ids) => [...new Set(ids.filter(Boolean))])
    .pipe(z.array(z.string()).max(MAP_MAX_IDS, `at most ${MAP_MAX_IDS} ids per map`))
    .default([]),
});
/** GET /api/map/sources?article=&article=... (ids that are no article id are left out, the list capped). */
export const sourcesQuerySchema = z.object({
  article: z
    .array(z.string())
    .default([])
    .transform((ids) => [...new Set(ids.filter((s) => articleIdSchema.safeParse(s).success))].slice(0, SOURCES_MAX_IDS)),
});
/** POST /api/articles?mode= (the body is the article itself: text or file bytes, X-Trame-Filename its name). */
export const articlePostQuerySchema = z.object({ mode: z.enum(['preview', 'load']).default('preview') });

// ---- Responses ------------------------------------------------------------------------------------------

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

/** GET /api/health, 200. */
export const healthSchema = z.object({ neo4j: z.literal('up'), version: z.string() });
/** GET /api/health, 503: Neo4j is unreachable (the URI stays in the server log). */
export const healthDownSchema = z.object({ neo4j: z.literal('down'), error: apiErrorSchema.shape.error });

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

/** An article as answers cite it: title, outlet and date, each null when the article did not give it. */
export const sourceArticleSchema = z.object({ id: z.string(), title: z.string().nullable(), source: z.string().nullable(), publishedAt: z.string().nullable() });

const mentionSchema = z.object({ start: z.number(), end: z.number(), text: z.string(), node: z.string() });
export const evidenceSentenceSchema = z.object({
  id: z.string(),
  text: z.string(),
  index: z.number(),
  article: sourceArticleSchema.extend({ id: z.string().nullable() }),
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

/** GET /api/map/sources?article= */
export const sourcesSchema = z.object({ sources: z.array(sourceArticleSchema) });

/** GET /api/map?focus=|query=|id= */
export const mapSchema = z.object({
  graph: graphPayloadSchema,
  focus: z.object({ id: z.string(), name: z.string(), label: z.string() }).nullable(),
  sources: z.array(sourceArticleSchema),
});

const stanceTypeSchema = z.enum(['ASSERTS', 'DENIES', 'CANNOT_CONFIRM', 'REPORTED']);
/** One mention of a fact with what its sentence said: the figure, qualifier, date and status of that source. */
export const factMentionSchema = z.object({
  sentence: z.string(),
  text: z.string(),
  mentionText: z.string().nullable(),
  mention: z.string(),
  quantity: z.number().nullable(),
  quantityMax: z.number().nullable(),
  qualifier: z.string().nullable(),
  unit: z.string().nullable(),
  date: z.string().nullable(),
  dateText: z.string().nullable(),
  when: z.string().nullable(),
  status: z.string().nullable(),
  articleId: z.string().nullable(),
  articleTitle: z.string().nullable(),
  articleSource: z.string().nullable(),
  publishedAt: z.string().nullable(),
});
/** GET /api/facts/:id */
export const factDetailSchema = z.object({
  fact: apiNodeSchema,
  mentions: z.array(factMentionSchema),
  stances: z.array(
    z.object({
      type: stanceTypeSchema,
      speaker: apiNodeSchema,
      quote: z.string().nullable(),
      date: z.string().nullable(),
      evidence: z.array(z.string()),
      articles: z.array(z.string()),
    }),
  ),
  evidence: z.array(evidenceSentenceSchema),
});

/** A loaded article as the articles page lists it: its citation, how many sentences, when it was loaded. */
export const articleSummarySchema = sourceArticleSchema.extend({ sentences: z.number().nullable(), loadedAt: z.number().nullable() });
/** GET /api/articles */
export const articlesSchema = z.object({ articles: z.array(articleSummarySchema) });

const previewSpanSchema = z.object({ start: z.number(), end: z.number(), text: z.string(), node: z.string(), label: z.string() });
/** POST /api/articles?mode=preview: the extraction, with which entities the graph already holds; nothing written. */
export const articlePreviewSchema = z.object({
  article: articleSchema,
  alreadyLoaded: z.boolean(),
  sentences: z.array(z.object({ id: z.string(), index: z.number(), text: z.string(), boilerplate: z.boolean(), spans: z.array(previewSpanSchema) })),
  entities: z.array(z.object({ id: z.string(), label: z.string(), name: z.string(), mentions: z.number(), existing: z.boolean() })),
  facts: z.array(
    z.object({
      id: z.string(),
      type: z.string(),
      source: z.string(),
      target: z.string(),
      sourceName: z.string(),
      targetName: z.string(),
      properties,
      evidence: z.array(z.string()),
    }),
  ),
  warnings: z.array(z.string()),
});
/** POST /api/articles?mode=load: what the one transaction wrote. */
export const articleLoadSchema = z.object({
  article: articleSchema,
  loaded: z.object({ articleId: z.string(), sentences: z.number(), nodes: z.number(), mentions: z.number(), relationships: z.number(), ms: z.number() }),
});
/** DELETE /api/articles/:id */
export const articleRetractSchema = z.object({ retracted: z.string() });

export type ApiErrorBody = z.infer<typeof apiErrorSchema>;
export type GraphPayloadBody = z.infer<typeof graphPayloadSchema>;
export type HealthBody = z.infer<typeof healthSchema>;
export type HealthDownBody = z.infer<typeof healthDownSchema>;
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
export type FactMention = z.infer<typeof factMentionSchema>;
export type FactDetail = z.infer<typeof factDetailSchema>;
export type ArticleSummary = z.infer<typeof articleSummarySchema>;
export type ArticlesBody = z.infer<typeof articlesSchema>;
export type ArticlePreviewBody = z.infer<typeof articlePreviewSchema>;
export type ArticleLoadBody = z.infer<typeof articleLoadSchema>;
export type ArticleRetractBody = z.infer<typeof articleRetractSchema>;

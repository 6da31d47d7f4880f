import 'server-only';
import {
  articleIdSchema,
  articlePostQuerySchema,
  cypherRequestSchema,
  expandQuerySchema,
  graphQuerySchema,
  mapQuerySchema,
  nodeIdSchema,
  pathQuerySchema,
  searchQuerySchema,
  sourcesQuerySchema,
  type ArticleRetractBody,
  type ArticlesBody,
  type CypherResult,
  type DbSchema,
  type ExamplesBody,
  type ExpandBody,
  type FactDetail,
  type GraphPayloadBody,
  type HealthBody,
  type HealthDownBody,
  type MapBody,
  type NodeDetail,
  type PathResult,
  type SearchBody,
  type SourcesBody,
} from '../api/contract';
import { submitArticle } from '../articles/submit';
import { maxUploadBytes, uploadName, UploadError } from '../articles/upload';
import { maxResultBytes } from '../graph/byte-cap';
import { listArticles, retractArticle } from '../neo4j/articles';
import { QueryTimeoutError, runConsoleQuery } from '../neo4j/console';
import { readExamples } from '../neo4j/console-examples';
import { readConsoleSchema } from '../neo4j/console-schema';
import { sharedDb } from '../neo4j/driver';
import { Neo4jQueryError, Neo4jUnavailableError } from '../neo4j/errors';
import { expand, factDetail, health, nodeDetail, overview, search, shortestPaths } from '../neo4j/explore';
import { articlesByIds, RefusedQueryError } from '../neo4j/map';
import { mapView, UnknownEntityError } from '../neo4j/map-view';
import { QueryRefusedError } from '../neo4j/read-only';
import { parseJsonBody, parseQuery, pathParam, routeTable, type ApiRoute } from './api-route';
import { cappedGraphReply, errorReply, HttpError, jsonReply, type JsonReply } from './respond';
import { assertWriteAllowed } from './write-guard';

// Every API route, once: what it reads (zod schemas of lib/api/contract.ts), the lib call, what it answers.
// app/api/**/route.ts serve them under Next.js (next dev), scripts/serve.ts without it (npm start).

/** Console errors: refusals and timeouts by code, Neo4j errors with their line and column. */
function consoleErrors(error: unknown): JsonReply | null {
  if (error instanceof QueryRefusedError || error instanceof QueryTimeoutError) return errorReply(400, error.code, error.message);
  if (error instanceof Neo4jQueryError) return jsonReply({ error: { code: error.code, message: error.message, ...(error.position ? { position: error.position } : {}) } }, 400);
  return null;
}

/** The value, or a 404 naming what was asked for (`what`: "node with id …"). */
function found<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new HttpError(404, 'NOT_FOUND', `no ${what}`);
  return value;
}

/** Map errors: unknown names and ids 404, refused and stopped queries 400. */
function mapErrors(error: unknown): JsonReply | null {
  if (error instanceof UnknownEntityError) return errorReply(404, error.code, error.message);
  if (error instanceof RefusedQueryError || error instanceof QueryTimeoutError) return errorReply(400, error.code, error.message);
  return null;
}

const ROUTES: ApiRoute[] = [
  {
    // The overview graph, capped (default 2000 nodes, max 20000).
    method: 'GET',
    path: '/api/graph',
    handle: async (req): Promise<GraphPayloadBody> => overview(sharedDb(), parseQuery(req, graphQuerySchema).limit),
  },
  {
    // Accent- and case-insensitive name/alias search.
    method: 'GET',
    path: '/api/search',
    handle: async (req): Promise<SearchBody> => {
      const { q, limit } = parseQuery(req, searchQuerySchema);
      return { query: q, results: await search(sharedDb(), q, limit) };
    },
  },
  {
    // Neighbours to add to the view, with `more` counting those left out; serialised once against the byte cap.
    method: 'GET',
    path: '/api/expand/:id',
    handle: async (req) => {
      const nodeId = nodeIdSchema.parse(pathParam(req, 'id'));
      const { limit } = parseQuery(req, expandQuerySchema);
      const graph: ExpandBody = found(await expand(sharedDb(), nodeId, limit), `node with id ${nodeId}`);
      return cappedGraphReply(graph, maxResultBytes());
    },
  },
  {
    // Node, properties, relationships and evidence sentences; 404 when unknown.
    method: 'GET',
    path: '/api/nodes/:id',
    handle: async (req): Promise<NodeDetail> => {
      const nodeId = nodeIdSchema.parse(pathParam(req, 'id'));
      return found(await nodeDetail(sharedDb(), nodeId), `node with id ${nodeId}`);
    },
  },
  {
    // A fact's mentions (figure over time, each source), stances and evidence; 404 when unknown.
    method: 'GET',
    path: '/api/facts/:id',
    handle: async (req): Promise<FactDetail> => {
      const factId = nodeIdSchema.parse(pathParam(req, 'id'));
      return found(await factDetail(sharedDb(), factId), `fact with id ${factId}`);
    },
  },
  {
    // All shortest paths (found: false when none); 404 naming the ids Neo4j does not know.
    method: 'GET',
    path: '/api/path',
    handle: async (req): Promise<PathResult> => {
      const { from, to } = parseQuery(req, pathQuerySchema);
      const result = await shortestPaths(sharedDb(), from, to);
      if (result.missing.length > 0) throw new HttpError(404, 'NOT_FOUND', `unknown id: ${result.missing.join(', ')}`);
      return result;
    },
  },
  {
    // 200 {neo4j:'up', version}; 503 {neo4j:'down', error} when Neo4j is unreachable.
    method: 'GET',
    path: '/api/health',
    handle: async (): Promise<HealthBody | JsonReply> => {
      try {
        return await health(sharedDb());
      } catch (error) {
        if (!(error instanceof Neo4jUnavailableError)) throw error;
        // The URI names an internal host: it goes to the server log, not to browsers.
        console.error(`trame api: ${error.message}`);
        const down: HealthDownBody = { neo4j: 'down', error: { code: error.code, message: 'Neo4j is unreachable — the server log has the details' } };
        return jsonReply(down, 503);
      }
    },
  },
  {
    // Labels, relationship types and property keys, for the console's completion.
    method: 'GET',
    path: '/api/schema',
    handle: async (): Promise<DbSchema> => readConsoleSchema(sharedDb()),
  },
  {
    // Read-only Cypher {query, params}: columns, rows, graph, truncated, elapsedMs.
    method: 'POST',
    path: '/api/cypher',
    handle: async (req): Promise<CypherResult> => {
      const { query, params } = await parseJsonBody(req, cypherRequestSchema, 64 * 1024);
      return runConsoleQuery(sharedDb(), query, params);
    },
    errors: consoleErrors,
  },
  {
    // The saved queries of cypher/examples, with title and description.
    method: 'GET',
    path: '/api/cypher/examples',
    handle: async (): Promise<ExamplesBody> => ({ examples: readExamples() }),
  },
  {
    // ?focus=<name>&depth=<n>[&claims=1] | ?query=<cypher> | ?id=<id>&id=...: the graph of a map, the focus entity and
    // the source articles; the query runs through the console's runner and caps (same-origin only: the guard).
    method: 'GET',
    path: '/api/map',
    handle: async (req): Promise<MapBody> => {
      const q = req.query;
      const p = mapQuerySchema.parse({
        focus: q.get('focus') ?? undefined,
        depth: q.get('depth') ?? undefined,
        query: q.get('query') ?? undefined,
        claims: q.get('claims') ?? undefined,
        id: q.getAll('id'),
      });
      return mapView(sharedDb(), { focus: p.focus, depth: p.depth, query: p.query, claims: p.claims === '1', ids: p.id });
    },
    errors: mapErrors,
  },
  {
    // Title, source and date of the cited articles (for captions).
    method: 'GET',
    path: '/api/map/sources',
    handle: async (req): Promise<SourcesBody> => {
      const { article } = sourcesQuerySchema.parse({ article: req.query.getAll('article') });
      return { sources: await articlesByIds(sharedDb(), article) };
    },
  },
  {
    // The loaded articles, newest load first.
    method: 'GET',
    path: '/api/articles',
    handle: async (): Promise<ArticlesBody> => ({ articles: await listArticles(sharedDb()) }),
  },
  {
    // ?mode=preview|load — the body is the article itself (pasted text, or a .txt/.html file's bytes; X-Trame-Filename
    // names it), at most maxUploadBytes. preview: the extraction and nothing written; load: one transaction. Same-origin;
    // authenticated with TRAME_AUTH, loopback-only without (DESIGN §8).
    method: 'POST',
    path: '/api/articles',
    handle: async (req) => {
      await assertWriteAllowed(req);
      const { mode } = parseQuery(req, articlePostQuerySchema);
      const bytes = await req.body(maxUploadBytes());
      return submitArticle(sharedDb(), bytes, uploadName(req.header('x-trame-filename')), mode);
    },
    errors: (error) => (error instanceof UploadError ? errorReply(400, error.code, error.message) : null),
  },
  {
    // Retracts the article and every mention and fact it brought, in one transaction.
    method: 'DELETE',
    path: '/api/articles/:id',
    handle: async (req): Promise<ArticleRetractBody> => {
      await assertWriteAllowed(req);
      const articleId = articleIdSchema.parse(pathParam(req, 'id'));
      if (!(await retractArticle(sharedDb(), articleId))) throw new HttpError(404, 'NOT_FOUND', `no article with id ${articleId}`);
      return { retracted: articleId };
    },
  },
];

/** The API's routes, compiled for matching. */
export const API_ROUTES = routeTable(ROUTES);

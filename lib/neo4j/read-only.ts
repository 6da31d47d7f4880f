// Read-only policy of the Cypher console. Neo4j's own verdict (the planned queryType) is the
// authority; the lexical and plan checks below catch what Neo4j calls "read" yet should not run
// from a browser: LOAD CSV (reads server files and URLs), TERMINATE/SHOW TRANSACTIONS, and
// procedures such as db.clearQueryCaches or db.stats.clear that report 'r' or 's' but act on the server.
import 'server-only';

/** A planned operator reduced to what the policy needs (no driver types). */
export interface PlanNode {
  operatorType: string;
  details: string;
  children: PlanNode[];
}

/** The console refused a query before running it; the message says why, for the person typing. */
export class QueryRefusedError extends Error {
  constructor(
    readonly code:
      | 'QUERY_NOT_READ_ONLY'
      | 'PROCEDURE_NOT_ALLOWED'
      | 'QUERY_NOT_SUPPORTED'
      | 'QUERY_TOO_LONG'
      | 'QUERY_TOO_DEEP'
      | 'QUERY_UNBOUNDED_GROWTH'
      | 'PARAMS_TOO_DEEP'
      | 'PARAMS_TOO_LARGE',
    message: string,
  ) {
    super(message);
    this.name = 'QueryRefusedError';
  }
}

/** Procedures that only read the graph or its schema; every other procedure is refused. */
export const ALLOWED_PROCEDURES: readonly string[] = [
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
  'db.index.vector.queryNodes',
  'db.index.vector.queryRelationships',
];
const ALLOWED_LOWER = new Set(ALLOWED_PROCEDURES.map((p) => p.toLowerCase()));

// SHOW INDEXES / CONSTRAINTS describe the schema; other SHOW commands expose other sessions'
// queries or server settings, so they are refused with the admin commands.
const ALLOWED_SHOW = new Set(['ShowIndexes', 'ShowConstraints']);
const DENIED_OPERATORS = /^(LoadCSV|TransactionForeach|TransactionApply|Terminate|Administration|SystemProcedureCall|Show|Create|Drop|Alter|Grant|Revoke|Deny|Start|Stop|Rename|Assert|Ensure|Wait)/;

const QUERY_TYPES: Record<string, string> = { w: 'writes to the graph', rw: 'reads and writes', s: 'is a schema or administration command' };
// Administration commands, refused before Neo4j plans them (Community rejects some of them only at run time).
const ADMIN_COMMAND =
  /^\s*(?:(?:START|STOP)\s+DATABASE|(?:CREATE|DROP|ALTER|RENAME)\s+(?:OR\s+REPLACE\s+)?(?:COMPOSITE\s+)?(?:DATABASE|ALIAS|USER|ROLE|SERVER)|GRANT|DENY|REVOKE|DEALLOCATE|REALLOCATE|ENABLE\s+SERVER)\b/i;

/** Blanks out comments, string literals and `quoted` names so keyword checks see only Cypher syntax. */
export function stripLiterals(query: string): string {
  return query.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\/|'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|`(?:``|[^`])*`/g, (m) =>
    m.startsWith('/') ? ' ' : m.startsWith('`') ? '_' : "''",
  );
}

/** First layer, before Neo4j sees the query: refuses clauses and procedures that are never allowed. */
export function lexicalRefusal(query: string): QueryRefusedError | null {
  const code = stripLiterals(query);
  if (/^\s*(?:CYPHER(?:\s+[\w.]+(?:\s*=\s*[\w.]+)?)*\s+)?(?:EXPLAIN|PROFILE)\b/i.test(code))
    return new QueryRefusedError('QUERY_NOT_SUPPORTED', 'EXPLAIN and PROFILE are not available in the console: run the query itself');
  if (ADMIN_COMMAND.test(code)) return new QueryRefusedError('QUERY_NOT_READ_ONLY', 'administration commands are not allowed in the console');
  if (/\bLOAD\s+CSV\b/i.test(code)) return new QueryRefusedError('QUERY_NOT_READ_ONLY', 'LOAD CSV is not allowed: the console only reads the graph');
  if (/\bIN\s+(?:\S+\s+)?(?:CONCURRENT\s+)?TRANSACTIONS\b/i.test(code) || /\bPERIODIC\s+COMMIT\b/i.test(code))
    return new QueryRefusedError('QUERY_NOT_READ_ONLY', 'CALL { … } IN TRANSACTIONS is not allowed: the console runs one read transaction');
  for (const m of code.matchAll(/\bCALL\s+([A-Za-z_][\w.]*)/gi)) {
    const refusal = procedureRefusal(m[1]);
    if (refusal) return refusal;
  }
  return null;
}

function procedureRefusal(name: string): QueryRefusedError | null {
  if (ALLOWED_LOWER.has(name.toLowerCase())) return null;
  return new QueryRefusedError(
    'PROCEDURE_NOT_ALLOWED',
    `procedure ${name} is not allowed in the console (allowed: ${ALLOWED_PROCEDURES.join(', ')})`,
  );
}

/** Second layer, on Neo4j's plan: refuses anything not planned as read-only, and denied operators or procedures. */
export function planRefusal(queryType: string | undefined, plan: PlanNode | null): QueryRefusedError | null {
  if (queryType !== 'r') {
    const what = QUERY_TYPES[queryType ?? ''] ?? `is of type ${queryType ?? 'unknown'}`;
    return new QueryRefusedError('QUERY_NOT_READ_ONLY', `only read queries run in the console: this query ${what}`);
  }
  for (const op of walk(plan)) {
    const [name, runtime] = op.operatorType.split('@');
    if (runtime === 'system') return new QueryRefusedError('QUERY_NOT_READ_ONLY', 'administration commands are not allowed in the console');
    if (name.startsWith('ProcedureCall')) {
      const proc = /^\s*([\w.`]+)\s*\(/.exec(op.details)?.[1]?.replaceAll('`', '') ?? '?';
      const refusal = procedureRefusal(proc);
      if (refusal) return refusal;
    } else if (DENIED_OPERATORS.test(name) && !ALLOWED_SHOW.has(name)) {
      return new QueryRefusedError('QUERY_NOT_READ_ONLY', `${name} is not allowed in the console: it reads outside the graph or acts on the server`);
    }
  }
  return null;
}

function* walk(plan: PlanNode | null): Generator<PlanNode> {
  if (!plan) return;
  yield plan;
  for (const child of plan.children) yield* walk(child);
}

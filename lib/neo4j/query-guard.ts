// Checks made before Neo4j sees a user's query: what Neo4j handles badly or does not account for.
// - deep nesting of ( [ { overflows Cypher's recursive parser (about 3,000 levels): the server spends
//   minutes on it and holds the connection meanwhile;
// - deeply nested or huge parameter maps cost the driver and the server before any limit applies;
// - strings and lists built inside an expression are not counted by Neo4j's transaction memory
//   tracker: `reduce(s = 'x', i IN range(1, 26) | s + s)` makes 64 Mi characters while the
//   transaction reports 2 MiB, and a few of them exhaust the heap (exit on OOM: the database dies).
import 'server-only';
import { MAX_QUERY_LENGTH } from '../api/contract';
import { QueryRefusedError, stripLiterals } from './read-only';

/** What a query and its parameters may be (each refusal is a 400 with its code). */
export interface QueryGuardLimits {
  /** Longest query text, characters. */
  maxQueryLength: number;
  /** Deepest nesting of parentheses, brackets and braces. */
  maxNesting: number;
  /** Deepest nesting of parameter maps and lists. */
  maxParamDepth: number;
  /** Most values (scalars, lists and maps counted alike) in all parameters together. */
  maxParamValues: number;
}

export const DEFAULT_QUERY_GUARD_LIMITS: QueryGuardLimits = {
  maxQueryLength: MAX_QUERY_LENGTH,
  maxNesting: 64,
  maxParamDepth: 16,
  maxParamValues: 10_000,
};

/** Deepest nesting of ( [ { in the query, outside strings and comments. */
export function nestingDepth(query: string): number {
  const code = stripLiterals(query);
  let depth = 0;
  let max = 0;
  for (let i = 0; i < code.length; i++) {
    const c = code.charCodeAt(i);
    if (c === 40 || c === 91 || c === 123) max = Math.max(max, ++depth);
    else if (c === 41 || c === 93 || c === 125) depth = Math.max(0, depth - 1);
  }
  return max;
}

/** The text between the bracket at `open` and its match (or to the end when unbalanced). */
function enclosed(code: string, open: number): string {
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    const c = code[i];
    if (c === '(' || c === '[' || c === '{') depth++;
    else if ((c === ')' || c === ']' || c === '}') && --depth === 0) return code.slice(open + 1, i);
  }
  return code.slice(open + 1);
}

/**
 * The accumulator of a `reduce` that appears twice or more in its own step (`s + s`, `replace(s, 'x', s)`,
 * `l + l`): each step multiplies the value, so 30 steps make gigabytes Neo4j never counts. Null when none.
 */
export function selfGrowingReduce(query: string): string | null {
  const code = stripLiterals(query);
  for (const m of code.matchAll(/\breduce\s*\(/gi)) {
    const inner = enclosed(code, m.index + m[0].length - 1);
    const head = /^\s*([A-Za-z_][\w]*)\s*=/.exec(inner);
    const bar = inner.indexOf('|');
    if (!head || bar < 0) continue;
    const uses = inner.slice(bar + 1).match(new RegExp(`(?<![\\w.$])${head[1]}(?![\\w])`, 'g'))?.length ?? 0;
    if (uses >= 2) return head[1];
  }
  return null;
}

/**
 * A variable added to itself (`s + s`, `WITH s + s AS s` repeated) or put back into itself by replace():
 * each occurrence doubles (or squares) a value outside Neo4j's memory accounting. Null when none.
 */
export function selfDoubling(query: string): string | null {
  const code = stripLiterals(query);
  const sum = /(?<![\w.$])([A-Za-z_]\w*)\s*\+\s*\(?\s*\1(?![\w(])/.exec(code);
  if (sum) return `${sum[1]} + ${sum[1]}`;
  for (const m of code.matchAll(/\breplace\s*\(/gi)) {
    const args = enclosed(code, m.index + m[0].length - 1);
    const first = /^\s*([A-Za-z_]\w*)\s*,/.exec(args)?.[1];
    if (first && new RegExp(`(?<![\\w.$])${first}(?![\\w])`, 'g').test(args.slice(args.indexOf(',') + 1)))
      return `replace(${first}, …, ${first})`;
  }
  return null;
}

/** Refuses (QueryRefusedError, a 400) a query text Neo4j would handle badly; returns nothing when it may run. */
export function guardQuery(query: string, limits: QueryGuardLimits = DEFAULT_QUERY_GUARD_LIMITS): void {
  if (query.length > limits.maxQueryLength)
    throw new QueryRefusedError('QUERY_TOO_LONG', `queries are limited to ${limits.maxQueryLength} characters (this one has ${query.length})`);
  const depth = nestingDepth(query);
  if (depth > limits.maxNesting)
    throw new QueryRefusedError('QUERY_TOO_DEEP', `parentheses, brackets and braces nest ${depth} deep (limit ${limits.maxNesting}): flatten the expression`);
  const doubled = selfDoubling(query);
  if (doubled)
    throw new QueryRefusedError(
      'QUERY_UNBOUNDED_GROWTH',
      `${doubled} doubles a value each time it runs, beyond what Neo4j's memory limits track: compute it another way`,
    );
  const grower = selfGrowingReduce(query);
  if (grower)
    throw new QueryRefusedError(
      'QUERY_UNBOUNDED_GROWTH',
      `reduce uses its accumulator ${grower} more than once per step, so its value doubles at every step: build it from the list instead`,
    );
}

/**
 * Refuses parameters nested deeper than maxParamDepth or holding more than maxParamValues values.
 * Walks with an explicit stack, so a 10,000-deep document cannot overflow this check itself.
 */
export function guardParams(params: unknown, limits: QueryGuardLimits = DEFAULT_QUERY_GUARD_LIMITS): void {
  const stack: { value: unknown; depth: number }[] = [{ value: params, depth: 0 }];
  let count = 0;
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!;
    if (++count > limits.maxParamValues)
      throw new QueryRefusedError('PARAMS_TOO_LARGE', `parameters hold more than ${limits.maxParamValues} values: pass fewer, or query for them`);
    if (value === null || typeof value !== 'object') continue;
    if (depth >= limits.maxParamDepth)
      throw new QueryRefusedError('PARAMS_TOO_DEEP', `parameters nest deeper than ${limits.maxParamDepth} levels: flatten them`);
    for (const v of Array.isArray(value) ? value : Object.values(value)) stack.push({ value: v, depth: depth + 1 });
  }
}

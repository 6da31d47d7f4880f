import { NextResponse } from 'next/server';
import { errorResponse, toErrorResponse } from '@/lib/http/respond';
import { QueryTimeoutError } from '@/lib/neo4j/console';
import { Neo4jQueryError } from '@/lib/neo4j/errors';
import { QueryRefusedError } from '@/lib/neo4j/read-only';

/** Console errors as JSON: refusals and timeouts by code, Neo4j errors with their line and column. */
export function consoleErrorResponse(error: unknown): NextResponse {
  if (error instanceof QueryRefusedError || error instanceof QueryTimeoutError) return errorResponse(400, error.code, error.message);
  if (error instanceof Neo4jQueryError)
    return NextResponse.json(
      { error: { code: error.code, message: error.message, ...(error.position ? { position: error.position } : {}) } },
      { status: 400, headers: { 'cache-control': 'no-store' } },
    );
  return toErrorResponse(error);
}

import { NextResponse } from 'next/server';
import { handle } from '@/lib/http/respond';
import { sharedDb } from '@/lib/neo4j/driver';
import { Neo4jUnavailableError } from '@/lib/neo4j/errors';
import { health } from '@/lib/neo4j/explore';
import type { HealthBody, HealthDownBody } from '@/lib/api/contract';

export const dynamic = 'force-dynamic';

/** GET /api/health — 200 {neo4j:'up', version}, 503 {neo4j:'down', error} when Neo4j is unreachable. */
export const GET = handle(async (): Promise<HealthBody | NextResponse> => {
  try {
    return await health(sharedDb());
  } catch (error) {
    if (!(error instanceof Neo4jUnavailableError)) throw error;
    // The URI names an internal host: it goes to the server log, not to browsers.
    console.error(`trame api: ${error.message}`);
    return NextResponse.json(
      { neo4j: 'down', error: { code: error.code, message: 'Neo4j is unreachable — the server log has the details' } } satisfies HealthDownBody,
      { status: 503, headers: { 'cache-control': 'no-store' } },
    );
  }
});

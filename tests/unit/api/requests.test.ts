// The request side of the API contract (lib/api/contract.ts): what each route accepts, before any lib call.
import { describe, expect, it } from 'vitest';
import {
  articleIdSchema,
  cypherRequestSchema,
  graphQuerySchema,
  MAP_MAX_IDS,
  mapQuerySchema,
  MAX_QUERY_LENGTH,
  sourcesQuerySchema,
} from '@/lib/api/contract';

const ARTICLE = '0123456789abcdef';

describe('request schemas', () => {
  it('map: repeated ids arrive once each, and more than a permalink can hold is refused', () => {
    expect(mapQuerySchema.parse({ id: ['country:KP', '', 'country:KP', 'country:RU'] })).toMatchObject({ id: ['country:KP', 'country:RU'], depth: 1 });
    const many = Array.from({ length: MAP_MAX_IDS + 1 }, (_, i) => `n:${i}`);
    const refused = mapQuerySchema.safeParse({ id: many });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0].message).toMatch(/at most 500 ids per map/);
    expect(mapQuerySchema.safeParse({ depth: '4' }).success).toBe(false);
  });

  it('caption sources: ids that are no article id are left out, not refused', () => {
    expect(sourcesQuerySchema.parse({ article: [ARTICLE, 'x', ARTICLE, 'ABCDEF0123456789'] }).article).toEqual([ARTICLE]);
    expect(sourcesQuerySchema.parse({}).article).toEqual([]);
  });

  it('console: an empty or over-long query is refused with a sentence that says why', () => {
    expect(cypherRequestSchema.parse({ query: ' MATCH (n) RETURN n ' })).toEqual({ query: 'MATCH (n) RETURN n', params: {} });
    expect(cypherRequestSchema.safeParse({ query: '   ' }).error?.issues[0].message).toBe('type a query');
    expect(cypherRequestSchema.safeParse({ query: 'x'.repeat(MAX_QUERY_LENGTH + 1) }).error?.issues[0].message).toMatch(/limited to 20000 characters/);
  });

  it('graph limit and article ids', () => {
    expect(graphQuerySchema.parse({})).toEqual({ limit: 2000 });
    expect(graphQuerySchema.safeParse({ limit: '0' }).success).toBe(false);
    expect(articleIdSchema.safeParse(ARTICLE).success).toBe(true);
    expect(articleIdSchema.safeParse('not-an-id').error?.issues[0].message).toBe('article ids are 16 hexadecimal characters');
  });
});

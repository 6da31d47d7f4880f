// Route answers read through the API contract (lib/api/contract.ts), for the integration tests that call
// route handlers: a renamed or retyped field fails the test that met it, with the zod issues as the diff.
import { expect } from 'vitest';
import type { z } from 'zod';

/** The body of a 200 answer parsed with its contract schema; the status and every schema issue are asserted. */
export async function contractBody<S extends z.ZodType>(res: Response, schema: S): Promise<z.output<S>> {
  const json = await res.json();
  expect(res.status, JSON.stringify(json).slice(0, 300)).toBe(200);
  expect(schema.safeParse(json).error?.issues ?? []).toEqual([]);
  return schema.parse(json);
}

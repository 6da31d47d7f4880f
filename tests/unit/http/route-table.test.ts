// One definition of each API route: the Next.js route files (next dev) and Trame's server (npm start) must serve
// the same table, so a route added to one and not the other is a 404 on one of them.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchRoute } from '@/lib/http/api-route';
import { API_ROUTES } from '@/lib/http/routes';

const API_DIR = path.resolve('app', 'api');

/** `METHOD /api/path/:param` of every export of every app/api/**\/route.ts, from the folder it sits in. */
function nextRoutes(dir = API_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return nextRoutes(full);
    if (e.name !== 'route.ts') return [];
    const urlPath = `/api/${path.relative(API_DIR, dir).split(path.sep).map((s) => s.replace(/^\[(\w+)\]$/, ':$1')).join('/')}`;
    return [...readFileSync(full, 'utf8').matchAll(/export const (GET|POST|DELETE) = nextRoute\('(\w+)', '([^']+)'\)/g)].map(([, name, method, p]) => {
      // The export's name, the method it asks the table for and the folder's path all agree.
      expect(`${name} ${urlPath}`).toBe(`${method} ${p}`);
      return `${method} ${p}`;
    });
  });
}

describe('the API route table', () => {
  it('is what the Next.js route files serve, route for route', () => {
    const table = API_ROUTES.routes.map((r) => `${r.method} ${r.path}`).sort();
    expect(nextRoutes().sort()).toEqual(table);
    expect(new Set(table).size).toBe(table.length);
  });

  it('matches the paths the explorer calls, parameters still encoded', () => {
    const m = matchRoute(API_ROUTES, 'GET', '/api/expand/person%3Akim-jong-un');
    expect(m.route && [m.route.path, m.params]).toEqual(['/api/expand/:id', { id: 'person%3Akim-jong-un' }]);
    expect(matchRoute(API_ROUTES, 'DELETE', '/api/articles/0123456789abcdef').route?.path).toBe('/api/articles/:id');
    expect(matchRoute(API_ROUTES, 'PUT', '/api/articles')).toEqual({ route: null, allow: ['GET', 'POST'] });
  });
});

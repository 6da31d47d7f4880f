import type { IncomingMessage } from 'node:http';
import type { GuardedRequest } from './request-guard';

// How Trame's node:http code reads a request's target and headers: the server guard, the API dispatcher and
// scripts/serve.ts all split the same way, so a path the guard checked is the path that gets routed.

/** A request target's path (still encoded) and query string; an absolute-form target ("http://host/p") counts by its path. */
export function splitTarget(url: string | undefined): { path: string; search: string } {
  let target = url ?? '/';
  if (!target.startsWith('/')) {
    try {
      const u = new URL(target);
      target = u.pathname + u.search;
    } catch {
      target = '/';
    }
  }
  const q = target.indexOf('?');
  return q < 0 ? { path: target, search: '' } : { path: target.slice(0, q), search: target.slice(q + 1) };
}

/** A header of a Node request by lower-case name, repeated values joined; null when absent. */
export function nodeHeader(req: IncomingMessage, name: string): string | null {
  const v = req.headers[name];
  return v === undefined ? null : Array.isArray(v) ? v.join(', ') : v;
}

/** The request as the rules of request-guard.ts read it: the target's path (still encoded) and query, headers by name. */
export function guardedRequest(req: IncomingMessage): GuardedRequest {
  const { path, search } = splitTarget(req.url);
  return { method: req.method ?? 'GET', path, search: new URLSearchParams(search), header: (name) => nodeHeader(req, name) };
}

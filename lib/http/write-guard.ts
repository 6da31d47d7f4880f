import 'server-only';
import { checkBasicAuth, hostName, isLoopbackName, isSameOrigin, parseAuthList } from '../security';
import type { ApiRequest } from './api-route';
import { HttpError } from './respond';

/**
 * The rule of DESIGN §8 for the write routes: same-origin only; with TRAME_AUTH, an authenticated user (the
 * server's guard checked already; checked again here so the route never depends on it); without, loopback only:
 * the Host must be a loopback name and every client address (the socket's peer, X-Forwarded-For) loopback too.
 * Throws HttpError 403 otherwise.
 */
export async function assertWriteAllowed(request: ApiRequest, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (!isSameOrigin(headersOf(request), env)) throw new HttpError(403, 'CROSS_ORIGIN', 'cross-origin requests are not allowed');
  const credentials = parseAuthList(env.TRAME_AUTH);
  if (credentials.length > 0) {
    if (!(await checkBasicAuth(request.header('authorization'), credentials))) throw new HttpError(401, 'UNAUTHORIZED', 'authentication required');
    return;
  }
  if (!isLoopbackName(hostName(request.host)) || !request.clients.every(isLoopbackName))
    throw new HttpError(403, 'WRITE_FORBIDDEN', 'adding or retracting articles is only allowed from this machine (loopback) unless TRAME_AUTH is set');
}

/** The Headers view isSameOrigin reads. */
function headersOf(request: ApiRequest): Headers {
  return { get: (name: string) => request.header(name.toLowerCase()) } as Headers;
}

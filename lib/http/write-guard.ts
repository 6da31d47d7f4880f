import 'server-only';
import { checkBasicAuth, hostName, isLoopbackName, isSameOrigin, parseAuthList } from '../security';
import { HttpError } from './respond';

/**
 * The rule of DESIGN §8 for the write routes: same-origin only; with TRAME_AUTH, an authenticated user (the
 * middleware checked already; checked again here so the route never depends on it); without, loopback only:
 * the Host must be a loopback name and the client address (X-Forwarded-For, which Next fills from the socket)
 * loopback too. Throws HttpError 403 otherwise.
 */
export async function assertWriteAllowed(request: Request, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (!isSameOrigin(request.headers, env)) throw new HttpError(403, 'CROSS_ORIGIN', 'cross-origin requests are not allowed');
  const credentials = parseAuthList(env.TRAME_AUTH);
  if (credentials.length > 0) {
    if (!(await checkBasicAuth(request.headers.get('authorization'), credentials))) throw new HttpError(401, 'UNAUTHORIZED', 'authentication required');
    return;
  }
  const host = hostName(request.headers.get('host') ?? new URL(request.url).host);
  const clients = (request.headers.get('x-forwarded-for') ?? '').split(',').map((c) => c.trim()).filter(Boolean);
  if (!isLoopbackName(host) || !clients.every(isLoopbackName))
    throw new HttpError(403, 'WRITE_FORBIDDEN', 'adding or retracting articles is only allowed from this machine (loopback) unless TRAME_AUTH is set');
}

// `npm start` (node scripts/run.mjs serve [-H host] [-p port]): Trame's production server. One node:http
// server, the request rules of lib/http/server-guard.ts in front of everything; /api/ is answered from the
// route table (lib/http/routes.ts) without Next.js's request path, every other request goes to Next.js (pages,
// static files, its middleware), from the build in NEXT_DIST_DIR (default .next; `npm run build` first).
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import path from 'node:path';
import { Command, CommanderError } from 'commander';
import { serveApi } from '@/lib/http/node-api';
import { splitTarget } from '@/lib/http/node-request';
import { isApiPath } from '@/lib/http/request-guard';
import { KEYED_HEADERS, pageCache, type RenderedPage } from '@/lib/http/page-cache';
import { errorReply } from '@/lib/http/respond';
import { installServerGuard } from '@/lib/http/server-guard';
import { staticFiles } from '@/lib/http/static-files';
import { closeSharedDb } from '@/lib/neo4j/driver';

const ROOT = path.resolve(import.meta.dirname, '..');

const program = new Command()
  .name('serve')
  .description("Trame's production server: the API from its route table, everything else from the Next.js build")
  .option('-H, --hostname <host>', 'address to listen on', process.env.HOST || '127.0.0.1')
  .option('-p, --port <port>', 'port to listen on', process.env.PORT || '3000')
  .exitOverride();
try {
  program.parse();
} catch (error) {
  if (error instanceof CommanderError) process.exit(error.exitCode === 0 ? 0 : 2);
  throw error;
}
const opts = program.opts<{ hostname: string; port: string }>();
const port = Number(opts.port);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  process.stderr.write(`serve: --port ${opts.port} is no port number (0-65535)\n`);
  process.exit(2);
}

// Before Next.js loads: it reads NODE_ENV when its modules are evaluated.
(process.env as Record<string, string>).NODE_ENV ??= 'production';
// Before any server exists: every request of this process passes the guard first (Next's instrumentation.ts
// installs the same guard, which is then already there).
installServerGuard();

const { default: next } = await import('next');
const app = next({ dev: false, dir: ROOT, hostname: opts.hostname, port });
try {
  await app.prepare();
} catch (error) {
  process.stderr.write(`serve: the Next.js build in ${process.env.NEXT_DIST_DIR || '.next'} cannot be served (${String((error as Error).message ?? error).split('\n')[0]}) — run npm run build first\n`);
  process.exit(1);
}
const nextHandler = app.getRequestHandler();
// The build's static files from memory; what it does not answer (refusals included) goes to Next.js.
const assets = staticFiles(path.resolve(ROOT, process.env.NEXT_DIST_DIR || '.next'));
// The explorer's page from memory once rendered for the same URL (lib/http/page-cache.ts). Its render is a
// request to this server that goes straight to Next.js: the token tells it from a visitor's.
const RENDER_HEADER = 'x-trame-page-render';
const renderToken = randomBytes(16).toString('hex');
const RENDER_TIMEOUT_MS = 10_000;
const pages = pageCache({ render: (target, req) => renderThroughNext(target, req) });

const server = http.createServer((req, res) => {
  const rendering = req.headers[RENDER_HEADER] === renderToken;
  const handled = isApiPath(splitTarget(req.url).path)
    ? serveApi(req, res)
    : assets.serve(req, res).then(async (done) => (done || (!rendering && (await pages.serve(req, res))) ? undefined : nextHandler(req, res)));
  handled.catch((error: unknown) => {
    console.error('trame serve:', error);
    if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'application/json' });
    res.end(errorReply(500, 'INTERNAL', 'internal error — see the server log').text);
  });
});
server.on('error', (error) => {
  process.stderr.write(`serve: cannot listen on ${opts.hostname}:${port} (${(error as Error).message})\n`);
  process.exit(1);
});
server.listen(port, opts.hostname, () => {
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  process.stdout.write(`Trame is serving http://${opts.hostname}:${actual}\n`);
});

/** `target` as Next.js renders it for `req` (same Host, User-Agent and credentials), uncompressed. */
function renderThroughNext(target: string, req: http.IncomingMessage): Promise<RenderedPage> {
  const address = server.address();
  if (!address || typeof address !== 'object') return Promise.reject(new Error('serve: not listening'));
  const headers: http.OutgoingHttpHeaders = { [RENDER_HEADER]: renderToken, 'accept-encoding': 'identity' };
  for (const name of [...KEYED_HEADERS, 'authorization']) if (req.headers[name] !== undefined) headers[name] = req.headers[name];
  return new Promise((resolve, reject) => {
    // A server listening on every address is asked on the loopback one.
    const host = address.address === '0.0.0.0' ? '127.0.0.1' : address.address === '::' ? '::1' : address.address;
    const inner = http.request({ host, port: address.port, path: target, headers }, (answer) => {
      const parts: Buffer[] = [];
      answer.on('data', (part: Buffer) => parts.push(part));
      answer.on('end', () => resolve({ status: answer.statusCode ?? 0, headers: answer.headers, body: Buffer.concat(parts) }));
      answer.on('error', reject);
    });
    inner.on('error', reject);
    // A render that hangs would hold every request waiting on its key: past the limit Next.js answers them itself.
    inner.setTimeout(RENDER_TIMEOUT_MS, () => inner.destroy(new Error(`serve: render of ${target} took over ${RENDER_TIMEOUT_MS} ms`)));
    inner.end();
  });
}

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  server.close();
  server.closeIdleConnections();
  await Promise.allSettled([app.close(), closeSharedDb()]);
  process.exit(0);
}
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());

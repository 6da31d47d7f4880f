// The fair reference of the API benchmark: a bare node:http server calling the same lib functions
// through the same shared driver and answering the same JSON, without Next.js, zod or middleware.
// Started by the bench in its own process (like the app server); prints its port on stdout.
import { createServer, type ServerResponse } from 'node:http';
import { closeSharedDb, sharedDb } from '@/lib/neo4j/driver';
import { expand, nodeDetail, search } from '@/lib/neo4j/explore';

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(body));
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const [, api, route, rawId] = url.pathname.split('/');
  try {
    if (api !== 'api') return send(res, 404, { error: { code: 'NOT_FOUND', message: url.pathname } });
    if (route === 'search') {
      const q = url.searchParams.get('q') ?? '';
      return send(res, 200, { query: q, results: await search(sharedDb(), q, Number(url.searchParams.get('limit') ?? 10)) });
    }
    const id = decodeURIComponent(rawId ?? '');
    const body = route === 'expand' ? await expand(sharedDb(), id, Number(url.searchParams.get('limit') ?? 25)) : route === 'nodes' ? await nodeDetail(sharedDb(), id) : undefined;
    if (body === undefined) return send(res, 404, { error: { code: 'NOT_FOUND', message: url.pathname } });
    if (!body) return send(res, 404, { error: { code: 'NOT_FOUND', message: `no node with id ${id}` } });
    return send(res, 200, body);
  } catch (error) {
    return send(res, 500, { error: { code: 'INTERNAL', message: String((error as Error).message) } });
  }
});

server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`${typeof address === 'object' && address ? address.port : 0}\n`);
});
const stop = () => server.close(() => void closeSharedDb().then(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

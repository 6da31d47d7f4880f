import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import http from 'node:http';
import { freePort, isTrame, serveApp } from '@/scripts/lib/serve';
import { SERVER_CONDITION } from '@/tests/helpers/cli';

// The screenshot CLI's input checks and the "reuse or start" probe, without a browser or an app.

function cli(args: string[]) {
  return spawnSync(path.resolve('node_modules/.bin/tsx'), [SERVER_CONDITION, 'scripts/screenshot.ts', ...args], { encoding: 'utf8', timeout: 60_000 });
}

describe('screenshot CLI input', () => {
  it('exits 2 with one line when both or neither of --focus/--query are given', () => {
    for (const args of [['--out', 'x.png'], ['--focus', 'a', '--query', 'MATCH (n) RETURN n', '--out', 'x.png']]) {
      const r = cli(args);
      expect(r.status).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain('--focus');
    }
  });

  it('exits 2 with one line for an out-of-range option or a missing --out', () => {
    const scale = cli(['--focus', 'a', '--out', 'x.png', '--scale', '9']);
    expect(scale.status).toBe(2);
    expect(scale.stderr).toContain('--scale');
    const out = cli(['--focus', 'a']);
    expect(out.status).toBe(2);
    expect(out.stderr).toContain('--out');
  });

  it('exits 1 when --url does not answer like Trame', async () => {
    const port = await freePort();
    expect(await isTrame(`http://127.0.0.1:${port}`)).toBe(false);
    const r = cli(['--focus', 'a', '--out', 'x.png', '--url', `http://127.0.0.1:${port}`]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('reuses an app already answering /api/health on PORT instead of starting one', async () => {
    const port = await freePort();
    const server = http.createServer((req, res) => {
      res.writeHead(req.url === '/api/health' ? 200 : 404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ neo4j: 'up', version: 'test' }));
    });
    await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
    try {
      const app = await serveApp({ port });
      expect(app).toMatchObject({ url: `http://127.0.0.1:${port}`, started: false });
      await app.stop();
    } finally {
      server.close();
    }
  });
});

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SERVER_CONDITION } from '@/tests/helpers/cli';

// The screenshot CLI against the e2e app; its picture is kept in test-results/ for people to look at.

const OUT_DIR = path.resolve('test-results');

function cli(args: string[]) {
  const started = Date.now();
  const r = spawnSync(path.resolve('node_modules/.bin/tsx'), [SERVER_CONDITION, 'scripts/screenshot.ts', ...args, '--url', process.env.TRAME_TEST_APP_URL!], { encoding: 'utf8', timeout: 120_000 });
  return { ...r, ms: Date.now() - started };
}

describe('npm run screenshot', () => {
  it('writes a PNG for --focus "Corée du Nord" and prints its path and time', () => {
    mkdirSync(OUT_DIR, { recursive: true });
    const out = path.join(OUT_DIR, 'map-coree-du-nord.png');
    rmSync(out, { force: true });
    const r = cli(['--focus', 'Corée du Nord', '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(out);
    expect(r.stdout).toMatch(/in \d+\.\d s/);
    const png = readFileSync(out);
    expect(png.readUInt32BE(16)).toBe(3200);
    expect(png.readUInt32BE(20)).toBe(2000);
    console.log(`screenshot: ${r.stdout.trim()} (wall ${(r.ms / 1000).toFixed(1)} s)`);
  });

  it('writes an SVG for a query', () => {
    const out = path.join(OUT_DIR, 'map-query.svg');
    const r = cli(['--query', "MATCH (a)-[r:SENT]->(t:Transfer) RETURN a, r, t", '--out', out, '--format', 'svg', '--title', 'Transfers']);
    expect(r.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('<svg');
  });

  it('exits 2 with one line for an unknown name, writing nothing', () => {
    const out = path.join(OUT_DIR, 'map-unknown.png');
    rmSync(out, { force: true });
    const r = cli(['--focus', 'Atlantide du Sud', '--out', out]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('Atlantide du Sud');
    expect(existsSync(out)).toBe(false);
  });

  it('exits 2 with one line for a refused query', () => {
    const r = cli(['--query', 'CREATE (n:Oops) RETURN n', '--out', path.join(OUT_DIR, 'map-refused.png')]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

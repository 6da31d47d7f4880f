import { spawnSync } from 'node:child_process';
import { readFileSync, statSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureCli, isFresh } from '@/scripts/lib/cli-bundle.mjs';

const META = path.resolve('.build', 'cli', 'extract.meta.json');
const SAMPLE = path.resolve('data', 'articles', 'nk-troops-russia.fr.txt');

describe('CLI bundles', () => {
  it('npm run extract runs from a bundle that is rebuilt when one of its sources changes', async () => {
    const bundle: string = await ensureCli('extract');
    expect(isFresh(META)).toBe(true);
    const r = spawnSync(process.execPath, ['scripts/run.mjs', 'extract', SAMPLE], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).nodes.some((n: { id: string }) => n.id === 'country:KP')).toBe(true);

    // A source of the bundle edited since it was built (here: its mtime moved) makes it stale.
    const source = path.resolve('scripts', 'extract.ts');
    const { atime, mtime } = statSync(source);
    try {
      utimesSync(source, atime, new Date(mtime.getTime() + 5_000));
      expect(isFresh(META)).toBe(false);
      const before = statSync(bundle).mtimeMs;
      await ensureCli('extract');
      expect(isFresh(META)).toBe(true);
      expect(statSync(bundle).mtimeMs).toBeGreaterThanOrEqual(before);
      expect(JSON.parse(readFileSync(META, 'utf8')).inputs['scripts/extract.ts']).toBe(statSync(source).mtimeMs);
    } finally {
      utimesSync(source, atime, mtime);
      await ensureCli('extract');
    }
  }, 120_000);

  it('an unknown CLI name is bad input: exit 2 and one line', () => {
    const r = spawnSync(process.execPath, ['scripts/run.mjs', 'no-such-cli'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

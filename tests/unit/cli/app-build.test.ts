import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isBuildCurrent, SOURCES_HASH_FILE, sourcesHash } from '@/scripts/lib/app-build';

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A project with one page and one lib file, and a finished build of it in .next-x. */
function project(): string {
  root = mkdtempSync(path.join(os.tmpdir(), 'trame-app-build-'));
  mkdirSync(path.join(root, 'app'));
  mkdirSync(path.join(root, 'lib'));
  mkdirSync(path.join(root, '.next-x'));
  writeFileSync(path.join(root, 'app', 'page.tsx'), 'export default function Page() { return null; }\n');
  writeFileSync(path.join(root, 'lib', 'a.ts'), 'export const a = 1;\n');
  writeFileSync(path.join(root, 'README.md'), '# notes\n');
  writeFileSync(path.join(root, '.next-x', 'BUILD_ID'), 'abc\n');
  writeFileSync(path.join(root, '.next-x', SOURCES_HASH_FILE), `${sourcesHash(root)}\n`);
  return root;
}

describe('app build reuse', () => {
  it('reuses a build while its sources are unchanged, whatever else changes', () => {
    const dir = project();
    expect(isBuildCurrent('.next-x', dir)).toBe(true);
    writeFileSync(path.join(dir, 'README.md'), '# other notes\n');
    expect(isBuildCurrent('.next-x', dir)).toBe(true);
  });

  it('refuses a build once a source file changed, was added, or when the build has no hash', () => {
    const dir = project();
    writeFileSync(path.join(dir, 'lib', 'a.ts'), 'export const a = 2;\n');
    expect(isBuildCurrent('.next-x', dir)).toBe(false);

    writeFileSync(path.join(dir, 'lib', 'a.ts'), 'export const a = 1;\n');
    expect(isBuildCurrent('.next-x', dir)).toBe(true);
    writeFileSync(path.join(dir, 'lib', 'b.ts'), 'export const b = 1;\n');
    expect(isBuildCurrent('.next-x', dir)).toBe(false);

    rmSync(path.join(dir, 'lib', 'b.ts'));
    rmSync(path.join(dir, '.next-x', SOURCES_HASH_FILE));
    expect(isBuildCurrent('.next-x', dir)).toBe(false);
  });
});

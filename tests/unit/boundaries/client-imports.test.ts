// Browser code never reaches server code: walking the static import graph from every client module
// (a file under app/ that starts with "use client", and everything under app/components/) must not reach
// lib/neo4j or lib/http, nor the driver itself. Type-only imports count too: the browser's types come
// from the API contract (lib/api/contract.ts), not from the modules that hold the driver.
// Next refuses a client import of a module marked 'server-only' at build time; this finds it without a build.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve('.');
const SERVER_DIRS = ['lib/neo4j/', 'lib/http/'];
const SERVER_PACKAGES = new Set(['neo4j-driver', 'server-only']);
const SOURCE = /\.(ts|tsx|js|jsx|mjs)$/;

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? walk(full) : SOURCE.test(e.name) && !e.name.endsWith('.d.ts') ? [full] : [];
  });
}

const rel = (file: string) => path.relative(ROOT, file).split(path.sep).join('/');

/** The modules that end up in the browser bundle as roots: "use client" files and app/components/**. */
function clientRoots(): string[] {
  return walk(path.join(ROOT, 'app')).filter((f) => rel(f).startsWith('app/components/') || /^\s*(['"])use client\1/.test(readFileSync(f, 'utf8')));
}

/** Every module specifier a file imports or re-exports (static, dynamic, side-effect, type-only). */
function importSpecifiers(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const specs: string[] = [];
  const patterns = [/\b(?:import|export)\s[^'"`;]*?\sfrom\s*['"]([^'"]+)['"]/g, /\bimport\s*['"]([^'"]+)['"]/g, /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g];
  for (const re of patterns) for (const m of code.matchAll(re)) specs.push(m[1]);
  return specs;
}

/** The file a project-local specifier names, or null for a package. */
function resolveLocal(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith('@/')) base = path.join(ROOT, spec.slice(2));
  else if (spec.startsWith('.')) base = path.resolve(path.dirname(from), spec);
  else return null;
  for (const candidate of [base, ...['.ts', '.tsx', '.js', '.mjs'].map((e) => base + e), ...['index.ts', 'index.tsx'].map((i) => path.join(base, i))]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Each forbidden module reachable from the roots, with the import chain that reaches it. */
function serverReach(roots: string[]): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  const queue: { file: string; chain: string[] }[] = roots.map((file) => ({ file, chain: [rel(file)] }));
  while (queue.length > 0) {
    const { file, chain } = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const spec of importSpecifiers(readFileSync(file, 'utf8'))) {
      const target = resolveLocal(file, spec);
      if (!target) {
        const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
        if (SERVER_PACKAGES.has(pkg)) found.push([...chain, spec].join(' -> '));
        continue;
      }
      const name = rel(target);
      if (SERVER_DIRS.some((d) => name.startsWith(d))) found.push([...chain, name].join(' -> '));
      else if (SOURCE.test(name)) queue.push({ file: target, chain: [...chain, name] });
    }
  }
  return found;
}

describe('client/server boundary', () => {
  it('reads every kind of import', () => {
    const specs = importSpecifiers(`import a from './a';\nimport type { B } from "@/lib/b";\nexport { c } from './c';\nimport './d.css';\nconst e = await import('./e');\n// import z from './commented';\nimport {\n  f,\n} from './f';`);
    expect(specs.sort()).toEqual(['./a', './c', './d.css', './e', './f', '@/lib/b']);
  });

  it('finds the client modules', () => {
    const roots = clientRoots().map(rel);
    expect(roots).toContain('app/components/explorer/Explorer.tsx');
    expect(roots).toContain('app/components/explorer/FactCard.tsx');
    expect(roots.some((r) => r.startsWith('app/api/'))).toBe(false);
  });

  it('catches a client module that reaches the driver', () => {
    // A route handler is server code: it does reach lib/neo4j, so the walk does find such imports.
    expect(serverReach([path.join(ROOT, 'app/api/facts/[id]/route.ts')]).length).toBeGreaterThan(0);
  });

  it('no client module imports lib/neo4j, lib/http or the driver, directly or through other modules', () => {
    expect(serverReach(clientRoots())).toEqual([]);
  });
});

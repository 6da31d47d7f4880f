import { readFileSync } from 'node:fs';
import path from 'node:path';

// The one place queries are read from cypher/; a typed registry can take over by swapping this body.
const cache = new Map<string, string>();

/** The text of cypher/<name>.cypher (e.g. 'map/neighbours'), read once per process. */
export function cypherFile(name: string, root = process.cwd()): string {
  let q = cache.get(name);
  if (q === undefined) {
    q = readFileSync(path.join(root, 'cypher', `${name}.cypher`), 'utf8');
    cache.set(name, q);
  }
  return q;
}

// Saved console queries live in cypher/examples/*.cypher; a header of `// title:` and
// `// description:` comment lines names each one, the rest of the file is the query.
import 'server-only';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { cypherSource } from './queries';

/** One saved query offered by the console. */
export interface ConsoleExample {
  id: string;
  title: string;
  description: string;
  query: string;
  params: Record<string, unknown>;
}

/** Folder of the saved queries, relative to the project root. */
export const EXAMPLES_DIR = path.join('cypher', 'examples');

/** Parses one example file (pure): header comments give title, description and optional JSON params. */
export function parseExample(id: string, source: string): ConsoleExample {
  const header: Record<string, string> = {};
  const lines = source.replace(/\r\n/g, '\n').split('\n');
  let i = 0;
  for (; i < lines.length; i++) {
    const m = /^\s*\/\/\s*(\w+)\s*:\s*(.*)$/.exec(lines[i]);
    if (m) header[m[1].toLowerCase()] = m[2].trim();
    else if (lines[i].trim() !== '' && !lines[i].trim().startsWith('//')) break;
  }
  const query = lines.slice(i).join('\n').trim().replace(/;\s*$/, '');
  const params = header.params ? (JSON.parse(header.params) as Record<string, unknown>) : {};
  return { id, title: header.title ?? id, description: header.description ?? '', query, params };
}

/** Reads every saved query, sorted by file name. */
export function readExamples(root = process.cwd()): ConsoleExample[] {
  const dir = path.join(root, EXAMPLES_DIR);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((f) => parseExample(f.replace(/\.cypher$/, ''), cypherSource(path.join('examples', f), root)));
}

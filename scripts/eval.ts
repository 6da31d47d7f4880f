// npm run eval [-- --set dev|made] [--split tune|frozen|all] [--verbose]: scores the extractor on an eval set in
// tests/fixtures/eval/<set> with the sets' own scorer (score.mjs), per article and pooled per category.
// --verbose lists each tune article's misses; a frozen article only ever prints its counts.
// The dev set's frozen split is only ever measured, never tuned on: it tells a rule that generalises from one that fits
// the text. The made set splits by batch: m01–m72 (nine batches, since read while tuning) are its tune split, m73–m80
// (a tenth held-out batch, written and annotated blind, before Trame was run on it) its frozen split.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extractDocument } from '../lib/extract/index';

/** Articles measured but never tuned on, per set. */
export const FROZEN: Record<string, string[]> = { dev: ['d03', 'd06', 'd09', 'd12'], made: ['m73', 'm74', 'm75', 'm76', 'm77', 'm78', 'm79', 'm80'] };
const KEYS = ['entities', 'transfers', 'exchanges', 'roles', 'agreements', 'signatures', 'stances', 'memberships', 'entity_precision', 'transfer_precision'];
const RELATIONS = ['transfers', 'exchanges', 'roles', 'agreements', 'signatures', 'stances', 'memberships'];

const SETS = Object.keys(FROZEN);
const SPLITS = ['tune', 'frozen', 'all'];

const argv = process.argv.slice(2);
const option = (name: string, fallback: string) => (argv.includes(name) ? (argv[argv.indexOf(name) + 1] ?? '') : fallback);
const set = option('--set', 'dev');
const split = option('--split', 'all');
const verbose = argv.includes('--verbose');
if (!SETS.includes(set)) {
  console.error(`eval: unknown --set "${set}"; use one of ${SETS.join(', ')}`);
  process.exit(2);
}
if (!SPLITS.includes(split)) {
  console.error(`eval: unknown --split "${split}"; use one of ${SPLITS.join(', ')}`);
  process.exit(2);
}
const dir = path.resolve(import.meta.dirname, '../tests/fixtures/eval', set);
const scorer = path.resolve(dir, '../score.mjs');
const tmp = mkdtempSync(path.join(tmpdir(), 'trame-eval-'));
const totals: Record<string, { hit: number; of: number }> = Object.fromEntries(KEYS.map((k) => [k, { hit: 0, of: 0 }]));

for (const file of readdirSync(dir).filter((f) => f.endsWith('.fr.txt')).sort()) {
  const id = file.slice(0, 3);
  const frozen = FROZEN[set].includes(id);
  if ((split === 'tune' && frozen) || (split === 'frozen' && !frozen)) continue;
  const doc = extractDocument(readFileSync(path.join(dir, file), 'utf8'), { source: file });
  const out = path.join(tmp, `${id}.json`);
  writeFileSync(out, JSON.stringify(doc));
  // A frozen article's misses are never printed: reading them would make it tuning text.
  const detail = verbose && !frozen;
  const lines = execFileSync('node', [scorer, out, path.join(dir, file.replace(/\.txt$/, '.gold.json')), ...(detail ? ['--verbose'] : [])], { encoding: 'utf8' }).trim().split('\n');
  const report = JSON.parse(lines[0]) as Record<string, { hit: number; of: number }>;
  for (const k of KEYS) {
    totals[k].hit += report[k]?.hit ?? 0;
    totals[k].of += report[k]?.of ?? 0;
  }
  console.log(`${frozen ? '[frozen] ' : ''}${lines.at(-1)}`);
  if (detail) console.log(lines.slice(1, -1).join('\n'));
}
const rel = RELATIONS.reduce((a, k) => ({ hit: a.hit + totals[k].hit, of: a.of + totals[k].of }), { hit: 0, of: 0 });
const pct = (t: { hit: number; of: number }) => `${t.hit}/${t.of} = ${t.of ? (t.hit / t.of).toFixed(2) : '-'}`;
console.log(`\n${set} set, ${split} split:`);
for (const k of KEYS) console.log(`  ${k.padEnd(19)} ${pct(totals[k])}`);
console.log(`  ${'relations (pooled)'.padEnd(19)} ${pct(rel)}`);

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '@/lib/extract';
import { parseGraphDocument } from '@/lib/graph/schema';
import { CATEGORIES, formatScores, scoreDocument, type Gold } from './score';

const BAR = 0.9;
const root = path.resolve(import.meta.dirname, '../..');
const goldFiles = [
  path.join(root, 'tests/fixtures/nk-troops-russia.fr.gold.json'),
  ...readdirSync(path.join(root, 'tests/fixtures/gold'))
    .filter((f) => f.endsWith('.gold.json'))
    .map((f) => path.join(root, 'tests/fixtures/gold', f)),
].filter((f) => existsSync(f));

describe.each(goldFiles.map((f) => [path.basename(f), f]))('extraction quality on %s', (_name, file) => {
  const gold = JSON.parse(readFileSync(file, 'utf8')) as Gold;
  const text = readFileSync(path.join(root, 'data/articles', gold.article), 'utf8');
  const doc = extractDocument(text, { source: gold.article });
  const scores = scoreDocument(doc, gold);
  console.log(formatScores(gold.article, scores));

  it('produces a valid GraphDocument', () => {
    expect(() => parseGraphDocument(doc)).not.toThrow();
  });

  it('marks the site furniture as boilerplate', () => {
    for (const b of gold.boilerplate ?? []) expect(doc.sentences.find((s) => s.text.startsWith(b))?.boilerplate, b).toBe(true);
  });

  it.each(CATEGORIES.map((c) => [c]))(`%s: recall and precision at least ${BAR}`, (category) => {
    const s = scores[category];
    expect(s.recall, `${category} recall; missed: ${s.missed.join('; ')}`).toBeGreaterThanOrEqual(BAR);
    expect(s.precision, `${category} precision; wrong: ${s.wrong.join('; ')}`).toBeGreaterThanOrEqual(BAR);
  });
});

// The sample article is the one every user loads first: it must read like the analyst's gold, not just pass the bar.
describe('the sample article', () => {
  const file = path.join(root, 'tests/fixtures/nk-troops-russia.fr.gold.json');
  const gold = JSON.parse(readFileSync(file, 'utf8')) as Gold;
  const doc = extractDocument(readFileSync(path.join(root, 'data/articles', gold.article), 'utf8'), { source: gold.article });
  const scores = scoreDocument(doc, gold);

  it('scores at least 0.97 F1 pooled over every category', () => {
    const sum = (k: 'gold' | 'found' | 'extracted' | 'correct') => CATEGORIES.reduce((n, c) => n + scores[c][k], 0);
    const recall = sum('found') / sum('gold');
    const precision = sum('correct') / sum('extracted');
    expect((2 * recall * precision) / (recall + precision)).toBeGreaterThanOrEqual(0.97);
  });

  it('finds every transfer of the gold', () => {
    expect(scores.transfers.missed).toEqual([]);
  });
});

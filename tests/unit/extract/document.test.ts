import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '@/lib/extract';
import { parseGraphDocument } from '@/lib/graph/schema';

const sample = readFileSync('data/articles/nk-troops-russia.fr.txt', 'utf8');

describe('GraphDocument of the sample article', () => {
  const doc = extractDocument(sample, { source: 'nk-troops-russia.fr.txt' });

  it('validates against the schema', () => {
    expect(() => parseGraphDocument(doc)).not.toThrow();
  });

  it('has a stable article id that ignores CRLF, BOM and surrounding blanks', () => {
    expect(doc.article.id).toMatch(/^[0-9a-f]{16}$/);
    expect(extractDocument(`\uFEFF\n${sample.replace(/\n/g, '\r\n')}  \n`).article.id).toBe(doc.article.id);
  });

  it('cites a sentence for every relationship and offsets that point at the mention', () => {
    const byId = new Map(doc.sentences.map((s) => [s.id, s]));
    for (const r of doc.relationships) expect(r.evidence.length).toBeGreaterThan(0);
    for (const n of doc.nodes)
      for (const m of n.mentions) expect(byId.get(m.sentence)!.text.slice(m.start, m.end)).toBe(m.text);
  });

  it('finds the North Korean troops sent to Russia with their number', () => {
    const t = doc.nodes.find((n) => n.label === 'Transfer' && n.properties.quantity === 10000)!;
    expect(t.properties).toMatchObject({ kind: 'troops', qualifier: 'nearly' });
    expect(doc.relationships.some((r) => r.type === 'SENT' && r.source === 'country:KP' && r.target === t.id)).toBe(true);
    expect(doc.relationships.some((r) => r.type === 'TO' && r.source === t.id && r.target === 'country:RU')).toBe(true);
  });

  it('ignores boilerplate for facts', () => {
    const boiler = new Set(doc.sentences.filter((s) => s.boilerplate).map((s) => s.id));
    expect(boiler.size).toBe(3);
    for (const n of doc.nodes) for (const m of n.mentions) expect(boiler.has(m.sentence)).toBe(false);
  });

  it('reads a Date: line and lets the option override it', () => {
    expect(extractDocument('Date: 2024-10-18\nLa Russie a reçu des obus.').article.publishedAt).toBe('2024-10-18');
    expect(extractDocument('Publié le 18 octobre 2024\nLa Russie a reçu des obus.').article.publishedAt).toBe('2024-10-18');
    expect(extractDocument('Date: 2024-10-18\nTexte.', { publishedAt: '2025-01-01' }).article.publishedAt).toBe('2025-01-01');
  });
});

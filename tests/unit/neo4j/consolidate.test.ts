// The loader's consolidation rules on the sample article's real extraction (pure: no database).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '@/lib/extract';
import { factLabel } from '@/lib/graph/fact-label';
import { consolidate, isProperName, mentionWhen } from '@/lib/neo4j/consolidate';

const doc = extractDocument(readFileSync('data/articles/nk-troops-russia.fr.txt', 'utf8'), { source: 'nk-troops-russia.fr.txt' });
const c = consolidate(doc);
const TROOPS = 'transfer:country:KP>country:RU:troops';

describe('consolidate', () => {
  it('folds every troops mention from North Korea to Russia into one fact, each mention keeping its figure', () => {
    const troops = doc.nodes.filter((n) => n.label === 'Transfer' && c.idMap.get(n.id) === TROOPS);
    expect(troops.length).toBeGreaterThanOrEqual(4);
    expect(c.facts.filter((f) => f.id === TROOPS)).toHaveLength(1);
    const figures = c.factMentions.filter((m) => m.fact === TROOPS).map((m) => m.props.quantity);
    expect(figures).toEqual(expect.arrayContaining([10000, 3000]));
  });

  it('never leaves a place behind TO: the Ukrainian front line becomes a destination', () => {
    const locations = new Set(doc.nodes.filter((n) => n.label === 'Location').map((n) => n.id));
    expect(c.relationships.filter((r) => r.type === 'TO' && locations.has(r.target))).toEqual([]);
    const toUkraine = c.relationships.filter((r) => r.type === 'TO' && r.target === 'country:UA' && r.source.startsWith('transfer:country:KP>'));
    expect(toUkraine).toEqual([]);
    expect(c.relationships.some((r) => r.type === 'DESTINATION' && r.target === 'country:UA')).toBe(true);
  });

  it('moves stances from claims onto facts, following "cette affirmation" to the claim it names', () => {
    const zelensky = c.relationships.filter((r) => r.type === 'ASSERTS' && r.source === 'person:volodymyr-zelensky' && r.target === TROOPS);
    expect(zelensky.length).toBeGreaterThan(0);
    expect(zelensky[0].properties.quote).toMatch(/soldats/);
    const kremlin = c.relationships.find((r) => r.type === 'DENIES' && r.source === 'org:kremlin');
    expect(kremlin?.target.startsWith('claim:')).toBe(false);
    expect(kremlin?.properties.quote).toMatch(/cette affirmation/);
    // Claims about a fact are gone; those that stay are about no extracted fact.
    const kept = new Set(c.facts.filter((f) => f.label === 'Claim').map((f) => f.id));
    for (const r of c.relationships) if (r.type === 'ABOUT') expect(kept.has(r.source)).toBe(true);
    expect(kept.size).toBeLessThan(doc.nodes.filter((n) => n.label === 'Claim').length);
  });

  it('identifies agreements by proper name or by parties, and dates mentions only with ISO dates', () => {
    expect(isProperName("résolutions du Conseil de sécurité de l'ONU")).toBe(true);
    expect(isProperName("accord d'aide mutuelle")).toBe(false);
    expect(c.facts.some((f) => f.id === 'agreement:pact:country:KP+country:RU')).toBe(true);
    expect(mentionWhen('2024-12', null)).toBe('2024-12');
    expect(mentionWhen("l'année dernière", '2024-10-25T00:00:00Z')).toBe('2024-10-25');
    expect(mentionWhen('jeudi', null)).toBeNull();
  });
});

describe('factLabel', () => {
  it('reads like the issue asks: head, latest figure and month, sources, who denies', () => {
    const props = { kind: 'troops', latestQuantity: 11000, latestQualifier: 'approx', latestDate: '2024-12-03', sources: 6, deniedBy: ['Kremlin'] };
    expect(factLabel('Transfer', props)).toBe('troupes · ≈ 11 000 (déc. 2024) · 6 sources · démenti : Kremlin');
    expect(factLabel('Transfer', { kind: 'funds', sources: 1, unconfirmedBy: ['États-Unis'] })).toBe('fonds · 1 source · non confirmé : États-Unis');
    expect(factLabel('Country', { sources: 2 })).toBeNull();
  });
});

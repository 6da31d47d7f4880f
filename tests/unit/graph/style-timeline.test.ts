import { describe, expect, it } from 'vitest';
import { claimCaption, factStatus, isDoubtful, labelColor, LABEL_COLORS, nodeSize } from '@/lib/graph/style';
import { inRange, parseDate, timeDomain, timeTicks, timelineItems } from '@/lib/graph/timeline';
import { NODE_LABELS } from '@/lib/graph/schema';
import { pickLang } from '@/lib/i18n/lang';
import { translate } from '@/lib/i18n/messages';
import { vocabText } from '@/lib/i18n/vocabulary';

describe('style', () => {
  it('gives every vocabulary label its own colour', () => {
    expect(new Set(NODE_LABELS.map(labelColor)).size).toBe(NODE_LABELS.length);
    expect(Object.keys(LABEL_COLORS).sort()).toEqual([...NODE_LABELS].sort());
    expect(labelColor('Sentence')).toBe('#8c8c8c');
  });

  it('sizes by degree, monotonic and bounded', () => {
    expect(nodeSize(0)).toBeLessThan(nodeSize(1));
    expect(nodeSize(10)).toBeLessThan(nodeSize(100));
    expect(nodeSize(1e6)).toBe(22);
  });

  it('marks doubtful facts', () => {
    expect(['alleged', 'denied', 'unconfirmed'].every(isDoubtful)).toBe(true);
    expect(isDoubtful('asserted')).toBe(false);
    expect(factStatus('Claim', {}, ['ASSERTS', 'CANNOT_CONFIRM'])).toBe('unconfirmed');
    expect(factStatus('Claim', {}, ['CANNOT_CONFIRM', 'DENIES'])).toBe('denied');
    expect(factStatus('Claim', { stance: 'DENIES' })).toBe('denied');
    expect(factStatus('Transfer', {})).toBe('asserted');
    expect(factStatus('Person', {})).toBe(null);
    expect(claimCaption('a b c')).toBe('« a b c »');
  });
});

describe('timeline', () => {
  it('parses the dates extraction produces', () => {
    expect(parseDate('2024-10-18')).toBe(Date.UTC(2024, 9, 18));
    expect(parseDate('2024-10')).toBe(Date.UTC(2024, 9, 1));
    expect(parseDate('2022')).toBe(Date.UTC(2022, 0, 1));
    expect(parseDate('18 octobre 2024')).toBe(Date.UTC(2024, 9, 18));
    expect(parseDate('février 2022')).toBe(Date.UTC(2022, 1, 1));
    expect(parseDate('2024-10-18T10:00:00Z')).toBe(Date.UTC(2024, 9, 18));
    expect(parseDate('juin')).toBe(null);
    expect(parseDate(null)).toBe(null);
  });

  it('orders dated facts and builds a padded domain with ticks', () => {
    const items = timelineItems([
      { id: 'b', nodeLabel: 'Event', label: 'b', t: Date.UTC(2024, 0, 1) },
      { id: 'a', nodeLabel: 'Transfer', label: 'a', t: Date.UTC(2022, 1, 1) },
      { id: 'p', nodeLabel: 'Person', label: 'p', t: Date.UTC(2023, 0, 1) },
      { id: 'u', nodeLabel: 'Claim', label: 'u', t: null },
    ]);
    expect(items.map((i) => i.id)).toEqual(['a', 'b']);
    const d = timeDomain(items)!;
    expect(d[0]).toBeLessThan(items[0].t);
    expect(timeTicks(d).length).toBeGreaterThan(1);
    // Years on a long span; months in the interface language on a short one (Intl.DateTimeFormat).
    expect(timeTicks(d, 8, 'fr').map((t) => t.text)).toContain('juil. 2022');
    expect(timeTicks([Date.UTC(2015, 0, 1), Date.UTC(2024, 0, 1)], 8, 'fr').map((t) => t.text)).toContain('2017');
    const months = timeTicks([Date.UTC(2024, 0, 1), Date.UTC(2024, 4, 1)], 8, 'fr').map((t) => t.text);
    expect(months).toContain('janv. 2024');
    expect(timeTicks([Date.UTC(2024, 0, 1), Date.UTC(2024, 4, 1)], 8, 'en').map((t) => t.text)).toContain('Jan 2024');
    expect(inRange(null, [0, 1])).toBe(true);
    expect(inRange(5, [0, 1])).toBe(false);
  });
});

describe('i18n', () => {
  it('translates with placeholders and picks a language', () => {
    expect(translate('en', 'status.showing', { n: 2000, m: 10000 })).toBe('Showing 2,000 of 10,000 nodes');
    expect(translate('fr', 'path.title')).toBe('Plus court chemin');
    expect(pickLang(null, 'fr-FR')).toBe('fr');
    expect(pickLang('en', 'fr-FR')).toBe('en');
    expect(vocabText('fr', 'Transfer')).toBe('Transfert');
  });
});

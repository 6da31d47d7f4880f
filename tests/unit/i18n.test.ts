import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, propText, relText, translate, valueText } from '@/lib/i18n/messages';

describe('interface language', () => {
  it('formats numbers with Intl in the interface language', () => {
    expect(formatNumber('fr', 3000000).replace(/\s/g, ' ')).toBe('3 000 000');
    expect(formatNumber('en', 3000000)).toBe('3,000,000');
    expect(translate('en', 'status.showing', { n: 1200, m: 3000000 })).toBe('Showing 1,200 of 3,000,000 nodes');
  });

  it('names relationship types and property keys in words, never raw', () => {
    expect(relText('fr', 'SENT')).toBe('a envoyé');
    expect(relText('en', 'CANNOT_CONFIRM')).toBe('cannot confirm');
    expect(propText('fr', 'quantityText')).toBe('dans le texte');
    expect(propText('en', 'someNewKey')).toBe('some new key');
    expect(valueText('fr', 'qualifier', 'nearly')).toBe('près de');
    expect(valueText('en', 'qualifier', 'at_least')).toBe('at least');
    expect(valueText('fr', 'kind', 'artillery_shells')).toBe("obus d'artillerie");
  });

  it('writes dates in the language, keeping text that is not a date', () => {
    expect(formatDate('fr', '2024-10-18')).toBe('18 octobre 2024');
    expect(formatDate('en', '2024-10')).toBe('October 2024');
    expect(formatDate('fr', 'été 2023')).toBe('été 2023');
  });
});

describe('fact summaries', () => {
  it('read in words: the latest qualifier is translated like any qualifier', () => {
    expect(propText('fr', 'latestQualifier')).toBe('précision du dernier chiffre');
    expect(valueText('fr', 'latestQualifier', 'at_least')).toBe('au moins');
  });
});

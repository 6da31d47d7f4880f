import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber } from '@/lib/i18n/lang';
import { isMessageKey, statusText, translate } from '@/lib/i18n/messages';
import { articleText } from '@/lib/i18n/articles';
import { captionText } from '@/lib/export/caption-text';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { extractDocument } from '@/lib/extract';
import { propText, relText, valueText } from '@/lib/i18n/vocabulary';
import vocabulary from '@/lib/i18n/strings/vocabulary.json';

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

  it('names in words every kind the extractor gives the in-house articles, organisations and agreements included', () => {
    const dir = path.resolve(import.meta.dirname, '../../data/articles');
    const kinds = new Set<string>();
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
      for (const n of extractDocument(readFileSync(path.join(dir, f), 'utf8'), { source: f }).nodes) if (typeof n.properties?.kind === 'string') kinds.add(n.properties.kind);
    }
    expect(kinds.size).toBeGreaterThan(20);
    const labels: Record<string, Record<string, string>> = { fr: vocabulary.fr.labels, en: vocabulary.en.labels };
    for (const lang of ['fr', 'en']) expect([...kinds].filter((k) => !(k in labels[lang])), lang).toEqual([]);
    expect(valueText('fr', 'kind', 'think_tank')).toBe('institut de recherche');
    // Extracting every in-house article takes seconds on a loaded machine: vitest's 5 s default would fail the run, not the words.
  }, 60_000);

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

describe('strings per area', () => {
  const areas = ['app', 'explorer', 'console', 'export', 'articles', 'caption', 'vocabulary'];

  it('every area says in French all that it says in English, and nothing more', async () => {
    for (const area of areas) {
      const { default: d } = (await import(`@/lib/i18n/strings/${area}.json`)) as { default: { en: Record<string, unknown>; fr: Record<string, unknown> } };
      const keys = (o: Record<string, unknown>): string[] => Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' && v ? keys(v as Record<string, unknown>).map((s) => `${k}.${s}`) : [k]));
      expect(keys(d.fr).sort(), area).toEqual(keys(d.en).sort());
    }
  });

  it('names every fact status, disputed included, and the export panel words, in French', () => {
    expect(['asserted', 'alleged', 'disputed', 'denied', 'unconfirmed'].map((s) => statusText('fr', s))).toEqual(['affirmé', 'allégué', 'contesté', 'démenti', 'non confirmé']);
    // The inspector's doubt banner has words for every doubtful status.
    for (const s of ['alleged', 'disputed', 'denied', 'unconfirmed']) expect(isMessageKey(`panel.doubt.${s}`), s).toBe(true);
    expect(translate('fr', 'export.copied', { what: translate('fr', 'export.what.permalink') })).toBe('Lien permanent copié');
    expect(translate('fr', 'export.pngSaved', { n: 2880 }).replace(/\s/g, ' ')).toBe('PNG enregistré (2 880 px de large)');
  });

  it('articles and captions fill placeholders the same way as the explorer', () => {
    expect(articleText('fr', 'articles.file', { name: 'a.txt', size: 12000 }).replace(/\s/g, ' ')).toBe('Fichier : a.txt (12 000 octets)');
    expect(captionText('en', 'more', { n: 1200 })).toBe('and 1,200 more articles');
  });
});

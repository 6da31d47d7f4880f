import { describe, expect, it } from 'vitest';
import { claimPatterns } from '@/lib/extract/claims/patterns';
import { languageOf, withLanguage } from '@/lib/extract/syntax/language';

// The claim grammar is compiled once per language and handed to the readers: which language's patterns a reader
// holds must not depend on which article was extracted last.
describe('claim patterns per language', () => {
  const fr = claimPatterns(languageOf('fr'));
  const en = claimPatterns(languageOf('en'));

  it('compiles each language once', () => {
    expect(claimPatterns(languageOf('fr'))).toBe(fr);
    expect(claimPatterns(languageOf('en'))).toBe(en);
    expect(fr).not.toBe(en);
  });

  it("reads each language's own reporting verbs", () => {
    expect([...'Moscou a démenti ces accusations.'.matchAll(fr.VERB_RE)].map((m) => m[0])).toEqual(['démenti']);
    expect([...'Moscou a démenti ces accusations.'.matchAll(en.VERB_RE)]).toEqual([]);
    expect([...'Moscow denied it on Tuesday.'.matchAll(en.VERB_RE)].map((m) => m[0])).toEqual(['denied']);
  });

  it('keeps a French pattern French while English is being extracted, and the reverse', () => {
    withLanguage(languageOf('en'), () => {
      expect(claimPatterns()).toBe(en);
      expect(fr.WITHHELD.source).toContain('commenter');
    });
    expect(claimPatterns()).toBe(fr);
  });
});

import { describe, expect, it } from 'vitest';
import { splitSentences } from '@/lib/extract/sentences';

const split = (t: string) => splitSentences(t, 'a'.repeat(16)).map((s) => s.text);

describe('sentence splitting', () => {
  it('keeps "M. Zelensky" in one sentence', () => {
    expect(split('M. Zelensky a parlé. Puis il est parti.')).toEqual(['M. Zelensky a parlé.', 'Puis il est parti.']);
  });

  it('ends a sentence after a closing quote and keeps a quoted question with its reporting clause', () => {
    expect(split('“Ils préparent 10 000 soldats.” M. Kim a nié.')).toEqual(['“Ils préparent 10 000 soldats.”', 'M. Kim a nié.']);
    expect(split('« Pourquoi ? », a-t-il demandé. Fin.')).toEqual(['« Pourquoi ? », a-t-il demandé.', 'Fin.']);
  });

  it('ends a sentence on a closing guillemet set off by a space (". » Pour X"), whatever the topic or register', () => {
    expect(split('« Le port a rouvert. » Pour la mairie, « la saison est sauvée ».')).toEqual(['« Le port a rouvert. »', 'Pour la mairie, « la saison est sauvée ».']);
    expect(split('14h02 — « Les vaccins sont arrivés ! » Selon le ministère, trois avions ont atterri.')).toEqual(['14h02 — « Les vaccins sont arrivés ! »', 'Selon le ministère, trois avions ont atterri.']);
    expect(split('« Nous ne paierons pas. ” Le directeur a raccroché.')).toEqual(['« Nous ne paierons pas. ”', 'Le directeur a raccroché.']);
    // ... but a closing mark followed by its reporting clause, or an opening one, stays where it is
    expect(split('« Nous ne céderons pas. », a-t-elle dit. Fin.')).toEqual(['« Nous ne céderons pas. », a-t-elle dit.', 'Fin.']);
    expect(split('Il a tranché. « Nous partons. »')).toEqual(['Il a tranché.', '« Nous partons. »']);
  });

  it('splits a period glued to the next sentence, but not an initial', () => {
    expect(split('aider les troupes russes.Le gardien a rapporté la chose.')).toEqual(['aider les troupes russes.', 'Le gardien a rapporté la chose.']);
    expect(split('M.Zelensky a parlé.')).toHaveLength(1);
  });

  it('does not split on initials or abbreviations', () => {
    expect(split('Selon G.W. Bush, cela suffit. Le Dr. Kim acquiesce.')).toHaveLength(2);
  });

  it('marks newsletter prompts and hashtag lines as boilerplate with offsets into the text', () => {
    const text = 'Inscrivez-vous à nos e-mails gratuits\nLa Russie a reçu des obus.\n#Tout #nous #savons';
    const s = splitSentences(text, 'b'.repeat(16));
    expect(s.map((x) => x.boilerplate)).toEqual([true, false, true]);
    expect(text.slice(s[1].start, s[1].end)).toBe(s[1].text);
    expect(s[1].id).toBe(`${'b'.repeat(16)}:s1`);
  });
});

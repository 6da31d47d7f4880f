import { describe, expect, it } from 'vitest';
import { editDistance, searchIntent } from '@/lib/search/intent';

describe('searchIntent', () => {
  it('resolves capitals, demonyms and aliases to the state', () => {
    expect(searchIntent('moscou').actors).toEqual([{ id: 'country:RU', via: 'capital', form: 'moscou', fuzzy: false }]);
    expect(searchIntent('Pyongyang').actors[0].id).toBe('country:KP');
    expect(searchIntent('kiev').actors[0].id).toBe('country:UA');
    expect(searchIntent('nord-coréennes').actors[0]).toMatchObject({ id: 'country:KP', via: 'demonym' });
    expect(searchIntent('North Korea').actors[0]).toMatchObject({ id: 'country:KP', via: 'alias' });
  });

  it('prefers the longest form: "Institut de Kiel" is the institute, not a typo of Kiev', () => {
    expect(searchIntent('Institut de Kiel').actors.map((a) => a.id)).toEqual(['org:kiel-institute']);
    expect(searchIntent('kiel').actors).toEqual([]);
  });

  it('reads transfer kinds next to actors', () => {
    const i = searchIntent('troupes Russie');
    expect(i.kinds).toEqual(['troops']);
    expect(i.actors.map((a) => a.id)).toEqual(['country:RU']);
    expect(i.whole).toBe(true);
    expect(searchIntent("obus d'artillerie nord-coréens").kinds).toEqual(['artillery_shells']);
  });

  it('allows one typo on long words only', () => {
    expect(searchIntent('moscu').actors[0]).toMatchObject({ id: 'country:RU', fuzzy: true });
    expect(searchIntent('iran').actors[0].id).toBe('country:IR');
    expect(searchIntent('iram').actors).toEqual([]);
  });

  it('says when words are left over', () => {
    expect(searchIntent('Moscou a reçu').whole).toBe(false);
    expect(searchIntent('des milliers').whole).toBe(false);
  });

  it('editDistance counts a swap as one edit and stops past the cap', () => {
    expect(editDistance('moscou', 'mosocu')).toBe(1);
    expect(editDistance('moscou', 'paris')).toBe(2);
  });
});

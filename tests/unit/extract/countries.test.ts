import { describe, expect, it } from 'vitest';
import { extractDocument } from '@/lib/extract';

const countriesIn = (t: string) =>
  extractDocument(t)
    .nodes.filter((n) => n.label === 'Country')
    .map((n) => n.id)
    .sort();

describe('country resolution', () => {
  it('resolves French names, demonyms and capitals to one node per state', () => {
    expect(countriesIn('Pyongyang a envoyé des soldats nord-coréens en Russie.')).toEqual(['country:KP', 'country:RU']);
    expect(countriesIn('Moscou, Washington, Séoul, Kiev, Londres et Pékin ont réagi.')).toEqual(
      ['country:CN', 'country:GB', 'country:KR', 'country:RU', 'country:UA', 'country:US'],
    );
    expect(countriesIn('Les responsables américains et sud-coréens ont parlé à Tokyo.')).toEqual(['country:JP', 'country:KR', 'country:US']);
  });

  it('names a country in French and keeps the English name and the forms seen as aliases', () => {
    const kp = extractDocument('La Corée du Nord et Pyongyang, encore les Nord-Coréens.').nodes.find((n) => n.id === 'country:KP')!;
    expect(kp.name).toBe('Corée du Nord');
    expect(kp.properties.iso2).toBe('KP');
    expect(kp.aliases).toEqual(expect.arrayContaining(['North Korea', 'Pyongyang', 'Nord-Coréens']));
    expect(kp.mentions).toHaveLength(3);
  });

  it('does not take a grenade for Grenada', () => {
    expect(countriesIn('Il a lancé une grenade.')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { findDates } from '@/lib/extract/dates';
import { read } from './helpers';

describe('agreements', () => {
  it('records signatories, parties, date and the transfers an agreement enables', () => {
    // the transfer's sender comes from the article's flow (a transfer from nobody is not drawn)
    const r = read('La Corée du Nord a livré des obus à la Russie. M. Poutine et le dirigeant nord-coréen Kim Jong-un auraient signé en juin un accord d’aide mutuelle pour faciliter le transfert de munitions destinées à Moscou.', '2024-10-18');
    const a = r.doc.nodes.find((n) => n.label === 'Agreement')!;
    expect(a.properties).toMatchObject({ kind: 'accord', date: '2024-06' });
    expect(r.edges('SIGNED').map((e) => e.source).sort()).toEqual(['person:kim-jong-un', 'person:vladimir-poutine']);
    expect(r.edges('PARTY_TO').map((e) => e.source).sort()).toEqual(['country:KP', 'country:RU']);
    expect(r.edges('COVERS')).toHaveLength(1);
  });

  it('records a veto and a joint statement', () => {
    const r = read('La Russie a opposé son veto en mars à une résolution de l’ONU. Les États-Unis, le Japon et la Corée du Sud ont publié une déclaration commune.');
    expect(r.edges('VETOED').map((e) => e.source)).toEqual(['country:RU']);
    const joint = r.doc.nodes.find((n) => n.properties.kind === 'joint_statement')!;
    expect(r.edges('PARTY_TO').filter((e) => e.target === joint.id).map((e) => e.source).sort()).toEqual(['country:JP', 'country:KR', 'country:US']);
  });
});

describe('dates', () => {
  const one = (t: string, pub: string | null) => findDates(t, pub).map((d) => d.date);
  it('normalises against the publication date', () => {
    expect(one('a affirmé jeudi', '2024-10-18')).toEqual(['2024-10-17']);
    expect(one('le mois dernier', '2024-01-10')).toEqual(['2023-12']);
    expect(one("l'année dernière", '2024-10-18')).toEqual(['2023']);
    expect(one('en juin', '2024-03-01')).toEqual(['2023-06']);
    expect(one('le 3 octobre', '2024-10-18')).toEqual(['2024-10-03']);
    expect(one('en février 2022', null)).toEqual(['2022-02']);
  });

  it('keeps the words when there is nothing to anchor them', () => {
    expect(one('en juin', null)).toEqual(['juin']);
    expect(one('le 3 octobre', null)).toEqual(['--10-03']);
  });
});

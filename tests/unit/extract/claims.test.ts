import { describe, expect, it } from 'vitest';
import { read } from './helpers';

describe('claims and stances', () => {
  it('links a speaker to what the claim is about', () => {
    const r = read('Le Département d’État américain a déclaré que la Corée du Nord livrait des obus à la Russie.');
    expect(r.stances()).toEqual(['Département d\'État américain ASSERTS']);
    const claim = r.doc.nodes.find((n) => n.label === 'Claim')!;
    const about = r.edges('ABOUT').filter((e) => e.source === claim.id).map((e) => r.node(e.target)?.label);
    expect(about).toEqual(['Transfer']);
  });

  it('finds the speaker of an inverted reporting clause and of "selon"', () => {
    expect(read('La Corée du Nord a expédié des obus vers la Russie, a affirmé la Corée du Sud.').stances()).toEqual(['Corée du Sud ASSERTS']);
    expect(read('Washington a livré des missiles à l’Ukraine, selon le Pentagone.').stances()).toEqual(['Pentagone ASSERTS']);
  });

  it('points a denial at the claim it rejects and marks its transfers denied', () => {
    const r = read("Le ministre sud-coréen de la Défense Kim Yong-Hyun a déclaré que Pyongyang envoyait des soldats en Russie. Le Kremlin a rejeté cette affirmation.");
    expect(r.stances()).toEqual(['Kim Yong-Hyun ASSERTS', 'Kremlin DENIES']);
    const denial = r.edges('DENIES')[0];
    const target = r.edges('ABOUT').find((e) => e.source === denial.target)!;
    expect(r.node(target.target)?.label).toBe('Claim');
    expect(r.transfers()[0].status).toBe('denied');
  });

  it('reads "ne pouvaient pas confirmer" and "aucune preuve" as cannot-confirm', () => {
    const r = read('Les responsables américains ont déclaré qu’ils ne pouvaient pas confirmer le déploiement de soldats nord-coréens en Russie.');
    expect(r.stances()).toEqual(['États-Unis CANNOT_CONFIRM']);
    expect(r.transfers()[0].status).toBe('unconfirmed');
    expect(read('Mark Rutte a déclaré que l’alliance n’avait aucune preuve.').stances()).toEqual(['Mark Rutte CANNOT_CONFIRM']);
  });

  it('lets a media outlet that cites nobody assert what it tells, and one that cites officials report their words', () => {
    const alone = read('Le New York Times a rapporté que la Russie avait perdu des milliers de soldats.');
    expect(alone.stances()).toEqual(['New York Times ASSERTS']);
    const citing = read('Le New York Times, citant des responsables américains, a rapporté que la Russie avait livré des missiles à la Syrie.');
    expect(citing.stances()).toEqual(['États-Unis ASSERTS']);
    expect(citing.edges('REPORTED').map((e) => citing.name(e.source))).toEqual(['New York Times']);
  });
});

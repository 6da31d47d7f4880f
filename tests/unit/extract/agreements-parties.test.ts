import { describe, expect, it } from 'vitest';
import { read } from './helpers';

// Made-up sentences on topics the dev set does not cover (fisheries, trade, energy, space, treaties of the past).
const agreementsOf = (text: string) => {
  const r = read(text);
  return r.doc.nodes
    .filter((n) => n.label === 'Agreement')
    .map((a) => ({
      name: a.name,
      parties: r.edges('PARTY_TO').filter((e) => e.target === a.id).map((e) => r.name(e.source)).sort(),
      signed: r.edges('SIGNED').filter((e) => e.target === a.id).map((e) => r.name(e.source)).sort(),
    }));
};

describe('agreement names', () => {
  it('completes the noun with the capitalised name after "de"', () => {
    expect(agreementsOf('Le traité de Lisbonne, ratifié par l’Irlande en 2009, a réformé les institutions.')[0]).toMatchObject({ name: 'traité de Lisbonne', parties: ['Irlande'] });
    expect(agreementsOf('Les accords d’Abraham ont été signés par Israël et les Émirats arabes unis.')[0].name).toBe("accords d'Abraham");
  });

  it('keeps an acronym or a number right after the noun, and reads the parties a binding verb takes', () => {
    expect(agreementsOf('Le pacte AUKUS lie l’Australie, le Royaume-Uni et les États-Unis.')[0]).toMatchObject({ name: 'pacte AUKUS', parties: ['Australie', 'Royaume-Uni', 'États-Unis'].sort() });
    expect(agreementsOf('La résolution 2231 a été adoptée par le Conseil de sécurité.')[0].name).toBe('résolution 2231');
  });

  it('does not take a body after "de" as part of the name', () => {
    const [a] = agreementsOf('Le moratoire de l’Union européenne sur la pêche au thon a été prolongé.');
    expect(a).toMatchObject({ name: 'moratoire', parties: ['Union européenne'] });
  });
});

describe('agreement parties', () => {
  it('keeps a body named after "entre" as a party in its own name', () => {
    const [a] = agreementsOf('L’accord conclu entre l’OPEP et le Mexique limite la production.');
    expect(a.parties).toContain('OPEP');
    expect(a.parties).toContain('Mexique');
  });

  it('resolves "les deux pays" and "leurs ministres" to the two states named before', () => {
    const [a] = agreementsOf('Le Chili et le Pérou se disputaient la frontière maritime. Les deux pays ont finalement signé un accord de pêche.');
    expect(a.parties).toEqual(['Chili', 'Pérou']);
    const [, b] = agreementsOf('Le président kényan William Ruto et le Premier ministre éthiopien Abiy Ahmed ont signé une déclaration commune, tandis que leurs ministres paraphaient un accord de transit.');
    expect(b).toMatchObject({ name: 'accord de transit', parties: ['Kenya', 'Éthiopie'].sort(), signed: [] });
  });

  it('reads a passive signature by "les délégations des deux camps", not the place where it was signed', () => {
    const [a] = agreementsOf('Le Soudan et le Soudan du Sud s’affrontaient depuis des mois. La trêve, signée à Addis-Abeba par les délégations militaires des deux camps, a tenu une semaine.');
    expect(a.parties).toEqual(['Soudan', 'Soudan du Sud']);
  });

  it('takes the body before "dont" as the issuer of a measure', () => {
    const [a] = agreementsOf('Le Brésil ne fait pas partie de l’OPEP, dont le plafonnement de la production ne l’engage pas.');
    expect(a).toMatchObject({ name: 'plafonnement', parties: ['OPEP'] });
  });

  it('reads a described party after "par"', () => {
    const [a] = agreementsOf('Le contrat, signé par le Maroc et la compagnie publique chinoise Sinopec, porte sur dix ans.');
    expect(a.parties).toContain('Maroc');
    expect(a.parties).toContain('Sinopec');
  });

  it('reads the signatories of "la signature de l’accord par X et Y"', () => {
    const [a] = agreementsOf('La signature de l’accord par Vladimir Poutine et le président kazakh Kassym-Jomart Tokaïev a eu lieu à Astana.');
    expect(a.signed).toEqual(['Kassym-Jomart Tokaïev', 'Vladimir Poutine']);
  });

  it('makes the state of an unnamed counterpart a party', () => {
    const [a] = agreementsOf('L’accord a été signé lundi par le ministre égyptien des Affaires étrangères, Sameh Choukri, et son homologue soudanais.');
    expect(a.parties).toEqual(['Soudan', 'Égypte']);
  });

  it('makes a party of a state that leaves or suspends an agreement', () => {
    expect(agreementsOf('Les États-Unis se sont retirés de l’accord sur le climat en 2017.')[0].parties).toEqual(['États-Unis']);
    expect(agreementsOf('Moscou a suspendu sa participation au traité New START.')[0]).toMatchObject({ name: 'traité New START', parties: ['Russie'] });
  });

  it('reads the partner of "signé avec" after a complement closed by a comma', () => {
    expect(agreementsOf('Le contrat de vente de 30 avions, signé avec l’Indonésie en 2022, est le plus important.')[0].parties).toEqual(['Indonésie']);
  });

  it('reads a signatory named by "signataire de" before or after the name', () => {
    expect(agreementsOf('Signataire de l’accord de Lomé, le ministre togolais Robert Dussey a défendu le texte.')[0].signed).toEqual(['Robert Dussey']);
    expect(agreementsOf('Le ministre Robert Dussey, signataire de l’accord de Lomé, a démissionné.')[0].signed).toEqual(['Robert Dussey']);
  });

  it('takes the two states most named for "les deux pays", not one named once in passing', () => {
    const text = 'Le Chili livre du cuivre au Japon. Santiago et Tokyo négocient depuis 2019. Le Chili, qui a aussi vendu du lithium à l’Inde, veut diversifier ses clients. Le président chilien a salué un partenariat stratégique entre les deux pays.';
    expect(agreementsOf(text)[0].parties).toEqual(['Chili', 'Japon']);
  });

  it('makes a party of the state a signatory acts for', () => {
    expect(agreementsOf('Le ministre Denys Chmyhal a signé l’accord sur les minerais au nom de l’Ukraine.')[0]).toMatchObject({ parties: ['Ukraine'], signed: ['Denys Chmyhal'] });
  });
});

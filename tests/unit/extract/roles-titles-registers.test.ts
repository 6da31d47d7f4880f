import { describe, expect, it } from 'vitest';
import { read } from './helpers';

// Made-up sentences in several registers (wire brief, dispatch, interview, live blog, analysis) on fisheries, health,
// energy, rail and parliaments: a ministry of several coordinated domains, a party word between a title and its name,
// a title whose body the title itself tells (a commissioner, a federal councillor, a chancellor), a firm's officer
// whose firm is the one in focus, and a state "présidé par" someone.

/** HOLDS_ROLE as "person>holder:title". */
const roles = (text: string) => read(text).edges('HOLDS_ROLE').map((e) => `${e.source}>${e.target}:${e.properties.title}`).sort();

describe('titles and their bodies in several registers', () => {
  it('wire brief and portrait: a ministry of coordinated domains is one title, the name or the state after it', () => {
    expect(roles('Le Ghana relance ses forages. La ministre des Mines, de la Géologie et du Pétrole, Ama Owusu, a signé les permis.')).toEqual(['person:ama-owusu>country:GH:ministre des Mines, de la Géologie et du Pétrole']);
    expect(roles('Kofi Mensah est ministre de la Santé et de la Population du Ghana depuis 2023.')).toEqual(['person:kofi-mensah>country:GH:ministre de la Santé et de la Population']);
    expect(roles('« Nous manquons de pluie », reconnaît le ministre péruvien de l’Agriculture et de l’Irrigation, Jorge Salas.')).toEqual(['person:jorge-salas>country:PE:ministre de l\'Agriculture et de l\'Irrigation']);
  });

  it('dispatch and live blog: a party adjective or acronym between the title and the name', () => {
    expect(roles('La Belgique débat de l’achat. Le député écologiste Pieter Claes dénonce un contrat opaque.')).toEqual(['person:pieter-claes>country:BE:député']);
    expect(roles('11h20 — Au Canada, la sénatrice conservatrice Martha Dunn réclame une enquête.')).toEqual(['person:martha-dunn>country:CA:sénatrice']);
    expect(roles('Le Portugal hésite. La députée PS Inês Moura juge le prix excessif.')).toEqual(['person:ines-moura>country:PT:députée']);
  });

  it('analysis and interview: a commissioner is the European or African Union\'s, whichever the article names', () => {
    expect(roles('L’Union européenne a débloqué 40 millions d’euros. « Nous serons là », a promis le commissaire Marek Nowak.')).toEqual(['person:marek-nowak>org:eu:commissaire']);
    expect(roles('L’Union européenne finance le port. La commissaire chargée de l’Énergie, Ana Lopes, a visité le chantier.')).toEqual(['person:ana-lopes>org:eu:commissaire chargée de l\'Énergie']);
    expect(roles('L’Union africaine était représentée par la commissaire à l’Agriculture, Grace Mbeki.')).toEqual(['person:grace-mbeki>org:african-union:commissaire à l\'Agriculture']);
    // No union named: a "commissaire" is nobody's on this reading.
    expect(roles('Le commissaire Jean Dupuis a ouvert une enquête sur le vol.')).toEqual([]);
  });

  it('wire brief: a federal councillor serves Switzerland, a chancellor Germany or Austria when named, not the state in focus', () => {
    expect(roles('La Suisse bloque la réexportation. Le conseiller fédéral Urs Keller a défendu la neutralité.')).toEqual(['person:urs-keller>country:CH:conseiller fédéral']);
    expect(roles('Le Kenya a signé avec Berlin un accord sur l’hydrogène, en présence du chancelier Jonas Weber.')).toEqual(['person:jonas-weber>country:DE:chancelier']);
  });

  it('results brief and live blog: a firm\'s officer with no firm named serves the firm in focus', () => {
    expect(roles('Le groupe Alstom a publié ses comptes. Le directeur financier, Paul Girard, table sur une marge stable.')).toEqual(['person:paul-girard>org:alstom:directeur financier']);
    expect(roles('La société Vestas a annoncé un plan social. « Nous n’avons pas le choix », a déclaré la directrice des opérations, Karin Holm.')).toEqual(['person:karin-holm>org:vestas:directrice des opérations']);
  });

  it('analysis: a state "présidé par" someone at the time has him for president', () => {
    expect(roles('Le contrat fut signé avec le Ghana, alors présidé par John Kufuor, en 2006.')).toEqual(['person:john-kufuor>country:GH:président']);
    expect(roles('Le Chili, présidé depuis 2022 par Gabriel Boric, a nationalisé le lithium.')).toEqual(['person:gabriel-boric>country:CL:président']);
  });
});

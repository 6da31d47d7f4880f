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
    expect(roles('La Suisse débat de l’achat. Le conseiller national PLR Pierre Favre dénonce un contrat opaque.')).toEqual(['person:pierre-favre>country:CH:conseiller national']);
    expect(roles('11h20 — Au Canada, la sénatrice canadienne conservatrice Martha Dunn réclame une enquête.')).toEqual(['person:martha-dunn>country:CA:sénatrice']);
    expect(roles('Le sénateur américain républicain Tom Price juge le prix excessif.')).toEqual(['person:tom-price>country:US:sénateur']);
    // A member of parliament with no state named: the state in focus is often a foreign one, so no one is given it ...
    expect(roles('Cuba reçoit du pétrole russe. Le sénateur conservateur Tom Price dénonce ces livraisons.')).toEqual([]);
    // ... unless the party word is one state's alone: a Republican senator is an American one, whatever the article is about.
    expect(roles('Cuba reçoit du pétrole russe. Le sénateur républicain Tom Price dénonce ces livraisons.')).toEqual(['person:tom-price>country:US:sénateur']);
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
    expect(roles('La Suisse refuse. Interrogé sur l’Ukraine, le conseiller fédéral Urs Keller a défendu la neutralité.')).toEqual(['person:urs-keller>country:CH:conseiller fédéral']);
    expect(roles('Le Kenya a signé avec Berlin un accord sur l’hydrogène, en présence du chancelier Jonas Weber.')).toEqual(['person:jonas-weber>country:DE:chancelier']);
    // A complement the title reader did not take names another post ("chancelier de l'Échiquier" is Britain's treasurer).
    expect(roles('L’Allemagne a livré des obus. Au Royaume-Uni, Jeremy Hunt, chancelier de l’Échiquier, a salué l’effort.')).toEqual(['person:jeremy-hunt>country:GB:chancelier']);
  });

  it('results brief and live blog: a firm\'s officer with no firm named serves the firm in focus', () => {
    expect(roles('Le groupe Alstom a publié ses comptes. Le directeur financier, Paul Girard, table sur une marge stable.')).toEqual(['person:paul-girard>org:alstom:directeur financier']);
    expect(roles('Le groupe Alstom a publié ses comptes. Alstom livre des trains à la société Arriva. Le directeur financier, Paul Girard, table sur une marge stable.')).toEqual(['person:paul-girard>org:alstom:directeur financier']);
    expect(roles('La société Vestas a annoncé un plan social. « Nous n’avons pas le choix », a déclaré la directrice des opérations, Karin Holm.')).toEqual(['person:karin-holm>org:vestas:directrice des opérations']);
  });

  it('analysis: a state "présidé par" someone at the time has him for president', () => {
    expect(roles('Le contrat fut signé avec le Ghana, alors présidé par John Kufuor, en 2006.')).toEqual(['person:john-kufuor>country:GH:président']);
    expect(roles('Le Chili, présidé depuis 2022 par Gabriel Boric, a nationalisé le lithium.')).toEqual(['person:gabriel-boric>country:CL:président']);
  });

  it('live blog and wire brief: a coordinator of a body, a secretary with a portfolio "au", "à la"', () => {
    expect(roles('Le coordonnateur humanitaire de l’ONU au Soudan, Tom Fletcher, a lancé un appel.')).toEqual(['person:tom-fletcher>org:un:coordonnateur']);
    expect(roles('Le Kenya lève 1,5 milliard de dollars, a annoncé le secrétaire au Trésor, John Mbadi.')).toEqual(['person:john-mbadi>country:KE:secrétaire au Trésor']);
  });

  it('live blog and dispatch: where a minister acts is his home; only where he goes is another state', () => {
    expect(roles('La Tchéquie ferme ses abattoirs ; des camions sont bloqués en Hongrie. Le ministre de l’Agriculture, Jan Novak, convoque une cellule de crise à Prague.')).toEqual(['person:jan-novak>country:CZ:ministre de l\'Agriculture']);
    expect(roles('La Tchéquie exporte du blé. Le ministre de l’Agriculture, Jan Novak, s’est rendu à Budapest.')).toEqual(['person:jan-novak>country:CZ:ministre de l\'Agriculture']);
  });

  it('dispatch and regional page: a body named again by its kind noun holds the title, never the state in focus', () => {
    expect(roles('La coopérative Lait des Alpes exporte du fromage vers le Maroc. « C’est vital », se réjouit la présidente de la coopérative, Claire Favre.')).toEqual(['person:claire-favre>org:lait-des-alpes:présidente']);
    expect(roles('Le Chili exporte du cuivre. Le président de la société, Juan Perez, se réjouit.')).toEqual([]);
    // A local area names no state: the article's other state is not the deputy's.
    expect(roles('L’Algérie achète des bovins à la France. « Ce serait la fin », prévient le député de la circonscription, Paul Roux.')).toEqual([]);
    expect(roles('La Région Occitanie investit dans le port. Le président de la région, Paul Roux, se réjouit.')).toEqual(['person:paul-roux>org:region-occitanie:président']);
  });

  it('wire brief: an adjective completes a listed domain ("du Commerce extérieur"), a nationality does not', () => {
    expect(roles('Le Pérou mise sur le port. La ministre du Commerce extérieur, Ana Quispe, a signé un protocole.')).toEqual(['person:ana-quispe>country:PE:ministre du Commerce extérieur']);
    expect(roles('Le ministre de la Défense russe, Ivan Orlov, a signé.')).toEqual(['person:ivan-orlov>country:RU:ministre de la Défense']);
  });

  it('analysis and dispatch: two holders of one plural title serve two states; "du ministère" is the state in focus', () => {
    expect(roles('Le Brésil courtise l’Inde. Les deux pays se rapprochent : les ministres de l’Énergie Ana Souza et Raj Mehta ont signé à Delhi un accord.')).toEqual([]);
    expect(roles('La Pologne commande des chars. Le porte-parole du ministère, Jan Nowak, a confirmé la livraison.')).toEqual(['person:jan-nowak>country:PL:porte-parole']);
  });

  it('wire brief and analysis: "que dirige X", "qui dirige" make X the body\'s "dirigeant", as "dirigé par" does', () => {
    expect(roles('L’Otan, que dirige Ingrid Dahl, a salué l’accord.')).toEqual(['person:ingrid-dahl>org:nato:dirigeant']);
    expect(roles('La Birmanie est isolée. Le général Aung Min, qui dirige le pays depuis 2021, a démenti.')).toEqual(['person:aung-min>country:MM:dirigeant']);
  });

  it('portrait: a fronted title, a time phrase before its body, then the name as the subject', () => {
    expect(roles('Directrice depuis 2020 de l’OMS, Maria Lopez a d’abord été ministre.')).toEqual(['person:maria-lopez>org:who:Directrice']);
    expect(roles('Présidente de la Commission européenne depuis 2019, Maria Lopez reste prudente.')).toEqual(['person:maria-lopez>org:eu:Présidente de la Commission']);
    // No body or state named: no holder to give.
    expect(roles('Ministre de la Défense, Jan Nowak a signé.')).toEqual([]);
  });
});

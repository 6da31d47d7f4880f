import { describe, expect, it } from 'vitest';
import { actorsOf as actors, rolesOf as roles } from './helpers';

// Made-up sentences in several registers (wire, dispatch, interview answer, analysis) on courts, universities,
// hospitals, history and diplomacy: bodies named by a lowercase institution noun and their town, names with lowercase
// particles, a state that no longer exists.

describe('names the gazetteer does not hold', () => {
  it('analysis and wire: an institution noun in lowercase, then "de" and its town, names a body', () => {
    expect(actors('Selon l’économiste Ana Soto, de l’université de Valparaíso, les prix vont baisser.')).toEqual(['Organization:université de Valparaíso', 'Person:Ana Soto']);
    expect(roles('Selon l’économiste Ana Soto, de l’université de Valparaíso, les prix vont baisser.')).toEqual(['person:ana-soto>org:universite-de-valparaiso']);
    expect(actors('La cour d’appel de Lyon a confirmé jeudi la condamnation.')).toEqual(['Organization:cour d’appel de Lyon']);
  });

  it('dispatch: the hospital named with its town, then "le directeur de l\'hôpital" points back to it', () => {
    expect(roles('Il est six heures à l’hôpital de Kisumu. Le directeur de l’hôpital, Juma Mkuu, manque de tout.')).toEqual(['person:juma-mkuu>org:hopital-de-kisumu']);
  });

  it('wire and interview: lowercase particles inside a name', () => {
    expect(actors('Le ministre Jan van der Berg a démissionné.')).toEqual(['Person:Jan van der Berg']);
    expect(actors('« Nous n’avons rien signé », a affirmé Pieter van den Broek, porte-parole du port.')).toEqual(['Person:Pieter van den Broek']);
  });

  it('wire, dispatch and live blog: a region or a federated state governed by someone, or called "État de"', () => {
    expect(roles('Le gouverneur du Queensland, Tom Baker, a décrété l’état de catastrophe.')).toEqual(['person:tom-baker>org:queensland']);
    expect(roles('9h40 — La présidente de la Catalogne, Núria Puig, demande des renforts.')).toEqual(['person:nuria-puig>org:catalogne']);
    expect(actors('L’État du Minas Gerais a financé la nouvelle digue.')).toEqual(['Organization:État du Minas Gerais']);
    // A sovereign state, the state itself, or a body named by its head alone is none.
    expect(actors('L’État d’Israël a livré des armes.')).toEqual(['Country:Israël']);
    expect(actors('Le président de la République, Paul Martin, a parlé.')).toEqual(['Person:Paul Martin']);
  });

  it('analysis: a historic state is a state', () => {
    expect(actors('L’Union soviétique a livré des chars à l’Égypte en 1967.')).toEqual(['Country:Union soviétique', 'Country:Égypte']);
    expect(actors('En 1975, l’URSS livrait déjà des MiG à l’Angola.')).toEqual(['Country:Angola', 'Country:Union soviétique']);
  });

  it('wire, dispatch and analysis: a maker whose name is also its plane\'s is the maker only outside the plane\'s place', () => {
    expect(actors('Le groupe Boeing a annoncé jeudi la suppression de 2 000 postes.')).toEqual(['Organization:Boeing']);
    expect(actors('« Nous travaillons avec Boeing depuis vingt ans », explique le PDG.')).toEqual(['Organization:Boeing']);
    expect(actors('La compagnie a commandé dix Boeing 787 pour ses lignes long-courriers.')).toEqual([]);
    expect(actors('Trois Boeing de la flotte restent cloués au sol depuis lundi.')).toEqual([]);
  });

  it('dispatch and interview: a town whose name opens with a capital\'s is no state of that capital', () => {
    expect(actors('Le chirurgien, formé à Santiago de Cuba, exerce depuis deux ans en Calabre.').filter((a) => a.startsWith('Country'))).toEqual(['Country:Cuba']);
    expect(actors('Le vol cargo est parti de Santiago du Chili mardi soir.')).toEqual(['Country:Chili']);
  });

  it('live blog and analysis: outlets named by their kind — a radio, an investigative site — and a programme titled after a newspaper', () => {
    expect(actors('Chaque dimanche, « Le Figaro en régions », sur Radio Estuaire, revient sur un dossier local.')).toEqual(['Organization:Radio Estuaire']);
    expect(actors('Le ministère a payé deux fois, selon le site d’investigation Kontrast24.')).toEqual(['Organization:Kontrast24']);
    expect(actors('« Le Figaro » a révélé l’affaire jeudi.')).toEqual(['Organization:Le Figaro']);
  });

  it('wire and analysis: a lone name joined to a firm by "avec" or "et" is a firm, and "son directeur" then points to it as the subject', () => {
    expect(actors('Thales et Navantia ont signé un contrat de frégates.')).toEqual(['Organization:Navantia', 'Organization:Thales']);
    expect(roles('Le groupe Safran devait équiper, avec Vexon, les nouveaux hélicoptères. Vexon assume désormais seul le chantier et a livré les premiers moteurs à la société Heli Union, a confirmé son directeur général, Paul Morel.')).toEqual(['person:paul-morel>org:vexon']);
  });

  it('wire and analysis: a parliament\'s committee named in lower case; a state\'s name closing a person\'s name', () => {
    expect(roles('Selon le président de la commission des affaires étrangères du Sénat, John Doe, le texte passera.')).toEqual(['person:john-doe>org:commission-des-affaires-etrangeres-du-senat']);
    expect(actors('L’OMS s’inquiète, indique son représentant au Yémen, Ana Lucia Salvador.')).toEqual(['Country:Yémen', 'Organization:OMS', 'Person:Ana Lucia Salvador']);
  });
});

// Made-up sentences (wire, analysis, trade press) on shipbuilding, audit and retail: "&" joins the words of one firm's name.
describe('a firm whose name joins words with "&"', () => {
  it('wire: "la Korea Shipbuilding & Marine Engineering (KSOE)" is one firm', () => {
    expect(actors('La marine péruvienne a commandé deux frégates à la Korea Shipbuilding & Marine Engineering (KSOE) en mars.')).toEqual(['Country:Pérou', 'Organization:KSOE', 'Organization:Korea Shipbuilding & Marine Engineering', 'Organization:marine péruvienne']);
  });

  it('analysis: "le cabinet Baker & Partners" and a name with "&" opening a sentence are firms, never people', () => {
    expect(actors('Le cabinet Baker & Partners a audité les comptes du port.')).toEqual(['Organization:Baker & Partners']);
    expect(actors('Selon Harlow & Finch, les ventes de cacao ont reculé.')).toEqual(['Organization:Harlow & Finch']);
  });
});

// Made-up wire and live-blog openings on energy and health: a flash word in capitals heading a dispatch names no body.
describe('a flash word in capitals opening a dispatch', () => {
  it('wire: "URGENT -", "ALERTE -", "FLASH -" before the news', () => {
    expect(actors('URGENT - Le Ghana et le Togo signent un accord sur le gaz (officiel)')).toEqual(['Country:Ghana', 'Country:Togo']);
    expect(actors('ALERTE - La Norvège suspend ses livraisons de saumon au Japon')).toEqual(['Country:Japon', 'Country:Norvège']);
    expect(actors('FLASH - Le Chili ferme ses mines de lithium pour une semaine')).toEqual(['Country:Chili']);
  });
});

// Made-up sentences (analysis, wire, live blog) on trade, climate and Central Europe: blocs of states named by a number or
// by "groupe de" and a place.
describe('a bloc of states named by a number or by "groupe de" and a name', () => {
  it('analysis: "membre du G77" and "le groupe de Visegrád" are bodies; "un groupe de Syriens" and "des fusils G36" are not', () => {
    expect(actors('Le Kenya, membre du G77, réclame des fonds ; le groupe de Visegrád refuse.')).toEqual(['Country:Kenya', 'Organization:G77', 'Organization:groupe de Visegrád']);
    expect(actors('Un groupe de Syriens a manifesté devant les fusils G36 saisis.')).toEqual(['Country:Syrie']);
  });

  it('wire: "le groupe de Contadora" after a verb of joining', () => {
    expect(actors('Le Panama a rejoint en 1983 le groupe de Contadora.')).toEqual(['Country:Panama', 'Organization:groupe de Contadora']);
  });
});

// Made-up wire and trade-press lines on fishing and mining: a firm's legal suffix ends its name, so its last words are no person.
describe('a firm named with its legal suffix', () => {
  it('wire and trade press: "Limited", "Plc" close a firm\'s name after a country\'s name or a common word', () => {
    expect(actors('Selon Tonga Pearl Limited, les exportations reprendront en mai.')).toEqual(['Organization:Tonga Pearl Limited']);
    expect(actors('Le minerai est vendu à Harbour Copper Plc depuis 2021.')).toEqual(['Organization:Harbour Copper Plc']);
  });
});

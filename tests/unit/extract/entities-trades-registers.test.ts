import { describe, expect, it } from 'vitest';
import { flows, read } from './helpers';

// Made-up sentences in several registers (wire brief, dispatch, live blog, interview answer, analysis, explainer) on
// farming, mining, shipping, health and finance: bodies named only by the trade or status noun before them ("la
// coopérative X", "l'importateur marocain X", "les producteurs X et Y"), by a gloss after them ("X, notre société
// nationale,"), by a bank word inside their name ("Korea Eximbank"), by a spaced short form in brackets ("(CN APM)"),
// and the readings that name no body at all.

/** Organization and Country node ids, sorted. */
const actors = (text: string) => read(text).doc.nodes.filter((n) => n.label === 'Organization' || n.label === 'Country').map((n) => n.id).sort();
/** Person node ids, sorted. */
const people = (text: string) => read(text).doc.nodes.filter((n) => n.label === 'Person').map((n) => n.id).sort();

describe('a body named after its trade or status noun', () => {
  it.each([
    ['dispatch', 'Le blé a été acheté par la coopérative Champs de Beauce, basée à Chartres.', ['org:champs-de-beauce']],
    ['wire brief', 'L’importateur marocain Atlas Négoce a reçu les premières tonnes de sucre.', ['org:atlas-negoce', 'country:MA']],
    ['analysis', 'La fonderie Baltic Zinc traite le concentré venu du Kazakhstan.', ['org:baltic-zinc', 'country:KZ']],
    ['live blog', '14h10 — L’association Vigie Mer dénonce une marée noire au large de la Bretagne.', ['org:vigie-mer']],
    ['interview answer', '« Le syndicat des dockers Unimar n’a pas été consulté », répond-elle.', ['org:unimar']],
    ['explainer', 'L’exportateur ivoirien Sucaf Négoce expédie son cacao vers les Pays-Bas.', ['org:sucaf-negoce', 'country:CI', 'country:NL']],
    ['dispatch', 'La subvention a été versée à l’établissement public Port Ouest de Lorient.', ['org:port-ouest-de-lorient']],
    ['wire brief', 'La fédération Aqua Pêche représente trois cents armateurs.', ['org:aqua-peche']],
    ['analysis', 'La coopérative adhère à la fédération Union viticole, basée à Bordeaux.', ['org:union-viticole']],
    // A trade noun made of two joined by a hyphen ("l'assureur-crédit"), and the trades of leasing and plants.
    ['wire brief', 'Le contrat est couvert par l’assureur-crédit public néerlandais Atradius.', ['org:atradius', 'country:NL']],
    ['dispatch', 'Les cargos ont été pris à bail auprès du loueur irlandais Avolon.', ['org:avolon', 'country:IE']],
    ['analysis', 'Les pièces sortent de l’usine serbe Zastava Arms depuis 2019.', ['org:zastava-arms', 'country:RS']],
    ['live blog', '9h05 — Le transporteur danois Maersk suspend ses escales en mer Rouge.', ['org:maersk', 'country:DK']],
    ['explainer', 'Le vaccin est produit par le laboratoire indien Bharat Biotech.', ['org:bharat-biotech', 'country:IN']],
    // A nationality used as a noun before a short name in capitals, even one of two letters or that spells a word.
    ['wire brief', 'Les moteurs seront fournis par l’américaine GE, selon le ministère.', ['org:ge', 'country:US']],
    ['analysis', 'Les nouveaux jets ont été loués par la polonaise LOT.', ['org:lot', 'country:PL']],
    // An outlet's title made of a place's name and an adjective ("l'agence Chine nouvelle").
    ['live blog', '15h00 — Pékin promet une aide d’urgence, selon l’agence Chine nouvelle.', ['org:chine-nouvelle', 'country:CN']],
    ['wire brief', 'Les frappes ont cessé, rapporte le quotidien Liban nouveau.', ['org:liban-nouveau']],
  ])('%s: %s', (_register, text, ids) => {
    expect(actors(text as string)).toEqual([...(ids as string[])].sort());
    expect(people(text as string)).toEqual([]);
  });

  it('a plural trade noun names each of the bodies joined after it', () => {
    expect(actors('Les producteurs Kora Fibres et Sahel Textiles exportent vers le Bangladesh.')).toEqual(['country:BD', 'org:kora-fibres', 'org:sahel-textiles']);
    expect(actors('Le charbon vient des groupes miniers Delta Coal et Ridgeline, selon un courtier.')).toEqual(['org:delta-coal', 'org:ridgeline']);
  });

  it('a trade noun with no name after it names no body', () => {
    expect(actors('Le premier producteur de la région reste la Tunisie.')).toEqual(['country:TN']);
    // "l’association des éleveurs" names a body by the people it gathers (entities-member-bodies-registers.test.ts); the kind alone names none.
    expect(actors('L’association a protesté contre la Commission.')).toEqual([]);
    expect(actors('La banque a reçu des cargaisons de GNL pendant cinq ans.')).toEqual([]);
  });
});

describe('a body named by the gloss after it', () => {
  it.each([
    ['interview answer', 'Sonagaz, notre société nationale, détient 20 % du projet.', ['org:sonagaz']],
    ['analysis', 'Ferrovia, leur opérateur public, a suspendu les livraisons vers la Hongrie.', ['country:HU', 'org:ferrovia']],
  ])('%s: %s', (_register, text, ids) => {
    expect(actors(text as string)).toEqual([...(ids as string[])].sort());
  });
});

describe('a bank named by a bank word inside its name', () => {
  it.each([
    ['wire brief', 'Le prêt de la Korea Eximbank a été signé à Séoul.', ['country:KR', 'org:korea-eximbank']],
    ['dispatch', 'Le Ghana a obtenu d’Afreximbank un prêt de 750 millions de dollars.', ['country:GH', 'org:afreximbank']],
  ])('%s: %s', (_register, text, ids) => {
    expect(actors(text as string)).toEqual([...(ids as string[])].sort());
    expect(people(text as string)).toEqual([]);
  });
});

describe('a name and its short form of two words in brackets', () => {
  it('the whole name is read, and the short form names it later', () => {
    const r = read('La panne touche la Société nationale Gestion des réseaux ferrés (SN GRF). La SN GRF a porté plainte.');
    const orgs = r.doc.nodes.filter((n) => n.label === 'Organization');
    expect(orgs.map((n) => n.name)).toEqual(['Société nationale Gestion des réseaux ferrés']);
    expect(orgs[0].mentions?.map((m) => m.text)).toEqual(['Société nationale Gestion des réseaux ferrés', 'SN GRF', 'SN GRF']);
  });

  it('dispatch and wire brief: a place in brackets is where the body sits, no short form of it', () => {
    expect(actors("Selon l'Autorité du bassin du Nil (Le Caire), le débit a baissé. Le Caire a protesté auprès d'Addis-Abeba.")).toContain('country:EG');
    expect(actors("L'Agence afghane de presse (Kaboul) rapporte des combats. Kaboul dément.")).toContain('country:AF');
  });

  it('a body\'s name goes on through a short common noun after "de"', () => {
    expect(actors('Le Qatar préside le Forum des pays producteurs de riz.')).toEqual(['country:QA', 'org:forum-des-pays-producteurs-de-riz']);
  });

  it('"Région" with a capital opens the name of a regional council', () => {
    expect(actors('La Région Bretagne, propriétaire du port, a versé deux millions d’euros.')).toEqual(['org:region-bretagne']);
    expect(actors('La région de Koursk a été bombardée.')).toEqual([]);
  });

  it('a regional council pays from its own budget, to a body named by its status', () => {
    expect(flows('La Région Bretagne a versé deux millions d’euros à l’établissement public Port Ouest de Lorient.')).toEqual(['Région Bretagne>Port Ouest de Lorient:funds:2000000']);
  });

  it('"Club" opens a body\'s name', () => {
    expect(actors('Le Japon est membre du Club de Paris.')).toEqual(['country:JP', 'org:club-de-paris']);
  });
});

describe('readings that name no body', () => {
  it('"tout le monde" is not the newspaper', () => {
    expect(actors('Tout le monde attend la décision de la Chine.')).toEqual(['country:CN']);
    expect(actors('Le Monde a révélé l’affaire.')).toEqual(['org:le-monde']);
  });

  it('a portfolio after a title is no employer', () => {
    expect(actors('Elle était représentée par la commissaire à la Santé, Ana Duarte.')).toEqual([]);
    expect(actors('Le ministre délégué aux Transports, Paul Martin, a visité le port.')).toEqual([]);
  });
});

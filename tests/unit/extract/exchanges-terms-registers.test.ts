import { describe, expect, it } from 'vitest';
import { findGoods } from '../../../lib/extract/goods';
import { exchangesOf, flows, read } from './helpers';

// Made-up deal paragraphs on grain, oil, tanks, water and loans, in several registers (wire brief, dispatch, analysis,
// live blog, interview answer): a deal's terms told in the future, beside their price,
// are its two legs; a future alone stays a plan. Water is traded goods.

describe('a deal\'s terms in the future, beside their price, are its legs', () => {
  it('wire brief: "livrera du blé à la Chine en échange de pétrole"', () => {
    expect(exchangesOf('Le Brésil livrera du blé à la Chine en échange de pétrole.')).toEqual(['aid Brésil>Chine <-> oil Chine>Brésil']);
  });

  it('analysis: "en contrepartie, X livrera" after a loan in the clause before', () => {
    expect(exchangesOf("La Chine a accordé un prêt de 2 milliards de dollars à l'Angola ; en contrepartie, l'Angola livrera du pétrole à la Chine pendant dix ans.")).toEqual([
      'funds Chine>Angola <-> oil Angola>Chine',
    ]);
  });

  it('live blog: a future with no price is still a plan, not a delivery', () => {
    expect(read("16 h 20 — La Pologne livrera des chars à l'Ukraine.").transfers()).toEqual([]);
  });
});

describe('water is traded goods', () => {
  it('interview answer: "échanger de l\'électricité jordanienne contre de l\'eau dessalée israélienne": each side from its adjective', () => {
    expect(exchangesOf("Le projet prévoyait d'échanger de l'électricité jordanienne contre de l'eau dessalée israélienne.")).toEqual(['other Israël>Jordanie <-> other Jordanie>Israël']);
  });

  it('wire brief: a measure of water is no fuel, whichever leg it is; a measure of gas still is', () => {
    expect(exchangesOf("Chaque été, le Kirghizistan livre au Kazakhstan 2 milliards de mètres cubes d'eau ; en échange, le Kazakhstan lui cède 300 millions de mètres cubes par an.")).toEqual([
      'other Kazakhstan>Kirghizistan <-> other Kirghizistan>Kazakhstan',
    ]);
    expect(flows('La Russie a livré 20 milliards de mètres cubes de gaz à la Hongrie.')).toEqual(['Russie>Hongrie:oil:20000000000']);
  });

  it('dispatch: "achète de l\'eau à Israël"', () => {
    const r = read("La Jordanie achète de l'eau à Israël depuis 1994.");
    expect(r.transfers().map((x) => `${String(x.kind)} ${(x.from as string[]).map(r.name).join()}>${(x.to as string[]).map(r.name).join()}`)).toEqual(['other Israël>Jordanie']);
  });
});

describe('"échanger X contre Y avec Z": the partner after "avec" is the other side of both legs', () => {
  it('wire brief: "L\'Inde échange du riz contre du pétrole avec l\'Iran", the partner last or first', () => {
    expect(exchangesOf("L'Inde échange du riz contre du pétrole avec l'Iran.")).toEqual(['oil Iran>Inde <-> other Inde>Iran']);
    expect(exchangesOf("L'Inde échange avec l'Iran du riz contre du pétrole.")).toEqual(['oil Iran>Inde <-> other Inde>Iran']);
  });

  it('analysis: "a troqué des armes contre de l\'or avec le Mali"', () => {
    expect(exchangesOf("Selon plusieurs diplomates, la Russie a troqué des armes contre de l'or avec le Mali.")).toEqual(['funds Mali>Russie <-> weapons Russie>Mali']);
  });
});

describe('rights traded like goods: an exploration permit, delivery contracts given as a price', () => {
  it('analysis: "des permis d\'exploration ; en contrepartie, X a débloqué"', () => {
    expect(exchangesOf("Le Niger a accordé à la Chine des permis d'exploration ; en contrepartie, Pékin a débloqué 400 millions de dollars au profit de Niamey.")).toEqual([
      'funds Chine>Niger <-> other Niger>Chine',
    ]);
  });

  it('live blog: "lui a avancé les fonds, en échange de contrats de livraison"', () => {
    expect(exchangesOf('10 h 05 — Le Togo a obtenu de la Chine des fonds, en échange de contrats de livraison de phosphates.')).toEqual(['funds Chine>Togo <-> other Togo>Chine']);
  });
});

describe('a loan or a sale "remboursé par des livraisons de", "payé par des cargaisons de": paid back in goods', () => {
  it('analysis: "prêté 2 milliards à l\'Angola, remboursés par des livraisons de pétrole": the oil goes back to the lender', () => {
    expect(exchangesOf("La Chine a prêté 2 milliards de dollars à l'Angola, remboursés par des livraisons de pétrole.")).toEqual(['funds Chine>Angola <-> oil Angola>Chine']);
  });

  it('dispatch: "des fusils, payés par des cargaisons d\'or"', () => {
    expect(exchangesOf("Le Venezuela a reçu de la Russie des fusils, payés par des cargaisons d'or.")).toEqual(['funds Venezuela>Russie <-> weapons Russie>Venezuela']);
  });

  it('wire brief: "payés par" an actor is the payer, no price', () => {
    expect(exchangesOf('Les drones, payés par les Émirats, ont été livrés au Soudan.')).toEqual([]);
  });
});

describe('a bare measure measures the goods named before it', () => {
  it('business page: "achète du gaz …, 10 milliards de mètres cubes": the measure is gas; with water named, water', () => {
    expect(findGoods("L'Ouzbékistan achète du gaz turkmène : 10 milliards de mètres cubes l'an dernier.").map((g) => g.kind)).toEqual(['oil', 'oil']);
    expect(findGoods("Le Tadjikistan cède de l'eau : 2 milliards de mètres cubes par an.").map((g) => g.kind)).toEqual(['other', 'other']);
  });
});

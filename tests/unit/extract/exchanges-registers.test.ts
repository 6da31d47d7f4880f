import { describe, expect, it } from 'vitest';
import { exchangesOf, flows } from './helpers';

// Made-up barter and payment paragraphs on uranium, gas, grain, oil and medical aid, in several registers (explainer
// with questions, dispatch, wire brief, live blog): what one side gives for what the other gives, in one sentence or
// across several.

// An explainer whose answer about payment comes many sentences after the flow it pays for.
const FILLER = ' Quelle est la part du nucléaire ? Elle reste modeste. Les prix restent bas. Les contrats courent jusqu’en 2030. Le marché reste tendu. Les stocks sont pleins. Comment paie-t-on ?';

describe('exchanges in registers the sample never saw', () => {
  it('explainer: a payment told far below pays for the flow between the same two sides, the other way', () => {
    expect(exchangesOf(`Le Kazakhstan exporte de l’uranium vers la Chine.${FILLER} Selon la banque centrale, la Chine aurait versé au Kazakhstan 3 milliards de dollars en 2024.`)).toEqual([
      'funds Chine>Kazakhstan <-> other Kazakhstan>Chine',
    ]);
    expect(exchangesOf(`L’Algérie livre du gaz à l’Italie.${FILLER} L’Italie a versé à l’Algérie 2 milliards de dollars l’an dernier.`)).toEqual(['funds Italie>Algérie <-> oil Algérie>Italie']);
  });

  it('explainer: a far payment between other sides answers nothing', () => {
    expect(exchangesOf(`Le Kazakhstan exporte de l’uranium vers la Chine.${FILLER} Le Japon a versé au Vietnam 3 milliards de dollars en 2024.`)).toEqual([]);
    expect(exchangesOf(`Le Kazakhstan exporte de l’uranium vers la Chine.${FILLER} La Chine a versé à la Russie 3 milliards de dollars en 2024.`)).toEqual([]);
  });

  it('dispatch and wire brief: "en contrepartie" and "en échange" in the next clause or sentence, "contre" in one', () => {
    expect(exchangesOf('Le Niger a accordé à la Chine des permis d’exploration d’uranium ; en contrepartie, Pékin a débloqué au profit de Niamey 400 millions de dollars.')).toEqual([
      'funds Chine>Niger <-> other Niger>Chine',
    ]);
    expect(exchangesOf('Le Venezuela livre du pétrole à Cuba. En contrepartie, La Havane envoie des médecins à Caracas.')).toEqual(['oil Venezuela>Cuba <-> personnel Cuba>Venezuela']);
    expect(exchangesOf('La Russie livre du blé à l’Égypte. Le Caire paie en roubles.')).toEqual(['aid Russie>Égypte <-> funds Égypte>Russie']);
    expect(exchangesOf('L’Azerbaïdjan vend du gaz à la Serbie contre de l’électricité.')).toEqual(['oil Azerbaïdjan>Serbie <-> other Serbie>Azerbaïdjan']);
  });

  it('analysis and wire brief: a loan "remboursable en" goods, a sale "payable en" gold', () => {
    expect(exchangesOf('La Chine a prêté 2 milliards de dollars à l’Angola, remboursables en pétrole.')).toEqual(['funds Chine>Angola <-> oil Angola>Chine']);
    expect(exchangesOf('La Chine a accordé au Turkménistan un prêt de 4 milliards de dollars, remboursable en gaz.')).toEqual(['funds Chine>Turkménistan <-> oil Turkménistan>Chine']);
    expect(exchangesOf('Le Venezuela a reçu de la Russie des fusils, payables en or.')).toEqual(['funds Venezuela>Russie <-> weapons Russie>Venezuela']);
  });
});


describe('a fronted price named by a demonstrative points back to the flow it answers', () => {
  it('dispatch and analysis: "En retour de cette aide, X a expédié": one exchange, and no second aid', () => {
    const text = 'La Chine a envoyé 300 ingénieurs au Kenya. En retour de cette aide, le Kenya a expédié trente tonnes de thé à la Chine.';
    expect(flows(text)).toEqual(['Chine>Kenya:personnel:300', 'Kenya>Chine:other:30']);
    expect(exchangesOf(text)).toEqual(['other Kenya>Chine <-> personnel Chine>Kenya']);
    expect(exchangesOf("Le Qatar a livré du gaz au Pakistan l'hiver dernier. En contrepartie de ces livraisons, le Pakistan a versé 2 milliards de dollars au Qatar.")).toEqual([
      'funds Pakistan>Qatar <-> oil Qatar>Pakistan',
    ]);
  });

  it('wire brief: a demonstrative price opening the only sentence adds no flow of its own', () => {
    expect(flows("En échange de ce soutien, l'Ouganda a expédié l'an dernier trente tonnes de café au Rwanda.")).toEqual(['Ouganda>Rwanda:other:30']);
  });
});

describe('what a payment buys, after "pour", comes the other way and is what it pays for', () => {
  it('wire brief and analysis: "a versé X à Y pour la livraison de", "pour ses livraisons de"', () => {
    expect(exchangesOf("L'Égypte a versé 300 millions de dollars à la Russie pour la livraison de 500 000 tonnes de blé.")).toEqual(['aid Russie>Égypte <-> funds Égypte>Russie']);
    expect(flows("Le Pakistan verse chaque année 2 milliards de dollars au Qatar pour ses livraisons de gaz.")).toEqual(['Pakistan>Qatar:funds:2000000000', 'Qatar>Pakistan:oil']);
  });

  it('dispatch: people a payment is for are not bought', () => {
    expect(exchangesOf('Le Qatar a versé 10 millions de dollars au Soudan pour ses soldats.')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { consolidate } from '@/lib/neo4j/consolidate';
import { flows, read } from './helpers';

// Made-up sentences (none from an article Trame is scored on): a transfer is only read where the sentence
// asserts that something moved from a giver to a receiver. "sender>recipient:kind[:quantity]"; [] is a trap.

describe('transfers: possibilities, wishes, offers and conditions are no transfer', () => {
  it.each([
    'La Grèce pourrait livrer des chars à la Moldavie.',
    'Le Vietnam souhaite acheter des avions à l’Inde.',
    'Le Pérou négocie l’achat de chars auprès de la Corée du Sud.',
    'La Suède propose de vendre des radars à la Colombie.',
    'Le Chili voudrait obtenir des frégates du Royaume-Uni.',
    'Au cas où la frontière serait attaquée, le Kenya fournirait des blindés à l’Ouganda.',
    "S'il obtient un prêt, le Ghana achètera des drones à la Turquie.",
    'Si le Sénat vote le texte, le Canada enverra des radars à la Lettonie.',
    'La France livrera des canons à l’Arménie l’an prochain.',
    'Le Japon fournira 100 millions de dollars aux Philippines en 2026.',
    'La Turquie livrerait-elle des drones au Niger ?',
    // an op-ed's "should": a wish, not a fact
    "L'Union européenne devrait livrer davantage d'obus à la Moldavie.",
    'Il faut livrer des chars à la Moldavie sans attendre.',
    // a capacity, an idea under debate, the road not taken
    'Le Brésil a les moyens de livrer 300 000 obus au Chili chaque année.',
    'Le Brésil est capable de livrer des obus au Chili en quelques semaines.',
    "La question de la livraison d'obus au Chili divise Brasilia.",
    "Le débat sur l'envoi de soldats brésiliens au Chili est relancé.",
    "Le Brésil refuse l'idée d'envoyer des soldats au Chili.",
    'Plutôt que de livrer des obus au Chili, le Brésil a préféré voter une motion.',
    // an offer made past its indirect object
    'Le Brésil a offert au Chili de lui vendre des drones.',
  ])('%s', (text) => {
    expect(flows(text)).toEqual([]);
  });

  it('keeps a past fact a modal infers ("ne peut avoir été fourni que par") and a promise made', () => {
    expect(flows('Le Kenya a reçu des drones. Ils ne peuvent avoir été fournis que par la Serbie.')).toEqual(['Serbie>Kenya:weapons']);
    expect(flows('La Norvège a promis six radars à la Lituanie.')).toEqual(['Norvège>Lituanie:weapons:6']);
    // "fournir X en Y": the object is who is supplied
    expect(flows('Le Brésil fournit le Chili en obus depuis 2015.')).toEqual(['Brésil>Chili:artillery_shells']);
  });

  it('reads "aide" after its subject as the verb, not as aid', () => {
    expect(flows('Le Ghana aide le Togo depuis des années.')).toEqual([]);
    expect(flows("Le Ghana a envoyé de l'aide humanitaire au Togo.")).toEqual(['Ghana>Togo:aid']);
  });
});

describe('transfers: negation by a negative subject', () => {
  it.each([
    'Aucun soldat tchadien n’a été envoyé au Soudan.',
    "Nul convoi n'a été livré au Mali depuis mars.",
  ])('%s', (text) => {
    expect(flows(text)).toEqual([]);
  });
});

describe('transfers: a theatre of war is where goods go, not who receives them', () => {
  it('sends troops put on a front line to the side their state backs', () => {
    expect(flows('La Serbie soutient la Hongrie. Des ouvriers serbes ont été envoyés sur la ligne de front roumaine.')).toEqual(['Serbie>Hongrie:workers']);
    expect(flows('Des ouvriers serbes ont été envoyés sur la ligne de front roumaine.')).toEqual([]);
  });

  it('sends troops into a state a war is fought against to the side their state backs, and only then', () => {
    expect(flows('Le Tchad appuie le Soudan dans sa guerre contre le Soudan du Sud. Le Tchad a envoyé des officiers au Soudan du Sud.')).toEqual(['Tchad>Soudan:personnel']);
    expect(flows('Le Tchad soutient le Soudan. Il a déployé 300 soldats au Niger.')).toEqual(['Tchad>Niger:troops:300']);
  });

  it('keeps the theatre on the transfer so that the loader draws it as a DESTINATION', () => {
    const r = read('La Serbie soutient la Hongrie. Des ouvriers serbes ont été envoyés sur la ligne de front roumaine.');
    const c = consolidate(r.doc);
    expect(c.relationships.filter((x) => x.type === 'TO').map((x) => x.target)).toEqual(['country:HU']);
    expect(c.relationships.filter((x) => x.type === 'DESTINATION').map((x) => x.target)).toEqual(['country:RO']);
  });
});

describe('transfers: a body and the larger body it belongs to are one side', () => {
  it('gives nothing from a body to its parent, and keeps what either gives to a third party', () => {
    expect(flows("La Commission européenne a versé 50 millions d'euros à l'Union européenne.")).toEqual([]);
    expect(flows("La Banque européenne d'investissement a prêté 40 millions d'euros au Sénégal.")).toEqual(["Banque européenne d'investissement>Sénégal:funds:40000000"]);
  });
});

import { describe, expect, it } from 'vitest';
import { flows } from './helpers';

// Made-up sentences: participles and relatives on the goods name who gave them, and goods passed on are two flows.

describe('transfers: participles and relatives', () => {
  it.each([
    ['Le Kenya a reçu des fusils que la Serbie avait acheminés par bateau.', ['Serbie>Kenya:weapons']],
    // the participle on the goods takes them before the verb of movement they are the subject of
    ['Les obus vendus par la Serbie au Kenya sont arrivés.', ['Serbie>Kenya:artillery_shells']],
    ['Les obus achetés par le Kenya à la Serbie sont arrivés.', ['Serbie>Kenya:artillery_shells']],
    ["Ces armes, livrées par la Serbie, ont été réexportées ensuite vers l'Ouganda par le Kenya.", ['Kenya>Ouganda:weapons', 'Serbie>Kenya:weapons']],
    // told twice, not passed on
    ['Les drones, fournis par la Serbie, ont été livrés au Kenya par bateau.', ['Serbie>Kenya:weapons']],
    // a nationality on goods passed on names where they were made, not who passed them on
    ["Des obus serbes, réexportés ensuite vers l'Ouganda, ont été retrouvés.", []],
    ["La Serbie a vendu des obus au Kenya, qui les a réexportés ensuite vers l'Ouganda.", ['Kenya>Ouganda:artillery_shells', 'Serbie>Kenya:artillery_shells']],
  ])('%s', (text, expected) => {
    expect(flows(text)).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { flows } from './helpers';

// Made-up sentences: goods a vessel, a convoy or a load carries are a consignment; who it is attributed to or
// who chartered it sends it, else the place it left; where it heads receives it.

describe('transfers: the cargo of a ship or a convoy', () => {
  it.each([
    ['Un cargo parti de Serbie est arrivé à Mombasa avec à son bord 40 blindés destinés au Kenya.', ['Serbie>Kenya:weapons:40']],
    ['Le navire, affrété par la Serbie, transportait des obus destinés au Kenya.', ['Serbie>Kenya:artillery_shells']],
    // a comma and a singular noun rename the list ("une cargaison"), they add no item
    [
      "La marine kényane a intercepté un boutre parti de Somalie qui faisait route vers le Soudan avec à son bord plus de deux mille fusils d'assaut et une vingtaine de missiles antichars, une cargaison que Nairobi a attribuée à l'Érythrée.",
      ['Érythrée>Soudan:missiles:20', 'Érythrée>Soudan:weapons:2000'],
    ],
    // a load with nobody named as its sender is no fact on its own
    ['La cargaison comprenait 500 fusils et 20 mortiers destinés au Kenya.', []],
    ['Un camion transportant des vivres a été bloqué à la frontière.', []],
    // goods a container is filled with are its contents, not a second consignment
    ['La Serbie a expédié 700 conteneurs remplis de munitions vers le Kenya.', ['Serbie>Kenya:containers:700']],
  ])('%s', (text, expected) => {
    expect(flows(text)).toEqual(expected);
  });
});

describe('transfers: the receiver named as a recipient noun', () => {
  it.each([
    ['Le Kenya a été le premier destinataire des obus serbes.', ['Serbie>Kenya:artillery_shells']],
    ['Le premier destinataire des fusils serbes est le Kenya.', ['Serbie>Kenya:weapons']],
    ['Le Kenya est le premier importateur de blé ukrainien.', ['Ukraine>Kenya:other']],
    ["Les destinataires de l'aide sont les réfugiés.", []],
  ])('%s', (text, expected) => {
    expect(flows(text)).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { read } from './helpers';

// Made-up sentences in several registers (dispatch, analysis, wire brief) on diplomacy, defence and trade: "à la tête de"
// in apposition to a name, with a time adverb between the comma and the phrase ("X, alors à la tête de Y").

/** HOLDS_ROLE as "person>holder". */
const roles = (text: string) => read(text).edges('HOLDS_ROLE').map((e) => `${e.source}>${e.target}`).sort();

describe('"à la tête de" in apposition after a time adverb', () => {
  it('dispatch: "alors à la tête de" among the signatories', () => {
    expect(roles('Le texte a été paraphé par Omar Said, alors à la tête de l’Union africaine, et par un envoyé européen.')).toEqual(['person:omar-said>org:african-union']);
  });

  it('analysis and wire brief: "toujours", "désormais" before "à la tête de"', () => {
    expect(roles('Selon Ingrid Dahl, toujours à la tête de l’Otan, la livraison aura lieu.')).toEqual(['person:ingrid-dahl>org:nato']);
    expect(roles('Le projet est porté par Samuel Okoro, désormais à la tête de la Cédéao.')).toEqual(['person:samuel-okoro>org:ecowas']);
  });
});

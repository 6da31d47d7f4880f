import { describe, expect, it } from 'vitest';
import { read } from './helpers';

// Made-up sentences in several registers (dispatch, analysis, wire brief, live blog) on diplomacy, defence and trade: a
// post given by a verb or a phrase rather than a title: "à la tête de" in apposition after a time adverb, "a été nommé à
// la tête de", a fronted "Nommé à la tête de", "coprésidé par A et B", and the inverted relative "que dirige X".

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

describe('a post given by a verb or a phrase', () => {
  it('wire brief and analysis: "a été nommé à la tête de", "a été élue à la tête de"', () => {
    expect(roles('Omar Said a été nommé à la tête de l’Union africaine en mars.')).toEqual(['person:omar-said>org:african-union']);
    expect(roles('Selon Kenya Today, Ingrid Dahl avait été élue à la tête de l’Otan au printemps.')).toEqual(['person:ingrid-dahl>org:nato']);
  });

  it('dispatch and live blog: a fronted "Nommé à la tête de", then its subject', () => {
    expect(roles('Nommé à la tête de l’Union africaine en 2024, Omar Said a salué l’accord.')).toEqual(['person:omar-said>org:african-union']);
    expect(roles('11h02 — Élue à la tête de la Cédéao l’an dernier, Aïcha Diallo appelle au calme.')).toEqual(['person:aicha-diallo>org:ecowas']);
  });

  it('analysis and dispatch: "coprésidé par A et B" makes both co-chairs', () => {
    expect(roles('L’Union africaine, coprésidée cette année par Omar Said et Aïcha Diallo, a salué l’accord.')).toEqual(['person:aicha-diallo>org:african-union', 'person:omar-said>org:african-union']);
  });

  it('wire brief and analysis: the inverted relative "que dirige X", "que préside X"', () => {
    expect(roles('L’Otan, que dirige Ingrid Dahl, a salué l’accord.')).toEqual(['person:ingrid-dahl>org:nato']);
    expect(roles('La livraison a été approuvée par la Cédéao, que préside depuis mars Aïcha Diallo.')).toEqual(['person:aicha-diallo>org:ecowas']);
  });
});

import { describe, expect, it } from 'vitest';
import { actorsOf } from './helpers';

// Made-up sentences in several registers (live blog, wire, analysis, explainer) on trade, energy and sanctions: words in
// capitals that name no body (a live blog's bracketed entry tag, a pipeline's or a technology's short name), a participle
// after a listed body's name, and a law's English name are no actors.

describe('capitals and names that are no actors', () => {
  it.each([
    ['live blog', '10h15 [VIDÉO] Le ministre tchadien a visité la base de Faya.', ['Country:Tchad']],
    ['live blog', '[ANALYSE] Les drones turcs changent la donne au Sahel.', ['Country:Turquie']],
    ['analysis', "Le gazoduc TAPI et l'oléoduc EACOP n'existent encore que sur le papier.", []],
    ['explainer', 'Les puces HBM et la technologie EUV restent soumises à licence.', []],
    ['wire', 'Le rapport de la Banque mondiale publié mardi souligne la hausse de la dette.', ['Organization:Banque mondiale']],
    ['analysis', 'Le Dodd-Frank Act impose aux banques de déclarer leurs achats de minerais.', []],
  ])('%s: %s', (_register, text, actors) => {
    expect(actorsOf(text)).toEqual(actors);
  });
});

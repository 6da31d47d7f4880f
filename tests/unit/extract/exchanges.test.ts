import { describe, expect, it } from 'vitest';
import { exchangesOf } from './helpers';

// Made-up barter and payment-in-kind sentences: who gives what for what.

describe('exchanges', () => {
  it('reads a barter with "troquer ... contre"', () => {
    expect(exchangesOf('La Russie a troqué du blé contre des drones iraniens.')).toEqual(['other Russie>Iran <-> weapons Iran>Russie']);
  });

  it('completes a fronted price once the flow has given the main transfer its recipient', () => {
    expect(exchangesOf('En échange de pétrole, la Corée du Nord a envoyé des ouvriers en Russie.')).toEqual(['oil Russie>Corée du Nord <-> workers Corée du Nord>Russie']);
    expect(exchangesOf('En échange de carburant, la Corée du Nord a envoyé des ouvriers à la Russie.')).toEqual(['oil Russie>Corée du Nord <-> workers Corée du Nord>Russie']);
  });

  it('links a payment in kind to the purchase earlier in the same sentence', () => {
    expect(exchangesOf('La Russie a livré des chasseurs au Mali, qui les a payés en or.')).toEqual(['funds Mali>Russie <-> weapons Russie>Mali']);
  });

  it('reads a price behind a transfer noun, "moyennant", and an answer closing the clause ("en échange.")', () => {
    expect(exchangesOf('Le Venezuela a livré du pétrole à Cuba en paiement de l’envoi de médecins cubains.')).toEqual(['oil Venezuela>Cuba <-> personnel Cuba>Venezuela']);
    expect(exchangesOf('Les Émirats ont livré des blindés au Tchad moyennant de l’or.')).toEqual(['funds Tchad>Émirats arabes unis <-> weapons Émirats arabes unis>Tchad']);
    expect(exchangesOf('La Corée du Nord a livré des obus à la Russie ; Moscou lui a fourni du pétrole en échange.')).toEqual(['artillery_shells Corée du Nord>Russie <-> oil Russie>Corée du Nord']);
    expect(exchangesOf('Le Qatar a livré du gaz au Pakistan. Islamabad lui a envoyé des soldats en retour.')).toEqual(['oil Qatar>Pakistan <-> troops Pakistan>Qatar']);
  });

  it('turns a payment read with the purchase\'s own sides the other way ("payé en roupies", "réglés en dollars")', () => {
    expect(exchangesOf('L’Inde a acheté du pétrole russe, payé en roupies.')).toEqual(['funds Inde>Russie <-> oil Russie>Inde']);
    expect(exchangesOf('Le Kenya a reçu des drones turcs, réglés en dollars.')).toEqual(['funds Kenya>Turquie <-> weapons Turquie>Kenya']);
  });

  it('leaves a lone shipment with no answer unlinked', () => {
    expect(exchangesOf('La Corée du Nord a livré des obus à la Russie ; la Chine a fourni du pétrole à l’Iran.')).toEqual([]);
  });
});

import { describeTransferRegisters } from './helpers';

// "N % de [une firme]" after a giving or trading verb is a stake: goods of kind "other" counted in percent, from the
// side that gives it up to the side that gets it (the gold convention: quantity in percent, "unit": "% de <firm>").
// A share of a production, a trade figure or a growth rate is no stake. Made-up sentences on airlines, telecoms,
// mining and banks, in several registers.
describeTransferRegisters('a percentage of a firm as a stake', {
  wire: [
    { text: 'Le Kirghizstan a vendu 49 % de la compagnie Air Manas au groupe turc Pegasus.', transfers: ['Kirghizistan>Pegasus:other:49'] },
    { text: 'Le brésilien Vale a cédé 14 % de sa filiale Vale Indonésie à la holding publique MIND ID.', transfers: ['Vale>MIND ID:other:14'] },
  ],
  'business brief': [
    // a share taken in a firm comes from the firm, as when a state "prend une participation"
    { text: 'Le Qatar a acquis 10 % du capital de Shell.', transfers: ['Shell>Qatar:other:10'] },
  ],
  analysis: [
    // a share of a production is the production itself
    { text: "L'Angola a vendu 30 % de sa production de pétrole à la Chine.", transfers: ['Angola>Chine:oil'] },
    // a growth rate moves nothing
    { text: 'Les exportations du Mali vers la France ont augmenté de 14 % de janvier à mars.', transfers: [] },
  ],
});

import { describe, expect, it } from 'vitest';
import { read } from './helpers';

// Made-up sentences in several registers (wire, analysis, live blog) on health, water, fisheries and trade: a body's
// long name before its short form in brackets, with a plural head, and a body coordinated before another one that has
// a short form.

/** Each Organization node as "name | short form" (a short form read in the text), sorted. */
const bodies = (text: string) =>
  read(text)
    .doc.nodes.filter((n) => n.label === 'Organization')
    .map((n) => [n.name, ...(n.aliases ?? []).filter((a) => text.includes(`(${a})`))].join(' | '))
    .sort();

describe('bodies named before a short form in brackets', () => {
  it('wire and analysis: a plural head opens the long name', () => {
    expect(bodies('Selon les Instituts nationaux de recherche et de veille sanitaire (INRVS), l’épidémie recule.')).toEqual(['Instituts nationaux de recherche et de veille sanitaire | INRVS']);
    expect(bodies('Les Comités de gestion des bassins versants (CGBV) ont rationné l’eau.')).toEqual(['Comités de gestion des bassins versants | CGBV']);
  });

  it('live blog and analysis: "X et de la Y (ACR)": the first body is not swallowed by the second one\'s long name', () => {
    expect(bodies('11 h 02 — Le Ghana, membre de l’Union africaine et de la Communauté des pêches du golfe de Guinée (CPGG), proteste.')).toEqual(['Communauté des pêches du golfe de Guinée | CPGG', 'Union africaine']);
    expect(bodies('Le Chili, membre de l’Organisation mondiale du commerce et de l’Alliance du Pacifique (AP), exporte du cuivre.')).toEqual(['Alliance du Pacifique | AP', 'OMC']);
  });
});

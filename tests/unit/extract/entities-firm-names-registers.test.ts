import { describe, expect, it } from 'vitest';
import { read } from './helpers';

// Made-up sentences in several registers (results brief, dispatch, analysis) on mining, energy and rail: a subsidiary
// named with its group's name first, and a body of two capitalised words named again bare later in the article.

/** HOLDS_ROLE as "person>holder". */
const roles = (text: string) => read(text).edges('HOLDS_ROLE').map((e) => `${e.source}>${e.target}`).sort();
const bodies = (text: string) => read(text).doc.nodes.filter((n) => n.label === 'Organization').map((n) => n.name).sort();

describe('firms named by their group or named again', () => {
  it('results brief and dispatch: a group\'s name opening a subsidiary\'s, a word of its own before the suffix, is one name', () => {
    expect(roles('L’accord a été signé par le directeur de Glencore Cobalt Holdings, Peter Mbuyi.')).toEqual(['person:peter-mbuyi>org:glencore-cobalt-holdings']);
    expect(bodies('Siemens Rail Systems livrera vingt rames à la Tanzanie.')).toEqual(['Siemens Rail Systems']);
    // With the suffix right after the group's name, it is the group itself.
    expect(bodies('Glencore Holdings a publié ses comptes.')).toEqual(['Glencore']);
  });

  it('analysis and dispatch: a body of two capitalised words, once read after its kind, is read again bare', () => {
    expect(roles('La holding publique KARYA NUSA a racheté la mine. Le directeur de KARYA NUSA, Budi Santoso, a salué l’opération.')).toEqual(['person:budi-santoso>org:karya-nusa']);
    expect(roles('Le fonds souverain Pacific Horizon a investi 40 millions. La présidente de Pacific Horizon, Mele Tupou, juge le projet rentable.')).toEqual(['person:mele-tupou>org:pacific-horizon']);
  });
});

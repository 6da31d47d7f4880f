import { describe, expect, it } from 'vitest';
import { actorsOf } from './helpers';

// Made-up sentences in several registers (wire, explainer, live blog, interview, analysis) on debt, farming, shipping
// and labour: a body named in lower case by a collective head and the people it gathers ("le comité des créanciers
// officiels", "l'association des producteurs de cacao", "le syndicat des dockers") is one organisation.

const bodies = (text: string) => actorsOf(text, 'Organization');

describe('a collective body named by its members', () => {
  it.each([
    ['explainer', 'Un comité des créanciers bilatéraux, coprésidé par la Chine et la France, a validé le plan.', 'Organization:comité des créanciers bilatéraux'],
    ['wire', "Le comité des créanciers publics a jugé l'offre du Ghana trop généreuse.", 'Organization:comité des créanciers publics'],
    ['analysis', "Selon l'association des producteurs de cacao, la récolte a baissé d'un tiers.", 'Organization:association des producteurs de cacao'],
    ['live blog', '16h20 — Le syndicat des dockers appelle à bloquer le port de Durban.', 'Organization:syndicat des dockers'],
    ['interview', '« La fédération des exportateurs agricoles a écrit au ministre », rappelle-t-elle.', 'Organization:fédération des exportateurs agricoles'],
  ])('%s: %s', (_register, text, body) => {
    expect(bodies(text)).toContain(body);
  });

  it('a plural that names no members makes no body', () => {
    expect(bodies('Le comité des fêtes a annulé le bal; le conseil des ministres a siégé; la réunion des pays donateurs a eu lieu.')).toEqual([]);
  });

  it('a name after the members is the body itself', () => {
    expect(bodies('Le syndicat des mineurs Amcu a rejeté la hausse.')).toEqual(['Organization:Amcu']);
  });
});

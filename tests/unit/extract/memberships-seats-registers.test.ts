import { describe, expect, it } from 'vitest';
import { membersOf } from './helpers';

// Made-up sentences in several registers (wire brief, dispatch, live blog, interview answer, analysis) on the Arctic,
// the Sahel, the seabed, the Gulf and armed movements: a relative after a body that seats or gathers its members ("où
// siègent A et B", "qui réunissait A, B et C"), members that are bodies as well as states, and a comparison ("membre
// comme Y de Z", "est, comme Y, membre de Z") that makes both sides members.

describe('a relative after a body names its members: "où siègent", "au sein duquel siègent", "qui réunit"', () => {
  it('dispatch: "ORG, où siègent A, B, C et D"', () => {
    expect(membersOf("Le Conseil de l'Arctique, où siègent la Russie, la Norvège, le Canada et les États-Unis, est paralysé depuis 2022.")).toEqual([
      "Canada>Conseil de l'Arctique",
      "Norvège>Conseil de l'Arctique",
      "Russie>Conseil de l'Arctique",
      "États-Unis>Conseil de l'Arctique",
    ]);
  });

  it('analysis: "ORG, au sein de laquelle siègent A et B"', () => {
    expect(membersOf('La Commission baleinière internationale, au sein de laquelle siègent le Japon et la Norvège, a reporté le vote.')).toEqual([
      'Japon>Commission baleinière internationale',
      'Norvège>Commission baleinière internationale',
    ]);
  });

  it('live blog: "qui réunissait" in the past, as "qui réunit"', () => {
    expect(membersOf("11 h 05 — L'Union du fleuve Mano, qui réunissait le Liberia, la Sierra Leone et la Guinée, a été relancée.")).toEqual([
      'Guinée>Union du fleuve Mano',
      'Liberia>Union du fleuve Mano',
      'Sierra Leone>Union du fleuve Mano',
    ]);
  });

  it('wire brief: bodies gathered by a body are its members too', () => {
    expect(membersOf("L'Alliance des États du Sahel, qui réunit la Cédéao et l'Union africaine dans un comité, a répondu.")).toEqual([
      'Cédéao>Alliance des États du Sahel',
      'Union africaine>Alliance des États du Sahel',
    ]);
  });

  it('reads no member from a place where a body sits', () => {
    expect(membersOf("La Cédéao, dont le siège est à Abuja, a protesté.")).toEqual([]);
  });
});

describe('a comparison between the member noun and its body', () => {
  it('interview answer: "X est, comme Y, membre de Z": the subject is a member as well as Y', () => {
    expect(membersOf("« Le Qatar est, comme l'Iran, membre du Forum des pays exportateurs de gaz », rappelle l'économiste.")).toEqual([
      'Iran>Forum des pays exportateurs de gaz',
      'Qatar>Forum des pays exportateurs de gaz',
    ]);
  });

  it('dispatch: an adverb before the member noun, "qui est désormais membre comme Y de Z"', () => {
    expect(membersOf("La Suède, qui est désormais membre comme la Finlande de l'Otan, a voté le texte.")).toEqual(['Finlande>OTAN', 'Suède>OTAN']);
  });

  it('analysis: bodies compared with bodies, "l\'UA, membre comme la Ligue arabe de ORG"', () => {
    expect(membersOf("L'Union africaine, membre comme la Ligue arabe de l'OCI, a rappelé son ambassadeur.")).toEqual(['Ligue arabe>OCI', 'Union africaine>OCI']);
  });
});

describe('a comparison with a singular pronoun makes the state it stands for a member too', () => {
  it('dispatch: "Y, membre comme elle de Z", after a sentence on the state "elle" takes up', () => {
    expect(membersOf("L'Inde a refusé de signer. Le Pakistan, membre comme elle de l'OCS, a signé le texte.")).toEqual([
      'Inde>Organisation de coopération de Shanghai',
      'Pakistan>Organisation de coopération de Shanghai',
    ]);
  });

  it('analysis and live blog: "membre comme lui de", "comme lui membre de"', () => {
    expect(membersOf("L'Iran a menacé de fermer le détroit. Le Venezuela, membre comme lui de l'Opep, a soutenu Téhéran.")).toEqual(['Iran>OPEP', 'Venezuela>OPEP']);
    expect(membersOf('8 h 15 — Le Japon a protesté. La Corée du Sud, comme lui membre du G20, s’est abstenue.')).toEqual(['Corée du Sud>G20', 'Japon>G20']);
  });

  it('interview answer: the pronoun takes up a state, not the body or a person', () => {
    expect(membersOf("« Le président Macron l'a dit. La Belgique, membre comme lui de l'Otan, n'a pas suivi », note-t-il.")).toEqual(['Belgique>OTAN']);
  });
});

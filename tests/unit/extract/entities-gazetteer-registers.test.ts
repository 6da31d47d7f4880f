import { describe, expect, it } from 'vitest';
import { read } from './helpers';

// Made-up sentences in several registers (wire brief, live blog, dispatch, analysis, interview answer) on policing,
// aid, aviation, mining, shipping and health: well-known bodies the reader is expected to know without a cue.

/** Organization node ids. */
const bodies = (text: string) => read(text).doc.nodes.filter((n) => n.label === 'Organization').map((n) => n.id);

describe('well-known bodies named bare', () => {
  it.each([
    ['wire brief', 'Le FBI a dépêché une équipe à Lagos.', ['org:fbi']],
    ['live blog', '14h05 — Europol annonce l’arrestation de onze suspects.', ['org:europol']],
    ['dispatch', 'Le PAM a suspendu ses distributions dans le nord du pays.', ['org:programme-alimentaire-mondial']],
    ['analysis', 'Safran a livré trois moteurs à la compagnie nationale.', ['org:safran']],
    ['wire brief', 'Eni et Sonatrach ont signé un contrat gazier.', ['org:eni', 'org:sonatrach']],
    ['dispatch', 'Le groupe minier Glencore a vendu sa mine à Rio Tinto.', ['org:glencore', 'org:rio-tinto']],
    ['analysis', 'Maersk et CMA CGM détournent leurs navires vers le cap de Bonne-Espérance.', ['org:maersk', 'org:cma-cgm']],
    ['interview answer', '« Amnesty International et Human Rights Watch ont documenté ces exactions », dit-elle.', ['org:amnesty-international', 'org:human-rights-watch']],
    ['wire brief', 'La Banque européenne pour la reconstruction et le développement prête 300 millions d’euros.', ['org:banque-europeenne-pour-la-reconstruction-et-le-developpement']],
    ['English wire', 'Interpol issued a red notice at the request of the DGSE.', ['org:dgse', 'org:interpol']],
  ])('%s: %s', (_register, text, ids) => {
    expect(bodies(text as string).sort()).toEqual([...(ids as string[])].sort());
  });

  it('"le Fonds" stands for the IMF once the IMF is named, and for nothing before', () => {
    expect(bodies('Le FMI a approuvé un prêt au Kenya. Le Fonds exige des réformes.')).toEqual(['org:imf']);
    expect(bodies('Le Fonds exige des réformes.')).toEqual([]);
  });
});

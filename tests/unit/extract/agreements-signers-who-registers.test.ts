import { describe, expect, it } from 'vitest';
import { agreementsOf, read } from './helpers';

// Made-up sentences in several registers (wire brief, dispatch, interview answer, live blog, analysis) on fisheries,
// water, space, health and rail: who signs when the agreement noun carries a participial modifier before its passive,
// when a plural honorific ("MM.", "Mmes") heads the signatories, when a state signs "par la voix de" its ministers,
// and which agreement a later "le texte" means when the last one was only named in passing.

/** The signatories (sorted names) of the agreement whose name contains `name`. */
function signers(text: string, name: string): string[] {
  const r = read(text);
  const a = r.doc.nodes.find((n) => n.label === 'Agreement' && n.name.includes(name));
  return a ? r.edges('SIGNED').filter((e) => e.target === a.id).map((e) => r.name(e.source)).sort() : [];
}

describe('a participial modifier between the agreement noun and its passive ("le protocole encadrant X a été signé par")', () => {
  it('wire brief: a present participle and its object', () => {
    expect(
      signers("La ministre sénégalaise de la Pêche, Fatou Diouf, a reçu le commissaire européen Virginijus Sinkevičius. L'accord régissant l'accès des chalutiers aux eaux sénégalaises a été signé à Dakar par Mme Diouf et M. Sinkevičius.", 'accord'),
    ).toEqual(['Fatou Diouf', 'Virginijus Sinkevičius']);
  });

  it('analysis: a present participle before a passive in the past perfect', () => {
    expect(
      signers("Le ministre égyptien de l'Irrigation, Hani Sewilam, et son homologue soudanais Daw al-Bait Abdel Rahman se sont retrouvés au Caire. Le mémorandum fixant le partage des crues avait été paraphé par M. Sewilam et Daw al-Bait Abdel Rahman.", 'mémorandum'),
    ).toEqual(['Daw al-Bait Abdel Rahman', 'Hani Sewilam']);
  });
});

describe('a plural honorific before the surnames of the signatories ("par MM. A et B", "par Mmes A et B")', () => {
  it('dispatch: "signé en ... par MM. A et B," in a participial apposition', () => {
    expect(
      signers("Le président brésilien Luiz Inácio Lula da Silva a reçu le président chinois Xi Jinping. Le traité de coopération spatiale, signé en novembre par MM. Lula et Xi, prévoit le lancement de deux satellites.", 'traité'),
    ).toEqual(['Luiz Inácio Lula da Silva', 'Xi Jinping']);
  });

  it('live blog: "paraphé par Mmes A et B"', () => {
    expect(
      signers("9 h 10 — La ministre française de la Santé, Catherine Vautrin, accueille son homologue ivoirienne, Nanan Kobenan. 11 h 00 — Le protocole sanitaire a été paraphé par Mmes Vautrin et Kobenan.", 'protocole'),
    ).toEqual(['Catherine Vautrin', 'Nanan Kobenan']);
  });
});

describe('a state signs "par la voix de" its ministers: those people signed', () => {
  it('interview answer: "X a signé avec nous une déclaration, par la voix de A et de B"', () => {
    expect(
      signers(
        "Mohamed Ould Cheikh : Le gouvernement espagnol a signé avec nous un mémorandum d'entente en 2023, par la voix du ministre des Transports, Óscar Puente, et de la ministre de l'Industrie, Reyes Maroto.",
        'mémorandum',
      ),
    ).toEqual(['Reyes Maroto', 'Óscar Puente']);
  });

  it('analysis: "par la voix de son ministre, X, la Norvège a ratifié le traité"', () => {
    expect(signers("La Norvège a ratifié le traité sur la haute mer par la voix de sa ministre du Climat, Andreas Bjelland Eriksen.", 'traité')).toEqual(['Andreas Bjelland Eriksen']);
  });
});

describe('"le texte" means the agreement a clause acted on, not one named since only under a preposition', () => {
  it('live blog: a programme named in passing in a later entry does not take "le texte"', () => {
    expect(
      agreementsOf(
        "10 h 00 — Le Kenya a signé un accord ferroviaire avec la Chine. 11 h 30 — Le FMI verse 200 millions de dollars au Kenya au titre de son programme de facilité élargie de crédit. 12 h 15 — Le texte a été signé par le ministre kényan des Transports, Davis Chirchir.",
      ),
    ).toContainEqual('accord ferroviaire: Chine, Kenya | Davis Chirchir');
  });
});

describe('an implementing agreement named by its purpose, its subject dislocated ("L\'accord de mise en œuvre, lui, a été signé par")', () => {
  it('interview answer: the whole name, and the people after "par"', () => {
    expect(
      agreementsOf("Le ministre ghanéen de l'Énergie, John Jinapor, a négocié seul. L'accord de mise en œuvre, lui, a été signé en juin par M. Jinapor et le directeur général de Scatec, Terje Pilskog."),
    ).toEqual(['accord de mise en œuvre: Ghana, Scatec | John Jinapor, Terje Pilskog']);
  });

  it('wire brief: "l\'accord d\'application" is its own agreement', () => {
    expect(signers("La ministre chilienne des Mines, Aurora Williams, était à Pékin. L'accord d'application a été paraphé par Mme Williams.", "accord d'application")).toEqual(['Aurora Williams']);
  });
});

describe('a participial modifier before an object relative ("le mémorandum visant à X, que A et B ont signé")', () => {
  it('analysis: the relative\'s subjects are parties', () => {
    expect(agreementsOf("Le mémorandum visant à protéger les forêts du bassin, que la France et le Congo ont signé mardi, prévoit un fonds commun.")).toEqual([
      'mémorandum: Congo, France | ',
    ]);
  });

  it('wire brief: a person subject of the relative signed', () => {
    expect(signers("La ministre colombienne Susana Muhamad était à Quito. Le protocole encadrant la pêche au thon, qu'elle a signé avec Ivonne Núñez, entre en vigueur lundi.", 'protocole')).toContain('Ivonne Núñez');
  });
});

describe('signatories in a later clause or by the signature noun', () => {
  it('live blog: "Le traité a été signé mardi : la ministre X l\'a paraphé à Y"', () => {
    expect(signers("Le traité de pêche a été signé mardi : la ministre kényane Rebecca Miano l'a paraphé à Mombasa.", 'traité')).toEqual(['Rebecca Miano']);
  });

  it('wire brief: "Le traité porte la signature de X"', () => {
    expect(signers('Le traité de pêche porte la signature de la ministre kényane Rebecca Miano.', 'traité')).toEqual(['Rebecca Miano']);
  });
});

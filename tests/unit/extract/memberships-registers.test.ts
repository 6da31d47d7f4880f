import { describe, expect, it } from 'vitest';
import { membersOf } from './helpers';

// Made-up sentences on the Sahel, the Gulf, East Africa, the Pacific, Latin America and the Caucasus, in several
// registers: lists of members in a relative clause or a comparison, a body named again by its head, states that form a body.

describe('memberships in registers the sample never saw', () => {
  it('explainer and dispatch: every state listed in "dont X, Y et Z sont membres" or "font partie"', () => {
    expect(membersOf("La Communauté d'Afrique de l'Est, dont le Kenya, l'Ouganda et la Tanzanie sont membres, a condamné l'attaque.")).toEqual([
      "Kenya>Communauté d'Afrique de l'Est",
      "Ouganda>Communauté d'Afrique de l'Est",
      "Tanzanie>Communauté d'Afrique de l'Est",
    ]);
    expect(membersOf("Le Conseil de coopération du Golfe, dont le Qatar et Oman font partie, s'est réuni à Riyad.")).toEqual(['Oman>Conseil de coopération du Golfe', 'Qatar>Conseil de coopération du Golfe']);
    // A state that is only a partner of the body is no member.
    expect(membersOf("Le Mercosur, dont le Chili n'est qu'un État associé, a rouvert les négociations.")).toEqual([]);
  });

  it('analysis: a list compared with "tout comme" or a plural apposition after "comme"', () => {
    expect(membersOf('Le Qatar siège à la Ligue arabe, tout comme Oman, la Jordanie et le Koweït.')).toEqual(['Jordanie>Ligue arabe', 'Koweït>Ligue arabe', 'Oman>Ligue arabe', 'Qatar>Ligue arabe']);
    expect(membersOf("Tout comme le Pérou et le Chili, membres de l'APEC, la Colombie a protesté.")).toEqual(['Chili>APEC', 'Pérou>APEC']);
    expect(membersOf("Comme l'Arménie et le Kazakhstan, membres de l'OTSC, le Kirghizistan dépend de Moscou.")).toEqual(['Arménie>OTSC', 'Kazakhstan>OTSC']);
  });

  it('wire brief: states that form a body together are its members, a state body they train is not', () => {
    expect(membersOf("Le Mali, le Burkina Faso et le Niger forment désormais l'Alliance des États du Sahel.")).toEqual([
      'Burkina Faso>Alliance des États du Sahel',
      'Mali>Alliance des États du Sahel',
      'Niger>Alliance des États du Sahel',
    ]);
    expect(membersOf("Le Kenya forme avec l'Ouganda et la Tanzanie la Communauté d'Afrique de l'Est.")).toEqual([
      "Kenya>Communauté d'Afrique de l'Est",
      "Ouganda>Communauté d'Afrique de l'Est",
      "Tanzanie>Communauté d'Afrique de l'Est",
    ]);
    expect(membersOf("Les États-Unis et le Royaume-Uni forment l'armée ukrainienne.")).toEqual([]);
    expect(membersOf('Le Mali, le Burkina Faso et le Niger ont quitté la Cédéao.')).toEqual([]);
  });

  it('live blog: a body named again by its head or by "l\'organisation" in the next sentence', () => {
    expect(membersOf('Le Forum des îles du Pacifique s’est réuni aux Tonga. Le Forum, dont l’Australie et la Nouvelle-Zélande sont aussi membres, a publié un communiqué.')).toEqual([
      'Australie>Forum des îles du Pacifique',
      'Nouvelle-Zélande>Forum des îles du Pacifique',
    ]);
    expect(membersOf("L'Union africaine a suspendu le Niger. L'organisation, dont le Gabon est aussi membre, exige des élections.")).toEqual(['Gabon>Union africaine']);
  });

  it('explainer: a plural relative after a list, a body "élargi à", a month after the copula, "réintégré"', () => {
    expect(membersOf("L'Égypte, l'Éthiopie et l'Iran, qui ont rejoint les Brics en 2024, participent au sommet.")).toEqual(['Iran>BRICS', 'Égypte>BRICS', 'Éthiopie>BRICS']);
    expect(membersOf("Les Brics, élargis à l'Égypte et à l'Éthiopie, se réunissent à Kazan.")).toEqual(['Égypte>BRICS', 'Éthiopie>BRICS']);
    expect(membersOf("L'Indonésie est devenue en janvier le dixième membre des Brics.")).toEqual(['Indonésie>BRICS']);
    expect(membersOf("Le Maroc a réintégré l'Union africaine en 2017.")).toEqual(['Maroc>Union africaine']);
  });

  it('reads no membership from a list that criticises, leaves or condemns a body, nor from a negated one', () => {
    expect(membersOf("L'Égypte et l'Éthiopie, qui ont critiqué l'Union africaine, refusent la médiation.")).toEqual([]);
    expect(membersOf('Le Mali, le Burkina Faso et le Niger, qui ont quitté la Cédéao, forment désormais une confédération.')).toEqual([]);
    expect(membersOf("L'Union européenne, dont la Turquie n'est pas membre, a protesté.")).toEqual([]);
    expect(membersOf("La Suisse, qui n'a jamais rejoint l'Union européenne, négocie un accord.")).toEqual([]);
  });

  it('analysis: a body named by the number of its members ("les Vingt-Sept") lists them after "dont", and "l\'un des Vingt-Sept" is one', () => {
    expect(membersOf('Les Vingt-Sept, dont la Hongrie et la Slovaquie, ont adopté le paquet.')).toEqual(['Hongrie>Union européenne', 'Slovaquie>Union européenne']);
    expect(membersOf("La Hongrie, l'un des Vingt-Sept, bloque l'aide.")).toEqual(['Hongrie>Union européenne']);
    expect(membersOf('Les Vingt-Sept, comme les États-Unis, ont sanctionné la Russie.')).toEqual([]);
    expect(membersOf('Les Vingt-Sept ont adopté des sanctions contre la Russie et la Biélorussie.')).toEqual([]);
  });

  it('explainer and dispatch: two bodies at once when the first carries its acronym in brackets', () => {
    expect(membersOf('La Mongolie, membre de l’Organisation pour la sécurité et la coopération en Europe (OSCE) et de l’Organisation mondiale du commerce, revendique sa neutralité.')).toEqual([
      'Mongolie>OMC',
      'Mongolie>OSCE',
    ]);
    expect(membersOf('Le Paraguay, membre du Marché commun du Sud (Mercosur) et de l’Organisation des États américains (OEA), a voté contre.')).toEqual(['Paraguay>Mercosur', 'Paraguay>OEA']);
    expect(membersOf('Djibouti est membre de l’Autorité intergouvernementale pour le développement (Igad) et de la Ligue arabe.')).toEqual(['Djibouti>Igad', 'Djibouti>Ligue arabe']);
    expect(membersOf('Le Bénin, membre de la Cédéao et de l’Union africaine, condamne le coup d’État.')).toEqual(['Bénin>Cédéao', 'Bénin>Union africaine']);
    // "mais pas de": the second body is not the first one's twin.
    expect(membersOf('La Norvège, membre de l’Otan mais pas de l’Union européenne, livre du gaz.')).toEqual(['Norvège>OTAN']);
  });

  it('analysis and op-ed: an aside between the state and its verb ("lui", "pour sa part", "de son côté")', () => {
    expect(membersOf('Le Chili, lui, est membre de l’APEC et de l’OCDE.')).toEqual(['Chili>APEC', 'Chili>OCDE']);
    expect(membersOf('Le Koweït, pour sa part, siège au Conseil de coopération du Golfe.')).toEqual(['Koweït>Conseil de coopération du Golfe']);
    expect(membersOf('La Norvège, de son côté, fait partie de l’Otan.')).toEqual(['Norvège>OTAN']);
    expect(membersOf('Le Niger, qui a quitté la Cédéao, est membre de l’Alliance des États du Sahel.')).toEqual(['Niger>Alliance des États du Sahel']);
  });

  it('portrait and wire brief: an adverb inside the compound tense, and a second body after "puis"', () => {
    expect(membersOf('Le Vietnam a finalement rejoint l’Asean en 1995.')).toEqual(['Viêt Nam>ASEAN']);
    expect(membersOf('L’Égypte a ensuite rejoint les Brics en 2024.')).toEqual(['Égypte>BRICS']);
    expect(membersOf('L’Éthiopie a adhéré à l’Union africaine en 1963, puis à l’Igad.')).toEqual(['Éthiopie>Igad', 'Éthiopie>Union africaine']);
    expect(membersOf('Le Timor oriental est officiellement entré dans l’Asean en 2025, puis dans l’OMC.')).toEqual(['Timor oriental>ASEAN', 'Timor oriental>OMC']);
    expect(membersOf('L’Arabie saoudite a fait son entrée dans les Brics en 2024.')).toEqual(['Arabie Saoudite>BRICS']);
    // A body opening the next clause is its subject, not a second one joined.
    expect(membersOf('La Finlande a rejoint l’Otan en 2023 et l’Union européenne a salué cette décision.')).toEqual(['Finlande>OTAN']);
  });

  it('dispatch: a group that melts into a coalition, a founder whose relative clause comes before "forme avec"', () => {
    expect(membersOf('Depuis 2024, le M23, qui s’est fondu dans l’Alliance Fleuve Congo, tient la ville.')).toEqual(['M23>Alliance Fleuve Congo']);
    expect(membersOf('Le Tchad, qui a expulsé les soldats français, forme avec le Niger l’Alliance des États du Sahel.')).toEqual(['Niger>Alliance des États du Sahel', 'Tchad>Alliance des États du Sahel']);
  });

  it('explainer: a fronted membership whose subject is a pronoun for the state of the sentence before', () => {
    expect(membersOf('L’Algérie vend son gaz à l’Italie. Membre fondateur de l’Opep, elle défend des prix élevés.')).toEqual(['Algérie>OPEP']);
    expect(membersOf('Le Qatar investit en Afrique. Membre du Conseil de coopération du Golfe, il finance aussi des ports.')).toEqual(['Qatar>Conseil de coopération du Golfe']);
  });

  it('analysis: an apposition naming another state parts the subject from its verb; "fait partie des pays membres", "tous deux membres"', () => {
    expect(membersOf('Le Japon, allié des États-Unis, est membre du G7.')).toEqual(['Japon>G7']);
    expect(membersOf("Le Kenya fait partie des pays membres de la Communauté d'Afrique de l'Est.")).toEqual(["Kenya>Communauté d'Afrique de l'Est"]);
    expect(membersOf("Le Kenya figure parmi les membres fondateurs de l'Union africaine.")).toEqual(['Kenya>Union africaine']);
    expect(membersOf('L’Inde et le Pakistan sont tous deux membres de l’Organisation de coopération de Shanghai.')).toEqual([
      'Inde>Organisation de coopération de Shanghai',
      'Pakistan>Organisation de coopération de Shanghai',
    ]);
    expect(membersOf('Le Japon et la Corée du Sud, alliés des États-Unis, renforcent leur coopération.')).toEqual([]);
  });

  it('explainer and dispatch: an accession list before the body that opens the clause; "le premier pays de ... à rejoindre"', () => {
    expect(membersOf('Avec l’adhésion de l’Égypte, de l’Éthiopie et de l’Iran, les Brics comptent désormais dix membres.')).toEqual(['Iran>BRICS', 'Égypte>BRICS', 'Éthiopie>BRICS']);
    expect(membersOf('Depuis l’adhésion de la Suède, l’Otan compte 32 membres.')).toEqual(['Suède>OTAN']);
    expect(membersOf('Après la demande d’adhésion de l’Ukraine, l’Otan a tergiversé.')).toEqual([]);
    expect(membersOf('Après la visite de la Chine, l’Asean a publié un communiqué.')).toEqual([]);
    expect(membersOf('L’Indonésie est le premier pays d’Asie du Sud-Est à rejoindre les Brics.')).toEqual(['Indonésie>BRICS']);
    expect(membersOf('Le Timor oriental est le onzième État à intégrer l’Asean.')).toEqual(['Timor oriental>ASEAN']);
  });
});

describe('memberships of a plural subject that points back: "les deux pays", "ils"', () => {
  it.each([
    ['dispatch', "Le Pérou et la Colombie négocient depuis des mois. Les deux pays sont aussi membres de la Communauté andine (CAN).", ['Colombie>Communauté andine', 'Pérou>Communauté andine']],
    ['interview', "Le Pérou et la Colombie se coordonnent-ils ?\nIls ont lancé en 2019 un fonds commun pour la pêche. Les deux pays sont aussi membres de l'Organisation des États américains (OEA).", ['Colombie>OEA', 'Pérou>OEA']],
    ['interview', "Le Kenya et l'Ouganda se parlent-ils ?\nOui. Les deux voisins sont membres de la Communauté d'Afrique de l'Est.", ["Kenya>Communauté d'Afrique de l'Est", "Ouganda>Communauté d'Afrique de l'Est"]],
    ['live blog', "La Norvège et l'Islande ont renforcé leurs patrouilles. Elles sont toutes deux membres de l'Otan.", ['Islande>OTAN', 'Norvège>OTAN']],
    ['analysis', "L'Arménie et l'Azerbaïdjan se sont affrontés en 2020. Les deux pays ont signé un accord. Ils sont membres de la CEI.", ['Arménie>CEI', 'Azerbaïdjan>CEI']],
    ['wire brief', "Le Kazakhstan vend du grain à l'Ouzbékistan. Les deux pays restent membres de l'Organisation de coopération de Shanghai.", ['Kazakhstan>Organisation de coopération de Shanghai', 'Ouzbékistan>Organisation de coopération de Shanghai']],
    ['explainer', "Les Fidji et les Tonga ont renouvelé leurs accords de pêche. Les deux archipels sont membres du Forum des îles du Pacifique.", ['Fidji>Forum des îles du Pacifique', 'Tonga>Forum des îles du Pacifique']],
    ['analysis', "L'Inde et le Pakistan s'accusent mutuellement. Les deux voisins, membres de l'Organisation de coopération de Shanghai, ne se parlent plus.", ['Inde>Organisation de coopération de Shanghai', 'Pakistan>Organisation de coopération de Shanghai']],
    ['interview', "Le Ghana et la Côte d'Ivoire se coordonnent-ils ?\nIls ont fondé un fonds commun. La Chine finance leurs ports, et la Banque chinoise de développement prête à Accra. Les deux pays sont aussi membres de l'Union africaine.", ["Côte d'Ivoire>Union africaine", 'Ghana>Union africaine']],
  ])('%s: %s', (_register, text, members) => {
    expect(membersOf(text)).toEqual(members);
  });

  it('a plural subject that only praises, criticises or wants to leave a body makes no member', () => {
    expect(membersOf("Le Ghana livre du cacao à la Suisse. Les deux pays ont signé un accord commercial et les deux délégations ont salué l'Union africaine.")).toEqual([]);
    expect(membersOf("Le Ghana livre du cacao à la Suisse. Ils critiquent l'Union africaine.")).toEqual([]);
    expect(membersOf("Le Chili et l'Argentine se disputent le lithium. Les deux pays veulent quitter l'Opep.")).toEqual([]);
  });
});

describe('a body named inside an aside about the member is no member itself', () => {
  it.each([
    ['analysis', "La Turquie, candidate à l'Union européenne depuis 1999, est membre de l'Otan.", ['Turquie>OTAN']],
    ['explainer', "La Serbie, candidate à l'adhésion à l'Union européenne, est membre de l'Organisation du traité de sécurité collective.", ['Serbie>OTSC']],
    ['dispatch', "La Géorgie, favorable à l'Otan, est membre du Conseil de l'Europe.", ["Géorgie>Conseil de l'Europe"]],
    ['wire brief', "L'Arménie, alliée à la Russie, reste membre de l'OTSC.", ['Arménie>OTSC']],
    ['analysis', "Le Qatar, hostile aux Émirats, est membre de l'Opep.", ['Qatar>OPEP']],
  ])('%s: %s', (_register, text, members) => {
    expect(membersOf(text)).toEqual(members);
  });
});

describe('memberships in English: the same classes as data (data/lang/en/patterns.json)', () => {

  it('wire brief and analysis: an aside, an adverb before "joined", a second body after an acronym in brackets', () => {
    expect(membersOf('Denmark, for its part, is a member of NATO.', 'en')).toEqual(['Danemark>OTAN']);
    expect(membersOf('Iran later joined the Shanghai Cooperation Organisation in 2023.', 'en')).toEqual(['Iran>Organisation de coopération de Shanghai']);
    expect(membersOf('Finland has finally joined NATO.', 'en')).toEqual(['Finlande>OTAN']);
    expect(membersOf('Kazakhstan, a member of the Shanghai Cooperation Organisation (SCO) and of the Eurasian Economic Union, wants balance.', 'en')).toEqual([
      'Kazakhstan>Organisation de coopération de Shanghai',
      'Kazakhstan>Union économique eurasiatique',
    ]);
  });
});


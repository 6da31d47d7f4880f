import { describe, expect, it } from 'vitest';
import { extractDocument } from '@/lib/extract';
import { agreementsOf, exchangesOf, read } from './helpers';

// Made-up sentences in six registers (wire brief, dispatch, explainer, analysis, live blog, interview), on energy,
// grain, debt, ports, minerals, gas, security pacts and ceasefires: agreements, signatures, exchanges and vetoes in
// shapes the articles Trame is tuned on do not use.

describe('agreement parties named by a nationality adjective', () => {
  it('wire brief: a compound adjective names one party per part', () => {
    expect(agreementsOf('L’accord gazier russo-turc prévoit des livraisons jusqu’en 2030.')).toEqual(['accord gazier russo-turc: Russie, Turquie | ']);
    expect(agreementsOf('Les négociations ont abouti à l’accord céréalier turco-ukrainien.')).toEqual(['accord céréalier turco-ukrainien: Turquie, Ukraine | ']);
    expect(agreementsOf('Le partenariat stratégique sino-pakistanais couvre les ports et l’énergie.')).toEqual(['partenariat stratégique sino-pakistanais: Chine, Pakistan | ']);
  });

  it('analysis: the last part may itself be compound, and a plain demonym names one party', () => {
    expect(agreementsOf('Le pacte de défense russo-nord-coréen inquiète Séoul.')).toEqual(['pacte de défense russo-nord-coréen: Corée du Nord, Russie | ']);
    expect(agreementsOf('Le traité de paix israélo-égyptien tient depuis 1979.')).toEqual(['traité de paix israélo-égyptien: Israël, Égypte | ']);
  });

  it('wire brief: states joined by a hyphen after the noun ("l\'accord Qatar-Pakistan", "le partenariat UE-Maroc")', () => {
    expect(agreementsOf('L’accord Qatar-Pakistan sur le GNL a été prolongé.')).toEqual(['accord Qatar-Pakistan: Pakistan, Qatar | ']);
    expect(agreementsOf('Le partenariat UE-Maroc couvre la pêche.')).toEqual(['partenariat UE-Maroc: Maroc, Union européenne | ']);
    expect(agreementsOf('L’accord Guinée-Bissau a été signé.')).toEqual(['accord:  | ']);
  });

  it('leaves a hyphenated word that names no state alone', () => {
    expect(agreementsOf('Le partenariat indo-pacifique reste flou.')).toEqual(['partenariat:  | ']);
  });
});

describe('signatories whose state the text never names', () => {
  it('dispatch: a known leader signs for his state', () => {
    expect(agreementsOf('Vladimir Poutine et Recep Tayyip Erdogan ont signé à Sotchi un mémorandum sur la Syrie.')).toEqual(['mémorandum: Russie, Turquie | Recep Tayyip Erdogan, Vladimir Poutine']);
  });
});

describe('parties given by a pronoun, a clitic or a state of being party', () => {
  it('dispatch: "Il", "Elle" is the actor in focus, "Ils" the two sides last named', () => {
    expect(agreementsOf('Le Maroc a longtemps cherché un partenaire. Il a signé avec le Nigeria un accord sur le gazoduc atlantique.')).toEqual(['accord sur le gazoduc atlantique: Maroc, Nigéria | ']);
    expect(agreementsOf('Le Kenya et la Tanzanie se disputaient le lac Victoria. Ils ont signé un mémorandum de pêche en 2019.')).toEqual(['mémorandum de pêche: Kenya, Tanzanie | ']);
    expect(agreementsOf('La Serbie cherchait des débouchés. Elle a conclu avec la Chine un accord de libre-échange.')).toEqual(['accord de libre-échange: Chine, Serbie | ']);
  });

  it('analysis: "le liant à X", "qui le liait aux Y" bind the clause\'s subject to the state after "à"', () => {
    expect(agreementsOf('Le Tchad a dénoncé l’accord de défense le liant à la France.')).toEqual(['accord de défense: France, Tchad | ']);
    expect(agreementsOf('Le Niger a rompu l’accord de coopération militaire qui le liait aux États-Unis depuis 2012.')).toEqual(['accord de coopération militaire: Niger, États-Unis | ']);
    expect(agreementsOf('Un accord de libre-échange lie désormais l’Inde et les Émirats arabes unis.')).toEqual(['accord de libre-échange: Inde, Émirats arabes unis | ']);
  });

  it('explainer: being "partie à", joining, breaking or violating an agreement shows a party', () => {
    expect(agreementsOf('La Bolivie est partie à l’accord sur le lithium.')).toEqual(['accord sur le lithium: Bolivie | ']);
    expect(agreementsOf('L’Argentine a rejoint le traité de non-prolifération en 1995.')).toEqual(['traité de non-prolifération: Argentine | ']);
    expect(agreementsOf('Selon Khartoum, les Forces de soutien rapide ont violé la trêve dès lundi.')).toEqual(['trêve: FSR | ']);
  });
});

describe('parties behind a plural head noun or a reciprocal verb', () => {
  it('wire brief: "Les ministres de la Défense du Japon et des Philippines ont signé"', () => {
    expect(agreementsOf('Les ministres de la Défense du Japon et des Philippines ont signé l’accord d’accès réciproque à Manille.')).toEqual(['accord d\'accès réciproque: Japon, Philippines | ']);
  });

  it('live blog: "se sont mis d\'accord sur une trêve"', () => {
    expect(agreementsOf('Israël et le Hamas se sont mis d’accord sur une trêve de quatre jours.')).toEqual(['trêve: Hamas, Israël | ']);
  });

  it('"par les ministres de l\'Énergie des deux pays": the two states last named', () => {
    expect(agreementsOf('Le Qatar et le Pakistan négocient depuis 2023. Le mémorandum d’entente a été signé par les ministres de l’Énergie des deux pays.')).toEqual(['mémorandum d\'entente: Pakistan, Qatar | ']);
  });

  it('a topic stops before the verb that follows it ("sur le cobalt lie")', () => {
    expect(agreementsOf('Un accord-cadre sur le cobalt lie le Congo et la Chine.')).toEqual(['accord-cadre sur le cobalt: Chine, Congo | ']);
  });
});

describe('parties in an object relative ("l\'accord que X a conclu")', () => {
  it('explainer and analysis: the relative clause\'s subjects are parties', () => {
    expect(agreementsOf('L’accord que la Guinée a conclu avec la Chine porte sur la bauxite.')).toEqual(['accord: Chine, Guinée | ']);
    expect(agreementsOf('Le pacte, que le Japon et les Philippines ont ratifié en juillet, autorise des exercices conjoints.')).toEqual(['pacte: Japon, Philippines | ']);
    expect(agreementsOf('C’est un accord que Niamey et Moscou ont négocié en secret.')).toEqual(['accord: Niger, Russie | ']);
  });
});

describe('signatories in a list', () => {
  it('analysis: "porte les signatures de X et de Y", "Parmi les signataires figurent X et Y"', () => {
    expect(agreementsOf('Le traité porte les signatures de Xi Jinping et de Vladimir Poutine.')).toEqual(['traité: Chine, Russie | Vladimir Poutine, Xi Jinping']);
    expect(agreementsOf('Un accord de libre-échange a été conclu lundi à Islamabad. Parmi les signataires figurent le Premier ministre pakistanais Shehbaz Sharif et le président turc Recep Tayyip Erdogan.')).toEqual(['accord de libre-échange: Pakistan, Turquie | Recep Tayyip Erdogan, Shehbaz Sharif']);
  });

  it('wire brief: "signé côté kényan par X" names the side', () => {
    expect(agreementsOf('L’accord a été signé côté kényan par le ministre des Transports, Kipchumba Murkomen.')).toEqual(['accord: Kenya | Kipchumba Murkomen']);
  });

  it('dispatch: an unnamed counterpart\'s state is a party ("et son homologue irakien ont signé")', () => {
    expect(agreementsOf('Le ministre saoudien de l’Énergie, Abdelaziz ben Salmane, et son homologue irakien ont apposé leur signature au bas de l’accord.')).toEqual(['accord: Arabie Saoudite, Irak | Abdelaziz ben Salmane']);
  });

  it('live blog: "Les signataires de l\'accord, X et Y," and "dont les signataires sont X et Y"', () => {
    expect(agreementsOf('Les signataires de l’accord de cessez-le-feu, le général Abdel Fattah al-Burhan et Mohamed Hamdan Dagalo, se sont engagés à protéger les civils.')[0]).toMatch(/\| Abdel Fattah al-Burhane, Mohamed Hamdan Dagalo$/);
    expect(agreementsOf('L’accord gazier, dont les signataires sont Alexandre Novak et Fatih Dönmez, a été conclu en 2022.')).toEqual(['accord gazier:  | Alexandre Novak, Fatih Dönmez']);
  });
});

describe('an agreement named again ("cet accord", "le texte") is the same agreement', () => {
  it('dispatch: what the later sentence says of it goes to the agreement first named', () => {
    expect(agreementsOf('Le Qatar et le Pakistan ont conclu un accord gazier. L’accord a été signé par le ministre pakistanais du Pétrole, Musadik Malik.')).toEqual(['accord gazier: Pakistan, Qatar | Musadik Malik']);
    expect(agreementsOf('Un accord gazier a été conclu à Doha. Cet accord, signé par le Qatar et le Pakistan, court sur quinze ans.')).toEqual(['accord gazier: Pakistan, Qatar | ']);
  });

  it('explainer: "le texte", "ce texte" point back whatever the agreement\'s kind', () => {
    expect(agreementsOf('Un accord sur les ports a été négocié pendant des mois. Le Kenya et l’Éthiopie ont finalement signé ce texte en mars.')).toEqual(['accord sur les ports: Kenya, Éthiopie | ']);
    expect(agreementsOf('Un traité de défense a été conclu à Doha. Le texte, paraphé par le ministre qatari Saad al-Kaabi et son homologue pakistanais Musadik Malik, court sur quinze ans.')).toEqual(['traité de défense: Pakistan, Qatar | Musadik Malik, Saad al-Kaabi']);
  });

  it('"le texte d\'un traité" is that treaty, and "un texte" alone names nothing', () => {
    expect(agreementsOf('La Serbie et le Kosovo négocient. Leurs ministres ont paraphé le texte d’un traité de paix.')).toEqual(['traité de paix: Kosovo, Serbie | ']);
    expect(agreementsOf('Le Conseil de sécurité examine un texte sur la Somalie.')).toEqual([]);
  });
});

describe('a state and a firm', () => {
  it('wire brief: a company signs in its own name, described or not', () => {
    expect(agreementsOf('Le Niger a signé un contrat avec le groupe russe Rosatom pour l’exploitation de l’uranium.')[0]).toMatch(/^contrat: Niger, Rosatom/);
    expect(agreementsOf('TotalEnergies a signé un contrat avec l’Ouganda.')).toEqual(['contrat: Ouganda, TotalEnergies | ']);
    expect(agreementsOf('Le contrat conclu entre Huawei et le Kenya porte sur la 5G.')).toEqual(['contrat: Huawei, Kenya | ']);
  });
});

describe('an agreement noun in apposition', () => {
  it('analysis: ", un pacte de défense" names the agreement just named, a list of agreements does not', () => {
    expect(agreementsOf('Le Mali, le Burkina Faso et le Niger ont signé la charte du Liptako-Gourma, un pacte de défense mutuelle.')).toEqual(['charte du Liptako-Gourma: Burkina Faso, Mali, Niger | ']);
    expect(read('Le Mali, le Burkina Faso et le Niger ont signé la charte du Liptako-Gourma, un pacte de défense mutuelle.').doc.nodes.find((n) => n.label === 'Agreement')!.aliases).toEqual(['pacte de défense mutuelle']);
    expect(agreementsOf('Le Kenya et l’Éthiopie ont signé un accord de pêche, le traité de Lamu et une charte portuaire.')).toHaveLength(3);
  });
});

describe('interview: "nous" is the speaker\'s side', () => {
  it('reads the interviewee\'s state as a party of what "nous avons signé"', () => {
    const text = 'Entretien – « Le Sahel a besoin de ses alliances »\nAbdoulaye Diop, ministre malien des Affaires étrangères, répond à nos questions.\nQue change la charte ?\nNous avons signé en septembre la charte du Liptako-Gourma avec le Niger.\nNous avons conclu avec Moscou un accord de coopération militaire.';
    expect(agreementsOf(text)).toEqual(['charte du Liptako-Gourma: Mali, Niger | ', 'accord de coopération militaire: Mali, Russie | ']);
  });
});

describe('agreement names', () => {
  it('reads "déclaration" as an agreement only with a proper name after it', () => {
    expect(agreementsOf('Dans une déclaration, le Kenya a salué la décision.')).toEqual([]);
    expect(agreementsOf('La Turquie et l’Azerbaïdjan ont signé en 2021 la déclaration de Choucha, un pacte d’alliance.')).toEqual(['déclaration de Choucha: Azerbaïdjan, Turquie | ']);
  });

  it('stops a topic before a date ("sur la bauxite le 3 mars")', () => {
    expect(agreementsOf('Le Ghana et la Chine ont signé un accord sur la bauxite le 3 mars.')).toEqual(['accord sur la bauxite: Chine, Ghana | ']);
  });
});

describe('exchanges in several registers', () => {
  it('wire brief: a price in kind after a participle ("payés en pétrole", "réglées en or")', () => {
    expect(exchangesOf('La Corée du Nord a livré des obus à la Russie, payés en pétrole.')).toEqual(['artillery_shells Corée du Nord>Russie <-> oil Russie>Corée du Nord']);
    expect(exchangesOf('Les Émirats ont livré des armes au Tchad, réglées en or.')).toEqual(['funds Tchad>Émirats arabes unis <-> weapons Émirats arabes unis>Tchad']);
  });

  it('dispatch: a price read with the purchase\'s own sides goes the other way', () => {
    expect(exchangesOf('Le Tchad a reçu des blindés des Émirats arabes unis, payés en bétail.')).toEqual(['other Tchad>Émirats arabes unis <-> weapons Émirats arabes unis>Tchad']);
  });

  it('explainer: a commodity sold "contre" goods, and goods "en échange de" a commodity', () => {
    expect(exchangesOf('Le Niger a vendu de l’uranium à l’Iran contre des armes.')).toEqual(['other Niger>Iran <-> weapons Iran>Niger']);
    expect(exchangesOf('La Guinée a livré de la bauxite à la Chine en échange de pétrole.')).toEqual(['oil Chine>Guinée <-> other Guinée>Chine']);
  });

  it('dispatch: a price that is no goods ("un accès aux ports", "un soutien diplomatique", "des concessions minières")', () => {
    expect(exchangesOf('L’Iran a fourni des missiles au Soudan contre un accès aux ports de la mer Rouge.')).toEqual(['missiles Iran>Soudan <-> other Soudan>Iran']);
    expect(exchangesOf('Les Émirats ont livré des drones au Tchad en échange d’un soutien diplomatique.')).toEqual(['other Tchad>Émirats arabes unis <-> weapons Émirats arabes unis>Tchad']);
    expect(exchangesOf('La Russie a fourni des mercenaires à la Centrafrique en échange de concessions minières.')).toEqual(['other République centrafricaine>Russie <-> troops Russie>République centrafricaine']);
    expect(exchangesOf('La Chine a accordé un prêt de deux milliards de dollars au Sri Lanka en contrepartie d’une concession de 99 ans sur le port de Hambantota.')).toEqual(['funds Chine>Sri Lanka <-> other Sri Lanka>Chine']);
  });

  it('reads no price where no exchange is marked ("a obtenu l\'accès au port" is access granted, paying for nothing)', () => {
    expect(read('Le Soudan a obtenu l’accès au port de Djibouti.').transfers().map((t) => t.kind)).toEqual(['other']);
    expect(exchangesOf('Le Soudan a obtenu l’accès au port de Djibouti.')).toEqual([]);
  });

  it('analysis: "en échange" or "en contrepartie" inside the answering clause ("; en échange, X reçoit", "qui lui cède en contrepartie")', () => {
    expect(exchangesOf('Moscou reçoit de Pyongyang des obus ; en échange, la Corée du Nord reçoit du pétrole.')).toEqual(['artillery_shells Corée du Nord>Russie <-> oil Russie>Corée du Nord']);
    expect(exchangesOf('La Chine fournit des équipements militaires au Cambodge, qui lui cède en contrepartie l’usage de la base de Ream.')).toEqual(['other Cambodge>Chine <-> weapons Chine>Cambodge']);
  });

  it('analysis: the answer in the next sentence ("En échange, Bakou lui fournit du gaz")', () => {
    expect(exchangesOf('La Turquie a livré des drones à l’Azerbaïdjan. En échange, Bakou lui fournit du gaz à prix réduit.')).toEqual(['oil Azerbaïdjan>Turquie <-> weapons Turquie>Azerbaïdjan']);
  });
});

/** VETOED edges as "vetoer>agreement name", sorted. */
function vetoes(text: string): string[] {
  const r = read(text);
  return r.edges('VETOED').map((e) => `${r.name(e.source)}>${r.name(e.target)}`).sort();
}

describe('vetoes in several registers', () => {
  it('live blog: "a usé de son droit de veto", "a fait usage de son droit de veto"', () => {
    expect(vetoes('La Chine a fait usage de son droit de veto contre la résolution sur la Birmanie.')).toEqual(['Chine>résolution']);
    expect(vetoes('La Russie a opposé son veto au projet de résolution sur le Mali.')).toEqual(['Russie>projet de résolution']);
  });

  it('wire brief: a veto named by a noun, its state by an adjective (compound or not) or after "de"', () => {
    expect(vetoes('Le projet de résolution a été rejeté par un veto russe.')).toEqual(['Russie>projet de résolution']);
    expect(vetoes('Le projet de résolution sur la Syrie a été bloqué par le double veto sino-russe.')).toEqual(['Chine>projet de résolution', 'Russie>projet de résolution']);
    expect(vetoes('La résolution a échoué en raison du veto de la Chine.')).toEqual(['Chine>résolution']);
    expect(vetoes('Le veto américain à la résolution sur Gaza a suscité la colère des pays arabes.')).toEqual(['États-Unis>résolution']);
  });

  it('reads no veto where none was cast', () => {
    expect(vetoes('La résolution a été adoptée par treize voix, sans veto.')).toEqual([]);
  });
});

describe('a second language is data: the same readers on English', () => {
  const english = (text: string) => {
    const doc = extractDocument(text, { publishedAt: null, language: 'en' });
    const name = (id: string) => doc.nodes.find((n) => n.id === id)?.name ?? id;
    const from = (type: string, id: string) => doc.relationships.filter((r) => r.type === type && r.target === id).map((r) => name(r.source)).sort().join(', ');
    return doc.nodes.filter((n) => n.label === 'Agreement').map((a) => `${a.name}: ${from('PARTY_TO', a.id)} | ${from('SIGNED', a.id)} | ${from('VETOED', a.id)}`);
  };

  it('reads "the text" back, a veto named by a noun, and "They signed"', () => {
    expect(english('Kenya and Ethiopia signed a port agreement in March. The text was initialled by the Kenyan transport minister Kipchumba Murkomen.')).toEqual(['agreement: Kenya, Éthiopie | Kipchumba Murkomen | ']);
    expect(english('The draft resolution was blocked by a Russian veto.')).toEqual(['resolution:  |  | Russie']);
    expect(english('Chile and Peru disputed the border for years. They signed a fisheries agreement in 2014.')).toEqual(['agreement: Chili, Pérou |  | ']);
  });
});

describe('agreements with a short form in brackets, a broker, and signatories listed with their titles', () => {
  it('wire brief: the acronym in brackets is the agreement\'s short form, not a body', () => {
    const r = read('Le Chili avait signé un accord de coopération minière (ACM) avec la Bolivie en 2019.');
    expect(agreementsOf('Le Chili avait signé un accord de coopération minière (ACM) avec la Bolivie en 2019.')).toEqual(['accord de coopération minière: Bolivie, Chili | ']);
    expect(r.doc.nodes.find((n) => n.label === 'Agreement')?.aliases).toEqual(['ACM']);
    expect(r.doc.nodes.some((n) => n.label === 'Organization')).toBe(false);
    expect(agreementsOf('La Norvège avait signé un accord sur la protection des zones de pêche (APZP) avec l’Islande en 2010.')).toEqual(['accord sur la protection des zones de pêche: Islande, Norvège | ']);
    // A body named in brackets after a clause about an agreement stays a body.
    expect(read('Un accord signé avec les rebelles (FPLN) prévoit un cessez-le-feu.').doc.nodes.some((n) => n.name === 'FPLN')).toBe(true);
  });

  it('dispatch: ministers of each side listed with their titles after "signé à ... par" all signed', () => {
    expect(agreementsOf('L’accord de libre-échange continental africain (ZLECAf) a été signé à Kigali par le ministre kényan du Commerce, Moses Kuria, et son homologue ghanéen, Kobina Tahir Hammond.')).toEqual([
      'accord de libre-échange continental africain: Ghana, Kenya | Kobina Tahir Hammond, Moses Kuria',
    ]);
    expect(agreementsOf('L’accord de libre-échange (ALE) a été signé à Quito par la ministre équatorienne du Commerce, Sonsoles García, M. Wang et le vice-ministre chinois du Commerce, Li Fei.')).toEqual([
      'accord de libre-échange: Chine, Équateur | Li Fei, Sonsoles García, Wang',
    ]);
  });

  it('analysis: a broker after "négocié par" or "sous l\'égide de" is no party', () => {
    expect(agreementsOf('L’accord de Doha, négocié par la Turquie, a été signé par l’Éthiopie et la Somalie.')).toEqual(['accord de Doha: Somalie, Éthiopie | ']);
    expect(agreementsOf('Négocié sous l’égide du Qatar, l’accord de cessez-le-feu a été signé par le Rwanda et la RDC.')).toEqual(['accord de cessez-le-feu: Congo (Rép. dém.), Rwanda | ']);
  });

  it('explainer: an agreement named by its kind and a compound adjective of its parties', () => {
    expect(agreementsOf('L’accord d’accès réciproque nippo-philippin a été ratifié par le Sénat.')).toEqual(['accord d\'accès réciproque nippo-philippin: Japon, Philippines | ']);
  });

  it('reads an agreement\'s short form in brackets as its alias, never as a body', () => {
    const doc = extractDocument('The Reciprocal Access Agreement (RAA) was signed in Manila by Japanese Foreign Minister Yoko Kamikawa and Philippine Defence Secretary Gilberto Teodoro.', { publishedAt: null, language: 'en' });
    expect(doc.nodes.filter((n) => n.label === 'Organization')).toEqual([]);
    expect(doc.nodes.find((n) => n.label === 'Agreement')?.aliases).toContain('RAA');
    expect(doc.relationships.filter((r) => r.type === 'SIGNED').map((r) => r.source).sort()).toEqual(['person:gilberto-teodoro', 'person:yoko-kamikawa']);
  });
});

describe('agreements named by a title in quotation marks, signed by a pair, brokered by a host', () => {
  it('dispatch and wire brief: a quoted title after a signing verb names the agreement, a statement noun alone does not', () => {
    expect(agreementsOf('Les deux pays ont signé une « charte de bon voisinage » en 2022.')).toEqual(['charte de bon voisinage:  | ']);
    expect(agreementsOf('Les deux États ont signé en juin une déclaration commune sur la pêche.')).toEqual(['déclaration commune:  | ']);
    expect(agreementsOf('Le Vietnam a publié une déclaration.')).toEqual([]);
    expect(agreementsOf('Dans une déclaration, le Japon a condamné le tir.')).toEqual([]);
  });

  it('analysis: a host of the talks, and the state it hosts them with, are no party of what "les deux camps" sign', () => {
    expect(agreementsOf('Le Qatar a accueilli à Doha des pourparlers au terme desquels les deux camps ont signé une « déclaration de principes ».')).toEqual(['déclaration de principes:  | ']);
    expect(agreementsOf('La Norvège a abrité, avec la Suisse, des discussions au terme desquelles les deux parties ont paraphé une « feuille de route ».')).toEqual(['feuille de route:  | ']);
  });

  it('explainer: ministers of no known state sign for the pair the sentence named before them', () => {
    expect(agreementsOf('L’Argentine et le Chili ont renoué : leurs ministres Diana Mondino et Alberto van Klaveren ont signé un mémorandum sur le lithium.')).toEqual([
      'mémorandum sur le lithium: Argentine, Chili | Alberto van Klaveren, Diana Mondino',
    ]);
    expect(agreementsOf('Le Pérou et la Bolivie négocient depuis un an. Les deux pays se sont rapprochés : les ministres Elmer Schialer et Celinda Sosa ont signé à Lima un accord de coopération.')).toEqual([
      'accord de coopération: Bolivie, Pérou | Celinda Sosa, Elmer Schialer',
    ]);
  });
});

describe('a signatory named by a title alone', () => {
  it('wire brief: "le ministre polonais de la Défense a signé": the adjective names a party', () => {
    expect(agreementsOf('Le ministre polonais de la Défense a signé en avril un contrat exécutif portant sur 96 chars.')).toEqual(['contrat exécutif: Pologne | ']);
    expect(agreementsOf('La présidente péruvienne a signé un accord de pêche avec l’Équateur.')).toEqual(['accord de pêche: Pérou, Équateur | ']);
  });

  it('portrait and dispatch: "le nouveau ministre", "le président" is the person the article follows when the title is theirs', () => {
    expect(agreementsOf('Le président kényan William Ruto s’est rendu à Ankara. Le président a signé un accord de défense avec la Turquie.')).toEqual([
      'accord de défense: Kenya, Turquie | William Ruto',
    ]);
    expect(agreementsOf('Władysław Kosiniak-Kamysz est devenu ministre polonais de la Défense en 2023. Kosiniak-Kamysz veut des chars. Le nouveau ministre, que l’on disait sceptique, a finalement signé en avril un contrat exécutif.')).toEqual([
      'contrat exécutif: Pologne | Władysław Kosiniak-Kamysz',
    ]);
  });

  it('analysis: a counterpart named last is not the title\'s holder when the article follows someone else', () => {
    expect(agreementsOf('Władysław Kosiniak-Kamysz dirige l’armée polonaise. Kosiniak-Kamysz reçoit à Varsovie. Il a reçu le ministre sud-coréen de la Défense, Lee Jong-sup. Le ministre a signé un contrat.')).toEqual(['contrat:  | ']);
    expect(agreementsOf('Le ministre a signé un accord.')).toEqual(['accord:  | ']);
  });

  it('dispatch: a passive signed by office-holders named only by title and nationality names both sides', () => {
    expect(agreementsOf('Le contrat, signé mardi à Ankara par le ministre kényan de la Défense et son homologue turc, porte sur six drones.')).toEqual(['contrat: Kenya, Turquie | ']);
    expect(agreementsOf('L’accord a été signé par l’ambassadeur japonais et la ministre philippine des Affaires étrangères.')).toEqual(['accord: Japon, Philippines | ']);
    expect(agreementsOf('Le mémorandum, paraphé par la délégation soudanaise, reste secret.')).toEqual(['mémorandum: Soudan | ']);
    // Firms are no office-holders: their nationality names no party.
    expect(agreementsOf("L'accord a été signé par des entreprises chinoises.")).toEqual(['accord:  | ']);
  });
});

describe('agreements named by their acronym alone', () => {
  it('explainer and wire brief: "le JCPOA", "la Zlecaf", "le TNP" are agreements, with the parties the sentence gives', () => {
    expect(agreementsOf('Le JCPOA, signé en 2015 par l’Iran et les grandes puissances, est moribond.')).toEqual(['JCPOA: Iran | ']);
    expect(agreementsOf('Washington s’est retiré du JCPOA en 2018.')).toEqual(['JCPOA: États-Unis | ']);
    expect(agreementsOf('Le Kenya a adhéré à la Zone de libre-échange continentale africaine (Zlecaf) en 2018.')).toEqual(['Zlecaf: Kenya | ']);
    expect(agreementsOf('Le Mexique et le Canada restent attachés à l’ACEUM.')).toEqual(['ACEUM:  | ']);
    expect(agreementsOf('L’Inde n’a jamais signé le TNP.')).toEqual(['TNP:  | ']);
  });
});

describe('a signing denied or refused', () => {
  it('analysis and interview: "n\'a jamais signé", "n\'a pas signé", "a refusé de signer" make no party', () => {
    expect(agreementsOf('Le Soudan n’a pas signé l’accord de paix.')).toEqual(['accord de paix:  | ']);
    expect(agreementsOf('La Russie a refusé de signer la convention.')).toEqual(['convention:  | ']);
    expect(agreementsOf('L’Inde n’a jamais signé le traité de non-prolifération.')).toEqual(['traité de non-prolifération:  | ']);
    expect(agreementsOf('Le Soudan a signé l’accord de paix.')).toEqual(['accord de paix: Soudan | ']);
  });
});

describe('signatories in a relative clause after a mediator', () => {
  it('dispatch and analysis: the list before ", qui ont signé" signs, the mediator or host of the main clause does not', () => {
    expect(agreementsOf('Le Qatar a servi de médiateur entre Kigali et Kinshasa, qui ont signé un accord-cadre à Doha.')).toEqual(['accord-cadre: Congo (Rép. dém.), Rwanda | ']);
    expect(agreementsOf('La Norvège a réuni la Colombie et les FARC, qui ont finalement signé un accord de paix.')).toEqual(['accord de paix: Colombie, FARC | ']);
    expect(agreementsOf('L’Union africaine a convoqué l’Éthiopie et le TPLF, qui ont signé en novembre un accord de cessation des hostilités.')).toEqual([
      'accord de cessation des hostilités: TPLF, Éthiopie | ',
    ]);
  });
});


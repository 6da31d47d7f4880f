import { describe, expect, it } from 'vitest';
import { read } from './helpers';

// Made-up sentences in the shapes the extractor must read without a lexicon entry for the names.
const roleList = (r: ReturnType<typeof read>) => r.edges('HOLDS_ROLE').map((e) => `${r.name(e.source)}: ${e.properties.title} / ${r.name(e.target)}`);

describe('bodies outside the lexicon', () => {
  it('reads an acronym in brackets as the short form of the name before it, for the rest of the article', () => {
    const r = read('Le Front de libération du Zoulou (FLZ) a revendiqué l’attaque. Le FLZ a ensuite démenti toute implication.');
    const flz = r.doc.nodes.find((n) => n.aliases.includes('FLZ'))!;
    expect(flz).toMatchObject({ label: 'Organization', name: 'Front de libération du Zoulou' });
    expect(flz.mentions.map((m) => m.text)).toEqual(['Front de libération du Zoulou', 'FLZ', 'FLZ']);
    expect(r.stances()).toContain('Front de libération du Zoulou DENIES');
  });

  it('reads a lower-case expansion too, and does not merge a national council with a UN body', () => {
    const r = read('Le conseil national de transition (CNT) a réagi. Le Conseil de sécurité de l’ONU s’est réuni.');
    expect(r.node('org:conseil-national-de-transition')?.aliases).toContain('CNT');
    expect(r.node('org:unsc')).toBeDefined();
    expect(r.node('org:conseil-national-de-transition')?.id).not.toBe('org:unsc');
  });

  it('reads a capitalised institute name with its complements, and its founder', () => {
    const r = read('L’Institut Lumière d’études stratégiques, fondé en 1990 par Marc Petit, estime que la guerre durera.');
    expect(r.node('org:institut-lumiere-d-etudes-strategiques')?.properties.kind).toBe('think_tank');
    expect(roleList(r)).toEqual(['Marc Petit: fondateur / Institut Lumière d’études stratégiques']);
    expect(r.stances()).toEqual(['Institut Lumière d’études stratégiques ASSERTS']);
  });

  it('reads a ministry named without a nationality word, and an embassy abroad', () => {
    const r = read('Le ministère de la Planification a dénoncé la décision. L’ambassade de France à Rome a démenti.');
    expect(r.node('org:ministere-de-la-planification')?.label).toBe('Organization');
    expect(r.node('org:ambassade-de-france-a-rome')?.properties.country).toBe('FR');
    // "dénoncer" states a position; it is not a denial.
    expect(r.stances()).toEqual(['Ministère de la Planification ASSERTS', 'ambassade de France à Rome DENIES']);
  });

  it('names armed services with the right gender and keeps letters in ids', () => {
    const r = read('L’armée ukrainienne et la marine nord-coréenne sont citées. Le ministre polonais de la Défense, Mariusz Błaszczak, a parlé.');
    expect(r.node('org:ua-armed-forces')?.name).toBe('armée ukrainienne');
    expect(r.node('org:kp-navy')?.name).toBe('marine nord-coréenne');
    expect(r.node('person:mariusz-blaszczak')?.name).toBe('Mariusz Błaszczak');
  });

  it('reads a name as a body when its kind precedes it or an apposition says what it is', () => {
    const r = read('Selon Korvo Mesh, un collectif de militants, des convois sont arrivés au camp. Le mouvement Ansar Vela a répondu.');
    expect(r.node('org:korvo-mesh')?.label).toBe('Organization');
    expect(r.node('org:ansar-vela')?.label).toBe('Organization');
    expect(r.doc.nodes.filter((n) => n.label === 'Person')).toEqual([]);
  });
});

describe('bare acronyms and lone surnames', () => {
  it('reads an undefined acronym as a body, but not a model name, common vocabulary or a heading', () => {
    const r = read('Les camions ont été déchargés dans les entrepôts de l’UNRWA. La France livrera des missiles SCALP. Le PIB a chuté.');
    expect(r.doc.nodes.filter((n) => n.label === 'Organization').map((n) => n.name)).toEqual(['UNRWA']);
  });

  it('reads a lone surname right after a title as a person holding it', () => {
    const r = read('Le Ghana négocie. Le président Mensah a remercié le Togo.');
    expect(roleList(r)).toEqual(['Mensah: président / Ghana']);
  });
});

describe('roles in apposition', () => {
  it('reads a title with nationality before the name, and a state title held in the state in focus', () => {
    const r = read('Le Ghana est inquiet. Le sénateur américain John Doe a parlé. Le conseiller à la sécurité nationale, Jane Roe, a répondu.');
    expect(roleList(r)).toEqual(['John Doe: sénateur / États-Unis', 'Jane Roe: conseiller à la sécurité nationale / Ghana']);
  });

  it('skips a rank between the comma and the name, and reads a possessive as the actor in focus', () => {
    const r = read('Le commandant du Front de libération du Zoulou (FLZ), le général Paul Mbeki, a parlé. La Russie a démenti, la porte-parole de sa diplomatie, Irina Volkova, parlant de mensonges.');
    expect(roleList(r)).toEqual(['Paul Mbeki: commandant / Front de libération du Zoulou', 'Irina Volkova: porte-parole / Russie']);
  });

  it('reads a title after "du" as the name’s own unless a relative’s noun precedes it', () => {
    const r = read('Lors de la visite du président ghanéen, Kofi Mensah, rien n’a été signé. La sœur du dirigeant togolais, Ama Eyadema, a parlé.');
    expect(roleList(r)).toEqual(['Kofi Mensah: président / Ghana']);
  });

  it('gives a surname alone, after the full name, to the same person', () => {
    const r = read('Le ministre ghanéen de la Planification, Kwame Asante, est arrivé. Asante a affirmé que le Togo ment.');
    expect(r.node('person:kwame-asante')!.mentions).toHaveLength(2);
    expect(r.stances()).toEqual(['Kwame Asante ASSERTS']);
    expect(roleList(r)).toEqual(['Kwame Asante: ministre de la Planification / Ghana']);
  });
});

describe('coreference', () => {
  it('never takes a capital for a person: it stands for its state', () => {
    const r = read('Accra a démenti avoir livré des armes au Togo.');
    expect(r.doc.nodes.filter((n) => n.label === 'Person')).toEqual([]);
    expect(r.stances()).toEqual(['Ghana DENIES']);
  });

  it('reads "la junte" as the body whose name holds the noun, and "le groupe" as the group in focus', () => {
    const r = read('La junte birmane a bombardé un village. La junte a nié. Le groupe Wagner est arrivé au Mali. Le groupe a démenti.');
    expect(r.stances()).toEqual(['junte birmane DENIES', 'Wagner DENIES']);
  });

  it('reads "l’émirat" as the state in focus and "ces derniers" as the last actor named', () => {
    const r = read('Le Qatar finance la reconstruction. L’émirat a affirmé que les fonds arrivaient à Gaza. Des armes viendraient des Émirats arabes unis, ce que ces derniers contestent.');
    expect(r.stances()).toEqual(['Qatar ASSERTS', 'Émirats arabes unis DENIES']);
  });
});

describe('stances about an earlier fact', () => {
  it('binds "X rejette ces accusations" to the transfer stated in the sentence before', () => {
    const r = read('Selon Washington, l’Iran a livré des drones à la Russie. Téhéran rejette ces accusations.');
    const transfer = r.doc.nodes.find((n) => n.label === 'Transfer')!;
    const denial = r.edges('DENIES')[0];
    expect(r.name(denial.source)).toBe('Iran');
    expect(r.edges('ABOUT').filter((e) => e.source === denial.target).map((e) => e.target)).toContain(transfer.id);
  });
});

describe('agreements and memberships', () => {
  it('makes states after "signé par" parties and people after it signatories', () => {
    const r = read('L’accord de cessez-le-feu signé par le Ghana, le Togo et le Bénin tient. Le mémorandum de coopération militaire signé en mai par le président Kofi Mensah a été publié.');
    const parties = r.edges('PARTY_TO').map((e) => `${r.name(e.source)} > ${r.name(e.target)}`);
    expect(parties).toEqual(expect.arrayContaining(['Ghana > accord de cessez-le-feu', 'Togo > accord de cessez-le-feu', 'Bénin > accord de cessez-le-feu']));
    expect(r.edges('SIGNED').map((e) => r.name(e.source))).toEqual(['Kofi Mensah']);
  });

  it('reads signatories named before the agreement noun, and the body they sign for', () => {
    const r = read('Le 2 novembre ont été signés à Lomé, par Jean Bon, au nom du gouvernement, et par Paul Roe, pour le FLZ, l’accord de cessation des hostilités et une annexe.');
    expect(r.edges('SIGNED').map((e) => r.name(e.source))).toEqual(['Jean Bon', 'Paul Roe']);
    expect(r.edges('PARTY_TO').map((e) => r.name(e.source))).toContain('FLZ');
  });

  it('makes the neighbour of a member a member too ("membre de l’Otan comme sa voisine")', () => {
    const r = read('La Pologne a envoyé des troupes, et la Lituanie, membre de l’Otan comme sa voisine, aussi.');
    expect(r.edges('MEMBER_OF').map((e) => r.name(e.source)).sort()).toEqual(['Lituanie', 'Pologne']);
  });

  it('reads membership in apposition, fronted, listed and relative forms', () => {
    const r = read(
      'La Suède, qui a rejoint l’OTAN en 2024, est inquiète. Les pays membres de l’Union européenne, dont la France et l’Allemagne, ont voté. Toujours membre de l’OTSC, l’alliance dominée par Moscou, l’Arménie a gelé sa participation. L’OTAN, dont la Finlande est membre, a réagi.',
    );
    const members = r.edges('MEMBER_OF').map((e) => `${r.name(e.source)} > ${r.name(e.target)}`);
    expect(members).toEqual(['Suède > OTAN', 'France > Union européenne', 'Allemagne > Union européenne', 'Arménie > OTSC', 'Finlande > OTAN']);
  });
});

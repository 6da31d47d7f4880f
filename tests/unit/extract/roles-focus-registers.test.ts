import { describe, expect, it } from 'vitest';
import { read } from './helpers';

// Made-up sentences in several registers (explainer, dispatch, live blog, analysis, wire brief) on the Horn of Africa,
// Central Asia, Latin America, the Pacific islands and the Sahel: a state's title with no state named is held in the
// state the article is about, not in the state named last, nor in a partner named after "avec".

/** HOLDS_ROLE as "person>holder". */
const roles = (text: string) => read(text).edges('HOLDS_ROLE').map((e) => `${e.source}>${e.target}`).sort();

describe('a state title with no state named', () => {
  it('dispatch, wire brief and analysis: the last subject holds the title when the opening sentence named it too', () => {
    expect(roles('La France vend des Rafale à l’Inde. L’Inde a commandé vingt-six appareils en 2023. Le Premier ministre Narendra Kumar a salué le contrat.')).toEqual(['person:narendra-kumar>country:IN']);
    expect(roles('La Russie livre du blé à l’Iran. L’Iran en a reçu un million de tonnes, l’Iran paie en pétrole. Le ministre du Commerce, Reza Karimi, a confirmé les chiffres.')).toEqual(['person:reza-karimi>country:IR']);
    expect(roles('Le Chili exporte du cuivre vers le Japon. Le Japon en achète un tiers depuis 2020. La ministre de l’Industrie, Aiko Tanaka, juge les prix stables.')).toEqual(['person:aiko-tanaka>country:JP']);
  });

  it('dispatch: the opening sentence\'s subject keeps the title when it is still the subject in focus', () => {
    expect(roles('Le Brunei vend du gaz au Japon. Le sultan Hassanal Bolkiah a signé le contrat jeudi.')).toEqual(['person:hassanal-bolkiah>country:BN']);
    expect(roles('Le Ghana vend du cacao à la Suisse. Le Ghana en a livré 40 000 tonnes. Le ministre des Finances, Kwame Mensah, a salué la hausse des prix.')).toEqual(['person:kwame-mensah>country:GH']);
  });

  it('interview and live blog: the government\'s spokesperson speaks for the last state that spoke', () => {
    expect(roles('Le Mali a reçu des drones turcs. Le Niger a annoncé jeudi l’achat de blindés. « Ils arriveront en mai », a précisé le porte-parole du gouvernement, Amadou Issa.')).toEqual(['person:amadou-issa>country:NE']);
    expect(roles('10h02 — La Colombie suspend ses achats de charbon. 10h20 — Le Venezuela dénonce une « provocation ». 10h31 — « Nous répondrons », a déclaré la porte-parole du gouvernement, Carla Ruiz.')).toEqual(['person:carla-ruiz>country:VE']);
  });

  it('wire and analysis: "le pays" later in the sentence points back to the state in focus, it names no other side', () => {
    expect(roles('Le Pérou exporte du cuivre vers la Chine. Le Pérou et la Chine ont signé un accord en 2009. Le ministre de l’Économie, José Arista, a assuré que le pays tiendrait ses engagements.')).toEqual(['person:jose-arista>country:PE']);
    expect(roles('La Norvège vend du gaz à la Pologne. La Norvège et la Pologne ont relié leurs réseaux. La Première ministre, Erna Lund, a promis que le pays doublerait ses livraisons.')).toEqual(['person:erna-lund>country:NO']);
  });

  it('dispatch, wire and live blog: two titled people coordinated serve two states, so the one whose state is named leaves the other to the article\'s state', () => {
    expect(roles('Le Togo ouvre un port en eau profonde. Inauguré par le président chinois, Li Wei, et par le président Koffi Amega, le terminal, au sud de Lomé, appartient à un armateur chinois.')).toEqual(['person:koffi-amega>country:TG', 'person:li-wei>country:CN']);
    expect(roles('L’Équateur vend des crevettes au Japon. La ministre du Commerce, Sonia Vera, et son homologue japonais, Kenji Sato, ont signé à Quito un accord.')).toEqual(['person:kenji-sato>country:JP', 'person:sonia-vera>country:EC']);
    expect(roles('14h05 — La Zambie rouvre sa frontière. 14h20 — Le président tanzanien, Juma Hassan, et le président Chola Mwale se sont parlé au téléphone, selon Lusaka.')).toEqual(['person:chola-mwale>country:ZM', 'person:juma-hassan>country:TZ']);
  });

  it('explainer: other states named since the lead do not take the minister', () => {
    expect(roles('L’Éthiopie renégocie sa dette. Les créanciers se réunissent à Paris avec la Chine. Selon le ministre des Finances, Ahmed Shide, l’accord est proche.')).toEqual(['person:ahmed-shide>country:ET']);
  });

  it('dispatch: a partner after "avec" in the same sentence is not the minister\'s state', () => {
    expect(roles('Le Kazakhstan mise sur le gaz. Un accord a été signé avec Moscou, que le ministre de l’Énergie, Almassadam Satkaliyev, a jugé équilibré.')).toEqual(['person:almassadam-satkaliyev>country:KZ']);
  });

  it('live blog: the state of the first entry, not of the last one', () => {
    expect(roles('10h02 — Le Chili relance son programme minier. 10h15 — Des négociations s’ouvrent avec l’Argentine et le Pérou. 10h40 — Selon la ministre des Mines, Aurora Williams, les quotas seront revus.')).toEqual(['person:aurora-williams>country:CL']);
  });

  it('analysis: two coordinated titles stay home when suitors were the last subjects', () => {
    expect(roles('Les Fidji veulent des garde-côtes. Canberra et Pékin leur proposent des patrouilleurs, mais la Chine insiste. Le vice-Premier ministre et ministre des Finances, Biman Prasad, a tranché jeudi.')).toEqual(['person:biman-prasad>country:FJ', 'person:biman-prasad>country:FJ']);
  });

  it('wire brief: a place opening the sentence is home, a capital after "de" is not', () => {
    expect(roles('Le Tchad importe du blé russe. Le ministre du Commerce, Mahamat Ali, a reçu jeudi un envoyé de Moscou.')).toEqual(['person:mahamat-ali>country:TD']);
    expect(roles('La Somalie et le Kenya discutent de pêche. À Mogadiscio, le président Hassan Cheikh Mohamoud a salué l’accord.')).toEqual(['person:hassan-cheikh-mohamoud>country:SO']);
  });

  it('interview and dispatch: "le porte-parole du gouvernement" speaks for the article\'s state, not for the last subject', () => {
    expect(roles('Le Mali a reçu des drones turcs. La Russie a promis des hélicoptères. Ces achats sont « vitaux », a déclaré le porte-parole du gouvernement, Abdoulaye Maïga.')).toEqual(['person:abdoulaye-maiga>country:ML']);
    expect(roles('La Géorgie achète du gaz. L’Azerbaïdjan a relevé ses prix en janvier. « Nous paierons », a assuré la porte-parole du gouvernement, Nino Beridze.')).toEqual(['person:nino-beridze>country:GE']);
  });

  it('dispatch and wire brief: two states, then two titled signatories, each serving the state in the same rank', () => {
    expect(roles('Le Qatar et la Turquie ont signé un accord, paraphé à Doha par l’émir Tamim ben Hamad Al Thani et le président Recep Tayyip Erdogan.')).toEqual(['person:recep-tayyip-erdogan>country:TR', 'person:tamim-ben-hamad-al-thani>country:QA']);
    expect(roles('La Mongolie et le Kazakhstan ont conclu un accord minier, signé par le président Ukhnaagiin Khürelsükh et le président Kassym-Jomart Tokaïev.')).toEqual(['person:kassym-jomart-tokaiev>country:KZ', 'person:ukhnaagiin-khurelsukh>country:MN']);
  });
});

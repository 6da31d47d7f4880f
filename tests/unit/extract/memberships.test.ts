import { describe, expect, it } from 'vitest';
import { membersOf } from './helpers';

// Made-up sentences on energy, trade blocs and the UN, none from the articles Trame is tuned on.

describe('memberships', () => {
  it('reads an ordinal, a permanent seat and "siéger au"', () => {
    expect(membersOf('La Finlande est devenue le 31e membre de l’OTAN en avril 2023.')).toEqual(['Finlande>OTAN']);
    expect(membersOf('L’Algérie, membre non permanent du Conseil de sécurité, a voté pour.')).toEqual(["Algérie>Conseil de sécurité de l'ONU"]);
    expect(membersOf('Le Kenya, qui siège au Conseil de sécurité, a voté contre.')).toEqual(["Kenya>Conseil de sécurité de l'ONU"]);
  });

  it('reads describing words before the noun of an apposition, but not a preposition', () => {
    expect(membersOf('Le Qatar, petit émirat membre de l’OPEP, produit du gaz.')).toEqual(['Qatar>OPEP']);
    expect(membersOf('La Grèce, selon les membres de l’OTAN, ment.')).toEqual([]);
    expect(membersOf('Le Royaume-Uni, puissance nucléaire et membre permanent du Conseil de sécurité, a voté pour.')).toEqual(["Royaume-Uni>Conseil de sécurité de l'ONU"]);
  });

  it('gives a second coordinated body the same members', () => {
    expect(membersOf('La Pologne, membre de l’Union européenne et de l’OTAN, soutient Kiev.')).toEqual(['Pologne>OTAN', 'Pologne>Union européenne']);
  });

  it('reads a fronted "au sein de" or "Membres de" with a coordinated subject', () => {
    expect(membersOf('Au sein de l’Union européenne, la Hongrie bloque l’aide.')).toEqual(['Hongrie>Union européenne']);
    expect(membersOf('Membres de l’ASEAN, le Vietnam et les Philippines contestent ces revendications.')).toEqual(['Philippines>ASEAN', 'Viêt Nam>ASEAN']);
  });

  it('reads the members a body counts, and "les autres membres"', () => {
    expect(membersOf('L’OTAN compte désormais 32 membres, dont la Suède et la Finlande.')).toEqual(['Finlande>OTAN', 'Suède>OTAN']);
    expect(membersOf('La Lettonie et les autres membres de l’OTAN ont promis des chars.')).toEqual(['Lettonie>OTAN']);
  });

  it('does not make a member of a state that refuses or is not one', () => {
    expect(membersOf('L’Argentine a refusé de rejoindre les Brics.')).toEqual([]);
    expect(membersOf('L’Ukraine n’est pas membre de l’OTAN.')).toEqual([]);
  });

  it('reads the members a body has after "à laquelle appartient" or "qui regroupe", and a number among the fillers', () => {
    expect(membersOf('L’OTAN, à laquelle appartient la Turquie, a protesté.')).toEqual(['Turquie>OTAN']);
    expect(membersOf('L’ASEAN, qui regroupe le Vietnam et les Philippines, s’est réunie.')).toEqual(['Philippines>ASEAN', 'Viêt Nam>ASEAN']);
    expect(membersOf('La Hongrie, l’un des 27 États membres de l’Union européenne, bloque l’aide.')).toEqual(['Hongrie>Union européenne']);
  });

  it('wire brief and explainer: a number word before the noun, a date between the verb and its preposition, "au sein de"', () => {
    expect(membersOf('Le Chili et le Pérou, deux membres de l’APEC, ont signé un accord de libre-échange.')).toEqual(['Chili>APEC', 'Pérou>APEC']);
    expect(membersOf('La Chine, l’un des cinq membres permanents du Conseil de sécurité, a opposé son veto.')).toEqual(["Chine>Conseil de sécurité de l'ONU"]);
    expect(membersOf('L’Algérie, qui a adhéré en 2002 à l’Union africaine, a protesté.')).toEqual(['Algérie>Union africaine']);
    expect(membersOf('L’Iran a été admis au sein de l’Organisation de coopération de Shanghai.')).toEqual(['Iran>Organisation de coopération de Shanghai']);
    expect(membersOf('L’Algérie a adhéré en principe au plan de paix de l’Union africaine.')).toEqual([]);
  });

  it('analysis: a state that chairs a body sits in it; a state that left or clashes with it does not', () => {
    expect(membersOf('Le Kenya préside actuellement l’Union africaine.')).toEqual(['Kenya>Union africaine']);
    expect(membersOf('La Hongrie assure la présidence tournante de l’Union européenne.')).toEqual(['Hongrie>Union européenne']);
    expect(membersOf('Le Kenya préside la réunion de l’Union africaine.')).toEqual([]);
    expect(membersOf('Le Qatar a quitté l’OPEP en 2019.')).toEqual([]);
    expect(membersOf('Le Soudan est entré en conflit avec l’Union africaine.')).toEqual([]);
  });

  it('dispatch: "ses partenaires de", a fronted "parmi" or "comme les autres membres", "et ses États membres, dont"', () => {
    expect(membersOf('Le Vietnam a convaincu ses partenaires de l’ASEAN de signer la déclaration.')).toEqual(['Viêt Nam>ASEAN']);
    expect(membersOf('Parmi les membres de l’OTAN, la Hongrie reste la plus réticente.')).toEqual(['Hongrie>OTAN']);
    expect(membersOf('Comme les autres membres de l’Union africaine, le Nigeria a condamné le coup d’État.')).toEqual(['Nigéria>Union africaine']);
    expect(membersOf('Face aux membres de l’OTAN, la Russie a haussé le ton.')).toEqual([]);
    expect(membersOf('L’Union européenne et ses États membres, dont la France et l’Allemagne, ont promis une aide.')).toEqual(['Allemagne>Union européenne', 'France>Union européenne']);
    expect(membersOf('L’Union européenne et ses partenaires, dont le Japon, ont promis une aide.')).toEqual([]);
  });

  it('live blog and explainer: a plural noun after a list of states, a date after the copula, an ordinal after "dont", an acronym in brackets before "qui regroupe"', () => {
    expect(membersOf('Le Kazakhstan, l’Ouzbékistan et le Kirghizstan, membres de l’Organisation de coopération de Shanghai, ont signé un accord gazier.')).toEqual(['Kazakhstan>Organisation de coopération de Shanghai', 'Kirghizistan>Organisation de coopération de Shanghai', 'Ouzbékistan>Organisation de coopération de Shanghai']);
    expect(membersOf('La Bolivie est devenue en 2024 membre à part entière du Mercosur, que le Venezuela avait quitté en 2017.')).toEqual(['Bolivie>Mercosur']);
    expect(membersOf('L’ASEAN, dont le Timor oriental est devenu le onzième membre, se réunit à Vientiane.')).toEqual(['Timor oriental>ASEAN']);
    expect(membersOf('Le Conseil de coopération du Golfe (CCG), qui regroupe l’Arabie saoudite, le Qatar et Oman, a condamné l’attaque.')).toEqual(['Arabie Saoudite>Conseil de coopération du Golfe', 'Oman>Conseil de coopération du Golfe', 'Qatar>Conseil de coopération du Golfe']);
    expect(membersOf('Le Mali a accusé le Niger, membre de la CEDEAO, de trahison.')).toEqual(['Niger>Cédéao']);
  });

  it('a body that admits or readmits a state, and blocs outside the sample (Mercosur, Quad, Ligue arabe)', () => {
    expect(membersOf('La Ligue arabe a réintégré la Syrie en mai 2023.')).toEqual(['Syrie>Ligue arabe']);
    expect(membersOf('L’OTAN a admis la Finlande en avril.')).toEqual(['Finlande>OTAN']);
    expect(membersOf('L’OTAN a admis la responsabilité de la frappe.')).toEqual([]);
    expect(membersOf('Le Japon et l’Australie, membres du Quad, ont renforcé leur coopération.')).toEqual(['Australie>Quad', 'Japon>Quad']);
  });

  it('dispatch: "le bloc", "le cartel", "l’Union" point back to the body named before', () => {
    expect(membersOf('La CEDEAO a menacé d’intervenir. Le Sénégal, membre du bloc, a envoyé des troupes.')).toEqual(['Sénégal>Cédéao']);
    expect(membersOf('L’OPEP a réduit sa production. Le Nigeria, membre du cartel, a protesté.')).toEqual(['Nigéria>OPEP']);
    expect(membersOf('Les BRICS se réunissent à Kazan. L’Égypte a rejoint le bloc en 2024.')).toEqual(['Égypte>BRICS']);
    expect(membersOf('L’Union africaine a suspendu le Niger. Le Kenya, membre de l’Union, a protesté.')).toEqual(['Kenya>Union africaine']);
    expect(membersOf('Le Sénégal, membre du bloc, a envoyé des troupes.')).toEqual([]);
  });

  it('analysis: "à commencer par" after the members, "dernier pays à avoir rejoint"', () => {
    expect(membersOf('Les États membres de l’UE, à commencer par la France, ont promis des obus.')).toEqual(['France>Union européenne']);
    expect(membersOf('La Suède, dernier pays à avoir rejoint l’OTAN, a envoyé des troupes.')).toEqual(['Suède>OTAN']);
    expect(membersOf('La Géorgie, premier pays à vouloir rejoindre l’OTAN, a protesté.')).toEqual([]);
  });

  it('explainer: a body that grows to take in states ("s’est élargie à", "expanded to include")', () => {
    expect(membersOf('En 2024, l’OTAN s’est élargie à la Suède.')).toEqual(['Suède>OTAN']);
    expect(membersOf('Les BRICS se sont élargis à l’Égypte et à l’Éthiopie.')).toEqual(['Égypte>BRICS', 'Éthiopie>BRICS']);
  });

  it('keeps OPEP+ and the G20 apart from OPEP and the G7', () => {
    expect(membersOf('Les États membres de l’OPEP+, dont l’Arabie saoudite et la Russie, ont réduit leur production.')).toEqual(['Arabie Saoudite>OPEP+', 'Russie>OPEP+']);
    expect(membersOf('Le G20, dont fait partie l’Argentine, s’est réuni à Rio.')).toEqual(['Argentine>G20']);
  });

  it('English: a possessive accession, a chair, a number word, a fronted "among"', () => {
    expect(membersOf('Sweden’s accession to NATO was ratified by Hungary.', 'en')).toEqual(['Suède>OTAN']);
    expect(membersOf('Ukraine’s bid for NATO membership stalled.', 'en')).toEqual([]);
    expect(membersOf('Kenya chairs the African Union this year.', 'en')).toEqual(['Kenya>Union africaine']);
    expect(membersOf('Chile and Peru, two members of APEC, signed a trade deal.', 'en')).toEqual(['Chili>APEC', 'Pérou>APEC']);
    expect(membersOf('Among the members of NATO, Hungary remains the most reluctant.', 'en')).toEqual(['Hongrie>OTAN']);
    expect(membersOf('Kazakhstan, Uzbekistan and Kyrgyzstan, members of the Shanghai Cooperation Organisation, signed a gas deal.', 'en')).toEqual(['Kazakhstan>Organisation de coopération de Shanghai', 'Kirghizistan>Organisation de coopération de Shanghai', 'Ouzbékistan>Organisation de coopération de Shanghai']);
    expect(membersOf('The Gulf Cooperation Council (GCC), which groups Saudi Arabia, Qatar and Oman, condemned the attack.', 'en')).toEqual(['Arabie Saoudite>Conseil de coopération du Golfe', 'Oman>Conseil de coopération du Golfe', 'Qatar>Conseil de coopération du Golfe']);
    expect(membersOf('The EU and its member states, including France and Germany, pledged aid.', 'en')).toEqual(['Allemagne>Union européenne', 'France>Union européenne']);
    expect(membersOf('The EU and its partners, including Japan, pledged aid.', 'en')).toEqual([]);
    expect(membersOf('The Arab League readmitted Syria in May 2023.', 'en')).toEqual(['Syrie>Ligue arabe']);
    expect(membersOf('Washington and its NATO allies pledged tanks.', 'en')).toEqual(['États-Unis>OTAN']);
    // A partner of a body is not one of its members.
    expect(membersOf('Japan, a NATO partner, sent aid.', 'en')).toEqual([]);
  });
});

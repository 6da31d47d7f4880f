import { describe, expect, it } from 'vitest';
import { read } from './helpers';

// Made-up sentences in six registers (wire brief, dispatch, live blog, interview, explainer, analysis), on the Sahel,
// the Gulf, the Balkans, the Caucasus, Asia-Pacific and Latin America: roles, memberships and agreements in shapes
// the articles Trame is tuned on do not all use.

/** HOLDS_ROLE as "person>holder", MEMBER_OF as "state>body", PARTY_TO and SIGNED as "actor>agreement name". */
function facts(text: string, type: 'HOLDS_ROLE' | 'MEMBER_OF' | 'PARTY_TO' | 'SIGNED'): string[] {
  const r = read(text);
  return r.edges(type).map((e) => `${e.source}>${type === 'PARTY_TO' || type === 'SIGNED' ? r.name(e.target) : e.target}`).sort();
}
const titleOf = (text: string, person: string) => read(text).edges('HOLDS_ROLE').find((e) => e.source === person)?.properties.title;

describe('roles in six registers', () => {
  it('wire brief: a title in apposition before or after the name', () => {
    expect(facts('Le président du Niger, Mohamed Bazoum, a été renversé en juillet.', 'HOLDS_ROLE')).toEqual(['person:mohamed-bazoum>country:NE']);
    expect(facts('Mohamed Bazoum, président du Niger jusqu’en 2023, reste détenu.', 'HOLDS_ROLE')).toEqual(['person:mohamed-bazoum>country:NE']);
    expect(facts('Le chef de la diplomatie malienne, Abdoulaye Diop, a reçu l’ambassadeur.', 'HOLDS_ROLE')).toEqual(['person:abdoulaye-diop>country:ML']);
    expect(facts('Le sénateur chilien Pablo Rojas a dénoncé l’accord jeudi.', 'HOLDS_ROLE')).toEqual(['person:pablo-rojas>country:CL']);
  });

  it('dispatch: a rank between the comma and the name, a body of the state, a former holder', () => {
    expect(facts('Le ministre nigérien de la Défense, le général Salifou Mody, s’est rendu à Moscou.', 'HOLDS_ROLE')).toEqual(['person:salifou-mody>country:NE']);
    expect(facts('Fatou Ndiaye, porte-parole du gouvernement sénégalais, a démenti.', 'HOLDS_ROLE')).toEqual(['person:fatou-ndiaye>country:SN']);
    expect(facts('L’ex-président bolivien Evo Morales a dénoncé la manœuvre.', 'HOLDS_ROLE')).toEqual(['person:evo-morales>country:BO']);
    expect(facts('Ana Soto, l’ancienne ministre chilienne des Affaires étrangères, dirige désormais l’institut.', 'HOLDS_ROLE')).toEqual(['person:ana-soto>country:CL']);
    expect(facts('Lundi, Khalil al-Hayya, l’un des dirigeants du Hamas, a démenti.', 'HOLDS_ROLE')).toEqual(['person:khalil-al-hayya>org:hamas']);
    // "en chef" completes the title: no second role "chef".
    expect(read('Le négociateur en chef du Hamas, Khalil al-Hayya, a démenti.').edges('HOLDS_ROLE').map((e) => e.properties.title)).toEqual(['négociateur']);
  });

  it('a title with its remit ("ministre délégué chargé de ..."), its holder after the remit or in focus', () => {
    const text = 'Amadou Diallo, ministre délégué chargé du Commerce extérieur du Sénégal, a signé le contrat.';
    expect(facts(text, 'HOLDS_ROLE')).toEqual(['person:amadou-diallo>country:SN']);
    expect(titleOf(text, 'person:amadou-diallo')).toBe('ministre délégué chargé du Commerce extérieur');
    expect(facts('Le Sénégal renforce ses exportations. Le ministre délégué chargé de l’Énergie, Karim Benali, a annoncé la mesure lundi.', 'HOLDS_ROLE')).toEqual(['person:karim-benali>country:SN']);
  });

  it('live blog: "fondé par", "dirigé par", "à la tête de", before or after the name', () => {
    expect(facts('Le groupe Ansar Dine, fondé par Iyad Ag Ghali en 2012, contrôle le nord.', 'HOLDS_ROLE')).toEqual(['person:iyad-ag-ghali>org:ansar-dine']);
    expect(titleOf('Le groupe Ansar Dine, fondé par Iyad Ag Ghali en 2012, contrôle le nord.', 'person:iyad-ag-ghali')).toBe('fondateur');
    expect(facts('Le Hamas, dirigé par Yahya Sinouar, a rejeté l’offre.', 'HOLDS_ROLE')).toEqual(['person:yahya-sinouar>org:hamas']);
    expect(facts('Feridun Sinirlioglu, à la tête de l’OSCE depuis 2024, a plaidé pour le dialogue.', 'HOLDS_ROLE')).toEqual(['person:feridun-sinirlioglu>org:osce']);
    expect(facts('À la tête de l’OSCE depuis 2024, Feridun Sinirlioglu a plaidé pour le dialogue.', 'HOLDS_ROLE')).toEqual(['person:feridun-sinirlioglu>org:osce']);
    expect(facts('Lundi, Karim Benali, nommé en mars à la tête de l’Opep, a promis la stabilité.', 'HOLDS_ROLE')).toEqual(['person:karim-benali>org:opec']);
    expect(facts('Selon Bamako, Iyad Ag Ghali dirige le groupe Ansar Dine depuis sa création.', 'HOLDS_ROLE')).toEqual(['person:iyad-ag-ghali>org:ansar-dine']);
  });

  it('interview: the header and the byline name the guest\'s and the author\'s posts', () => {
    expect(facts('Entretien avec Ana Soto, présidente de l’Institut Lumière d’études stratégiques.', 'HOLDS_ROLE')).toEqual(['person:ana-soto>org:institut-lumiere-d-etudes-strategiques']);
    expect(facts('Juma Mkuu, directeur de l’Institut d’études stratégiques de Nairobi, répond à nos questions.', 'HOLDS_ROLE')).toEqual(['person:juma-mkuu>org:institut-d-etudes-strategiques-de-nairobi']);
    expect(facts('Par Ana Soto, chercheuse à l’Institut Lumière d’études stratégiques.', 'HOLDS_ROLE')).toEqual(['person:ana-soto>org:institut-lumiere-d-etudes-strategiques']);
    // The word that heads an op-ed or an analysis is no part of the author's name.
    expect(facts('Tribune de Jane Roe, ancienne ambassadrice de France au Japon.', 'HOLDS_ROLE')).toEqual(['person:jane-roe>country:FR']);
    expect(facts('Analyse de Pablo Rojas, chercheur au Centre Andin d’études stratégiques.', 'HOLDS_ROLE')).toEqual(['person:pablo-rojas>org:centre-andin-d-etudes-strategiques']);
  });

  it('explainer and analysis: "est", "a été nommé", a spokesperson of a body, a founder of a group', () => {
    expect(facts('Ana Soto est directrice du programme Afrique à l’Institut Lumière.', 'HOLDS_ROLE')).toEqual(['person:ana-soto>org:institut-lumiere']);
    expect(facts('Karim Benali a été nommé ministre des Mines de l’Algérie en mars.', 'HOLDS_ROLE')).toEqual(['person:karim-benali>country:DZ']);
    expect(facts('Selon Rabat, Jane Roe, qui était alors ministre de la Défense du Kenya, avait validé l’achat.', 'HOLDS_ROLE')).toEqual(['person:jane-roe>country:KE']);
    expect(facts('Selon Rabat, Jane Roe, ex-ministre kényane de la Défense, avait validé l’achat.', 'HOLDS_ROLE')).toEqual(['person:jane-roe>country:KE']);
    expect(facts('La porte-parole de la Commission européenne, Ana Pisonero, a confirmé.', 'HOLDS_ROLE')).toEqual(['person:ana-pisonero>org:eu-commission']);
    expect(facts('Le fondateur de Wagner, Evgueni Prigojine, est mort en 2023.', 'HOLDS_ROLE')).toEqual(['person:evgueni-prigojine>org:wagner']);
    expect(facts('Srettha Thavisin, Premier ministre de la Thaïlande depuis 2023, a défendu le projet.', 'HOLDS_ROLE')).toEqual(['person:srettha-thavisin>country:TH']);
  });

  it('analysis: a fronted title with its time span, a post "auprès de" a body, a firm "chez" which an analyst works', () => {
    expect(facts('Ministre de la Défense du Kenya depuis 2022, Jane Roe a validé l’achat.', 'HOLDS_ROLE')).toEqual(['person:jane-roe>country:KE']);
    expect(facts('Président du Kenya depuis 2022, William Ruto a reçu la délégation.', 'HOLDS_ROLE')).toEqual(['person:william-ruto>country:KE']);
    expect(facts('L’ambassadeur russe auprès de l’ONU, Vassili Nebenzia, a protesté.', 'HOLDS_ROLE')).toEqual(['person:vassili-nebenzia>country:RU']);
    expect(facts('« La demande explose », résume Jane Roe, analyste chez Korea Risk Group.', 'HOLDS_ROLE')).toEqual(['person:jane-roe>org:korea-risk-group']);
  });

  it('dispatch from a junta: leaders named by rank, a transition\'s president, a state named after the comma is not the holder', () => {
    expect(facts('Au Burkina Faso, le capitaine Ibrahim Traoré, président de la transition, a reçu Moscou.', 'HOLDS_ROLE')).toEqual(['person:ibrahim-traore>country:BF']);
    expect(facts('Au Mali, le colonel Assimi Goïta, qui dirige le pays depuis 2020, a reçu le ministre.', 'HOLDS_ROLE')).toEqual(['person:assimi-goita>country:ML']);
    expect(facts('Au Soudan, le numéro deux de la junte, le général Shams al-Din Kabbashi, a démenti.', 'HOLDS_ROLE')).toEqual(['person:shams-al-din-kabbashi>country:SD']);
  });

  it('explainer: two holders then two names in the same order, a body in brackets after an analyst\'s name', () => {
    expect(facts('Les présidents kényan et tanzanien, William Ruto et Samia Suluhu Hassan, ont signé un accord.', 'HOLDS_ROLE')).toEqual(['person:samia-suluhu-hassan>country:TZ', 'person:william-ruto>country:KE']);
    expect(facts('Les présidents kényan et tanzanien, William Ruto et Samia Suluhu Hassan, ont signé un accord.', 'PARTY_TO').map((f) => f.split('>')[0])).toEqual(['country:KE', 'country:TZ']);
    expect(facts('Selon l’analyste Jane Roe (Institut Lumière), la vente est actée.', 'HOLDS_ROLE')).toEqual(['person:jane-roe>org:institut-lumiere']);
  });

  it('analysis: a body named by an adjective after the title ("la diplomatie européenne", "onusienne")', () => {
    expect(facts('Josep Borrell, le chef de la diplomatie européenne, a promis un million d’obus.', 'HOLDS_ROLE')).toEqual(['person:josep-borrell>org:eu']);
    expect(facts('Le commissaire européen Thierry Breton a visité l’usine.', 'HOLDS_ROLE')).toEqual(['person:thierry-breton>org:eu']);
    expect(facts('La coordinatrice onusienne pour le Liban, Jeanine Hennis, a alerté.', 'HOLDS_ROLE')).toEqual(['person:jeanine-hennis>org:un']);
    // With nobody holding the title, the adjective adds no body to the graph.
    expect(read('Les ministres européens se réunissent lundi.').doc.nodes.map((n) => n.id)).not.toContain('org:eu');
  });

  it('live blog: a former holder\'s title alone later stands for that person ("l\'ancien président bolivien")', () => {
    const r = read('L’ancien président bolivien Evo Morales a été entendu lundi. Mardi, l’ancien président bolivien a dénoncé une manœuvre de La Paz.');
    expect(r.stances()).toEqual(['Evo Morales ASSERTS']);
  });

  it('dispatch and live blog: a surname after "M." in apposition, a founder or a chair by an active verb', () => {
    expect(facts('Sadio Camara a reçu jeudi une délégation turque. Le ministre malien de la Défense, M. Camara, a salué un partenariat.', 'HOLDS_ROLE')).toEqual(['person:sadio-camara>country:ML']);
    expect(facts('Jean Mulamba a fondé la société Kivu Gold en 2015.', 'HOLDS_ROLE')).toEqual(['person:jean-mulamba>org:kivu-gold']);
    expect(titleOf('Jean Mulamba a fondé la société Kivu Gold en 2015.', 'person:jean-mulamba')).toBe('fondateur');
    expect(titleOf('Ana Soto, qui préside le Sénat chilien, a voté contre la loi.', 'person:ana-soto')).toBe('président');
    expect(facts('Le colonel Ibrahim Doumbia commande la garde nationale malienne depuis 2022.', 'HOLDS_ROLE')).toEqual(['person:ibrahim-doumbia>org:ml-national-guard']);
  });

  it('analysis and interview: "est à la tête de", "dirige" at the head of a sentence, an employer after "au" or "à la"', () => {
    expect(facts('Mariam Koné est à la tête de l’Observatoire sahélien des conflits depuis 2020.', 'HOLDS_ROLE')).toEqual(['person:mariam-kone>org:observatoire-sahelien-des-conflits']);
    expect(facts('Mariam Koné dirige depuis 2020 l’Observatoire sahélien des conflits.', 'HOLDS_ROLE')).toEqual(['person:mariam-kone>org:observatoire-sahelien-des-conflits']);
    expect(facts('Selon Karim Sadjadpour, chercheur au Carnegie Endowment, Téhéran cherche des devises.', 'HOLDS_ROLE')).toEqual(['person:karim-sadjadpour>org:carnegie-endowment']);
    expect(facts('« Le Golfe se réarme », résume Lina Haddad, analyste à la Gulf Research Foundation.', 'HOLDS_ROLE')).toEqual(['person:lina-haddad>org:gulf-research-foundation']);
    expect(facts('Entretien avec Olga Petrova, directrice du Centre d’analyse de la politique eurasienne.', 'HOLDS_ROLE')).toEqual(['person:olga-petrova>org:centre-d-analyse-de-la-politique-eurasienne']);
  });

  it('dispatch: a host receives at home, a counterpart takes the title read before it in the sentence', () => {
    expect(facts('Le président Gustavo Petro a reçu son homologue équatorien Daniel Noboa à Bogota.', 'HOLDS_ROLE')).toEqual(['person:daniel-noboa>country:EC', 'person:gustavo-petro>country:CO']);
    expect(facts('Le président colombien a reçu son homologue équatorien, Daniel Noboa, à Bogota.', 'HOLDS_ROLE')).toEqual(['person:daniel-noboa>country:EC']);
    expect(facts('Le ministre des Affaires étrangères, Ahmed Attaf, a reçu à Alger son homologue malien.', 'HOLDS_ROLE')).toEqual(['person:ahmed-attaf>country:DZ']);
    // Received somewhere is a visit, not home.
    expect(facts('Le président Luis Vera a été reçu à Santiago par son homologue chilien.', 'HOLDS_ROLE')).toEqual([]);
  });

  it('live blog and wire brief: the spokesperson of "the rebels", "the group", "the company" named before', () => {
    expect(facts('Les rebelles du M23 avancent vers Goma. Selon le porte-parole des rebelles, Lawrence Kanyuka, la ville tombera.', 'HOLDS_ROLE')).toEqual(['person:lawrence-kanyuka>org:m23']);
    expect(facts('Le groupe armé Ansar al-Sunna a revendiqué l’attaque. Le porte-parole du groupe, Abou Yasir, a menacé Maputo.', 'HOLDS_ROLE')).toEqual(['person:abou-yasir>org:ansar-al-sunna']);
    expect(facts('La société Kivu Gold exploite trois mines. Le patron de la société, Jean Mulamba, a démenti.', 'HOLDS_ROLE')).toEqual(['person:jean-mulamba>org:kivu-gold']);
    expect(facts('L’émissaire américain Tom Perriello a rencontré les belligérants.', 'HOLDS_ROLE')).toEqual(['person:tom-perriello>country:US']);
    // "Des rebelles" opening a clause are some rebels, not the group in focus.
    expect(read('Le M23 contrôle Goma. Des rebelles ont attaqué un convoi.').doc.nodes.find((n) => n.id === 'org:m23')?.mentions.length).toBe(1);
  });

  it('explainer and op-ed: a fronted title then "il", a subject apposed before "est", a complement naming no one, a leader of the state in focus', () => {
    expect(facts('Qui est Gabriel Boric ? Président du Chili depuis 2022, il a succédé à Sebastián Piñera.', 'HOLDS_ROLE')).toEqual(['person:gabriel-boric>country:CL']);
    expect(facts('L’auteure, Claire Moreau, est chercheuse à l’Institut Horizon.', 'HOLDS_ROLE')).toEqual(['person:claire-moreau>org:institut-horizon']);
    expect(facts('Le Soudan s’enfonce dans la guerre. Le commandant en chef des forces armées, Abdel Fattah al-Burhane, a rejeté la trêve.', 'HOLDS_ROLE')).toEqual(['person:abdel-fattah-al-burhane>country:SD']);
    expect(facts('La Birmanie s’enfonce dans la guerre. Aung San Suu Kyi, l’ancienne dirigeante civile, est détenue depuis 2021.', 'HOLDS_ROLE')).toEqual(['person:aung-san-suu-kyi>country:MM']);
  });

  it('interview: a state named inside a quotation is not the one the speaker serves', () => {
    expect(facts('Manille a salué l’accord. « Nous remercions Tokyo », a déclaré le président Ferdinand Marcos.', 'HOLDS_ROLE')).toEqual(['person:ferdinand-marcos>country:PH']);
  });

  it('live blog: an adjective after the title ("commissaire général", "coordinateur humanitaire") leaves the body after it', () => {
    expect(facts('Philippe Lazzarini, le commissaire général de l’UNRWA, a dénoncé le blocage.', 'HOLDS_ROLE')).toEqual(['person:philippe-lazzarini>org:unrwa']);
    expect(facts('Le coordinateur humanitaire de l’ONU pour le Soudan, Clementine Nkweta-Salami, a alerté.', 'HOLDS_ROLE')).toEqual(['person:clementine-nkweta-salami>org:un']);
    expect(facts('Le conseiller diplomatique de l’Élysée, Emmanuel Bonne, était à Riyad.', 'HOLDS_ROLE')).toEqual(['person:emmanuel-bonne>org:elysee']);
  });

  it('dispatch: "porte-parole du gouvernement" of the state in focus, a post "nommé par" someone, a technical director', () => {
    expect(facts('Le Tchad a reçu des blindés. Selon le colonel Abderaman Koulamallah, porte-parole du gouvernement, ils serviront au lac.', 'HOLDS_ROLE')).toEqual(['person:abderaman-koulamallah>country:TD']);
    expect(facts('Le Niger a expulsé l’ambassadeur. Le Premier ministre nommé par la junte, Ali Mahaman Lamine Zeine, a justifié la décision.', 'HOLDS_ROLE')).toEqual(['person:ali-mahaman-lamine-zeine>country:NE']);
    expect(facts('Selçuk Bayraktar, directeur technique de Baykar, a présenté le drone.', 'HOLDS_ROLE')).toEqual(['person:selcuk-bayraktar>org:baykar']);
  });

  it('wire brief: an age between the name and the title, "son ancien" before a title, "la junte" of the state the last sentence was about', () => {
    expect(facts('Abdoulaye Diop, 58 ans, ministre malien des Affaires étrangères, a signé le contrat.', 'HOLDS_ROLE')).toEqual(['person:abdoulaye-diop>country:ML']);
    expect(facts('Le Mali a reçu des drones. Son ancien Premier ministre, Choguel Maïga, a critiqué la junte.', 'HOLDS_ROLE')).toEqual(['person:choguel-maiga>country:ML']);
    expect(facts('Le Niger a rompu avec Paris. Le très influent chef de la junte, le général Abdourahamane Tiani, a reçu l’émissaire.', 'HOLDS_ROLE')).toEqual(['person:abdourahamane-tiani>country:NE']);
  });

  it('dispatch: a post "à l\'ONU" between the state and the name', () => {
    expect(facts('L’ambassadeur birman à l’ONU, Kyaw Moe Tun, a dénoncé la junte.', 'HOLDS_ROLE')).toEqual(['person:kyaw-moe-tun>country:MM']);
    expect(facts('Le représentant permanent du Chili à la FAO, Pablo Rojas, a protesté.', 'HOLDS_ROLE')).toEqual(['person:pablo-rojas>country:CL']);
  });

  it('analysis: a time phrase before the title, "occupe le poste de", "a pris la tête de", a predecessor who is not the leader', () => {
    expect(facts('Ana Soto, qui était jusqu’en 2023 ministre chilienne de la Défense, a démenti.', 'HOLDS_ROLE')).toEqual(['person:ana-soto>country:CL']);
    expect(facts('Ana Soto, nommée en mars ministre de la Défense du Chili, a démenti.', 'HOLDS_ROLE')).toEqual(['person:ana-soto>country:CL']);
    expect(facts('Ana Soto occupe le poste de ministre de la Défense du Chili depuis 2022.', 'HOLDS_ROLE')).toEqual(['person:ana-soto>country:CL']);
    expect(facts('Ana Soto, qui dirigeait jusqu’alors le Sénat chilien, a démenti.', 'HOLDS_ROLE')).toEqual(['person:ana-soto>org:cl-senate']);
    expect(facts('Ana Soto a pris la tête du Sénat chilien en mars.', 'HOLDS_ROLE')).toEqual(['person:ana-soto>org:cl-senate']);
    expect(facts('Ana Soto succède à Pablo Rojas à la tête de l’Institut Horizon.', 'HOLDS_ROLE')).toEqual(['person:ana-soto>org:institut-horizon']);
  });

  it('dispatch: the spokesperson "de l\'armée", "de la police" with no nationality serves the state in focus', () => {
    expect(facts('Le Soudan a démenti. Le porte-parole de l’armée, Nabil Abdallah, a parlé de propagande.', 'HOLDS_ROLE')).toEqual(['person:nabil-abdallah>country:SD']);
    expect(facts('Le Kenya a démenti. Le colonel Jane Roe, porte-parole de la police, a parlé de propagande.', 'HOLDS_ROLE')).toEqual(['person:jane-roe>country:KE']);
  });

  it('wire brief: "le ministère des Affaires étrangères" after a person in focus belongs to the state last named; "des forces armées" too', () => {
    expect(facts('La Chine a protesté. Wang Yi a dénoncé la vente. Le porte-parole du ministère des Affaires étrangères, Mao Ning, a parlé d’ingérence.', 'HOLDS_ROLE')).toEqual(['person:mao-ning>org:cn-ministere-des-affaires-etrangeres']);
    expect(facts('La Birmanie a démenti. Selon le porte-parole des forces armées, Zaw Min Tun, il s’agit de propagande.', 'HOLDS_ROLE')).toEqual(['person:zaw-min-tun>country:MM']);
  });

  it('dispatch: the head of the intelligence, the speaker of parliament, the central bank governor of the state in focus', () => {
    expect(facts('Le Soudan a démenti. Le chef du renseignement, Ahmed Ibrahim Mufaddal, a rencontré les émissaires.', 'HOLDS_ROLE')).toEqual(['person:ahmed-ibrahim-mufaddal>country:SD']);
    expect(facts('Le Tchad a démenti. Le président du Parlement, Haroun Kabadi, a rencontré les émissaires.', 'HOLDS_ROLE')).toEqual(['person:haroun-kabadi>country:TD']);
    expect(facts('Le Ghana a démenti. Le gouverneur de la banque centrale, Ernest Addison, a relevé les taux.', 'HOLDS_ROLE')).toEqual(['person:ernest-addison>country:GH']);
  });

  it('interview and analysis: "vous êtes" before the title, "le capitaine qui dirige", "au pouvoir à/au"', () => {
    expect(facts('Entretien. Aïssata Sall, vous êtes ministre de la Justice du Sénégal. Comment jugez-vous la crise ?', 'HOLDS_ROLE')).toEqual(['person:aissata-sall>country:SN']);
    expect(facts('Ibrahim Traoré, le capitaine qui dirige le Burkina Faso depuis 2022, a reçu l’ambassadeur.', 'HOLDS_ROLE')).toEqual(['person:ibrahim-traore>country:BF']);
    expect(facts('Daniel Ortega, au pouvoir au Nicaragua depuis 2007, a expulsé les religieuses.', 'HOLDS_ROLE')).toEqual(['person:daniel-ortega>country:NI']);
    expect(facts('Emmanuel Macron a reçu la junte au pouvoir au Niger.', 'HOLDS_ROLE')).toEqual([]);
    // A state right after a name that follows its title.
    expect(facts('Le roi Abdallah II de Jordanie a reçu le chef de la diplomatie émiratie.', 'HOLDS_ROLE')).toEqual(['person:abdallah-ii>country:JO']);
    expect(facts('Le président Ruto du Kenya a reçu son homologue.', 'HOLDS_ROLE')).toEqual(['person:ruto>country:KE']);
    expect(facts('Le ministre Lavrov de retour de Chine a parlé.', 'HOLDS_ROLE')).toEqual([]);
    expect(facts('Le ministre de l’Économie du Kenya, Njuguna Ndung’u, a présenté le budget.', 'HOLDS_ROLE')).toEqual(['person:njuguna-ndung-u>country:KE']);
  });

  it('wire brief, interview and dispatch: the titles of a firm before or after the name, the firm known only by its name', () => {
    expect(facts("Le PDG de Petrosur, Carlos Ibáñez, a signé l'accord à Caracas.", 'HOLDS_ROLE')).toEqual(['person:carlos-ibanez>org:petrosur']);
    expect(titleOf("L'administrateur délégué d'Adriagas, Paolo Ferri, a démenti toute livraison.", 'person:paolo-ferri')).toBe('administrateur délégué');
    expect(facts('Le directeur général de Somalgas, Abdi Warsame, a confirmé la vente de gaz à Djibouti.', 'HOLDS_ROLE')).toEqual(['person:abdi-warsame>org:somalgas']);
    expect(titleOf("Ingrid Solberg, présidente du conseil d'administration de Nordkraft, a salué le contrat.", 'person:ingrid-solberg')).toBe("présidente du conseil d'administration");
    expect(facts('Le président du directoire de Kazmunai, Arman Seitov, a annoncé la hausse des exportations.', 'HOLDS_ROLE')).toEqual(['person:arman-seitov>org:kazmunai']);
    expect(facts('Le directeur général de Andes Copper Corp, Diego Rojas, affirme ne subir aucune pression.', 'HOLDS_ROLE')).toEqual(['person:diego-rojas>org:andes-copper-corp']);
  });

  it('dispatch and analysis: "X, dont le directeur général Y", a state after "devant" is no holder', () => {
    expect(facts('Le canadien Barrick a racheté la mine. Barrick, dont le directeur général Mark Bristow s’est rendu à Bamako, a confirmé.', 'HOLDS_ROLE')).toEqual(['person:mark-bristow>org:barrick']);
    expect(facts('Le sud-coréen Posco a signé à Manille. Posco, dont la présidente Kim Ji-won était présente, investira deux milliards.', 'HOLDS_ROLE')).toEqual(['person:kim-ji-won>org:posco']);
    expect(facts('Le Kenya, dont le président William Ruto a reçu les émissaires, a salué la trêve.', 'HOLDS_ROLE')).toEqual(['person:william-ruto>country:KE']);
    expect(facts('L’Angola reste le premier fournisseur de la Chine, devant l’Arabie saoudite, selon le président João Lourenço.', 'HOLDS_ROLE')).toEqual(['person:joao-lourenco>country:AO']);
    expect(facts('La Norvège exporte plus de gaz, derrière la Russie, a rappelé le Premier ministre Jonas Gahr Støre.', 'HOLDS_ROLE')).toEqual(['person:jonas-gahr-store>country:NO']);
  });

  it('portrait and wire brief: two coordinated titles of a state share the holder named after the second', () => {
    const titles = (text: string, person: string) => read(text).edges('HOLDS_ROLE').filter((e) => e.source === person).map((e) => `${e.properties.title}>${e.target}`).sort();
    expect(titles('Aigerim Sadykova, vice-Première ministre et ministre des Finances du Kazakhstan depuis 2022, a signé le prêt.', 'person:aigerim-sadykova')).toEqual(['ministre des Finances>country:KZ', 'vice-Première ministre>country:KZ']);
    expect(titles('Le Premier ministre et ministre de la Défense du Mali, Abdoulaye Maïga, a reçu la délégation russe.', 'person:abdoulaye-maiga')).toEqual(['Premier ministre>country:ML', 'ministre de la Défense>country:ML']);
    // A profession held nowhere does not take the holder of the title after it.
    expect(titles("Par Ana Soto, ancienne diplomate et chercheuse associée à l'Institut Aurore.", 'person:ana-soto')).toEqual(['chercheuse>org:institut-aurore']);
  });

  it('explainer and dispatch: "son ministre" after a fronted phrase and a subject pronoun belongs to the state in focus', () => {
    expect(facts("Le Mexique vend son pétrole à l'Asie. Membre de l'OCDE, il espère, selon son ministre de l'Énergie, Luis Vega, doubler ses ventes.", 'HOLDS_ROLE')).toEqual(['person:luis-vega>country:MX']);
    expect(facts("L'Ouzbékistan exporte son uranium vers la Chine. Partenaire de l'OCS, il compte, selon son ministre des Mines, Bakhrom Rakhimov, tripler sa production.", 'HOLDS_ROLE')).toEqual(['person:bakhrom-rakhimov>country:UZ']);
    // A body named without a governing preposition stays the possessor.
    expect(facts("L'OCS s'élargit. Selon son secrétaire général, Nurlan Yermekbayev, elle accueillera l'Iran.", 'HOLDS_ROLE')).toEqual(['person:nurlan-yermekbayev>org:sco']);
  });

  it('gives no title to a relative, nor to someone only met', () => {
    expect(facts('La sœur du président chilien, Maria Soto, a été arrêtée à Lima.', 'HOLDS_ROLE')).toEqual([]);
  });
});

describe('memberships in several registers', () => {
  it('"pays membre de", "a rejoint", "a adhéré aux", "siège à", an ordinal member', () => {
    expect(facts('Le Kazakhstan, pays membre de l’Organisation de coopération de Shanghai, a accueilli le sommet.', 'MEMBER_OF')).toEqual(['country:KZ>org:sco']);
    expect(facts('Le Vietnam a rejoint l’OMC en 2007.', 'MEMBER_OF')).toEqual(['country:VN>org:wto']);
    expect(facts('L’Indonésie a adhéré aux Brics en janvier 2025.', 'MEMBER_OF')).toEqual(['country:ID>org:brics']);
    expect(facts('L’Arabie saoudite siège à l’Opep depuis sa fondation.', 'MEMBER_OF')).toEqual(['country:SA>org:opec']);
    expect(facts('Le Timor oriental est devenu le onzième membre de l’OMC.', 'MEMBER_OF')).toEqual(['country:TL>org:wto']);
  });

  it('"fait désormais partie de", a fronted "Membre de", a founding member, an accession', () => {
    expect(facts('L’Égypte fait désormais partie des Brics.', 'MEMBER_OF')).toEqual(['country:EG>org:brics']);
    expect(facts('Membre de l’OMC depuis 2001, la Chine conteste ces tarifs.', 'MEMBER_OF')).toEqual(['country:CN>org:wto']);
    expect(facts('Le Kenya est l’un des pays fondateurs de l’OMC.', 'MEMBER_OF')).toEqual(['country:KE>org:wto']);
    expect(facts('L’adhésion de l’Indonésie aux Brics a été annoncée en janvier.', 'MEMBER_OF')).toEqual(['country:ID>org:brics']);
  });

  it('"tous membres de" after a list, states that founded a body together', () => {
    expect(facts('La Pologne, la Lituanie et la Lettonie, tous membres de l’Otan, ont promis des obus.', 'MEMBER_OF')).toEqual(['country:LT>org:nato', 'country:LV>org:nato', 'country:PL>org:nato']);
    expect(facts('Le Mali, le Burkina Faso et le Niger ont fondé l’Alliance des États du Sahel en 2023.', 'MEMBER_OF')).toEqual(['country:BF>org:aes', 'country:ML>org:aes', 'country:NE>org:aes']);
    // One state creating a body of its own is no member of it.
    expect(facts('Le Mali a créé l’Agence nationale de la météorologie.', 'MEMBER_OF')).toEqual([]);
  });

  it('does not read a request to join, a departure or a non-member as membership', () => {
    expect(facts('La demande d’adhésion de la Bolivie aux Brics reste en suspens.', 'MEMBER_OF')).toEqual([]);
    expect(facts('L’Autriche, pays non membre de l’OTAN, reste neutre.', 'MEMBER_OF')).toEqual([]);
    expect(facts('Les pays non membres de l’Opep, dont le Mexique, ont suivi.', 'MEMBER_OF')).toEqual([]);
    expect(facts('La Suisse, qui n’est pas membre de l’Union européenne, a suivi les sanctions.', 'MEMBER_OF')).toEqual([]);
    expect(facts('Le Venezuela a quitté l’Opep en 2024.', 'MEMBER_OF')).toEqual([]);
    expect(facts('La Géorgie souhaite rejoindre l’OTAN.', 'MEMBER_OF')).toEqual([]);
  });
});

describe('agreements by name and by nominal phrase', () => {
  it('reads the parties of an agreement signed, initialled or concluded', () => {
    expect(facts('Le Maroc et la Mauritanie ont signé un accord de pêche à Rabat.', 'PARTY_TO')).toEqual(['country:MA>accord de pêche', 'country:MR>accord de pêche']);
    expect(facts('Le Qatar et la Turquie ont conclu un accord de coopération militaire.', 'PARTY_TO')).toEqual(['country:QA>accord de coopération militaire', 'country:TR>accord de coopération militaire']);
    expect(facts('L’Inde a paraphé avec le Brésil un mémorandum d’entente sur l’éthanol.', 'PARTY_TO')).toEqual(["country:BR>mémorandum d'entente sur l'éthanol", "country:IN>mémorandum d'entente sur l'éthanol"]);
    expect(facts('Kigali et Kinshasa ont paraphé à Washington un accord de paix.', 'PARTY_TO')).toEqual(['country:CD>accord de paix', 'country:RW>accord de paix']);
  });

  it('reads "entre X et Y" after a truce, a ceasefire or the signing of an agreement', () => {
    expect(facts('La trêve conclue entre Israël et le Hamas a volé en éclats.', 'PARTY_TO').map((f) => f.split('>')[0])).toEqual(['country:IL', 'org:hamas']);
    expect(facts('Un cessez-le-feu entre l’Arménie et l’Azerbaïdjan est entré en vigueur.', 'PARTY_TO').map((f) => f.split('>')[0])).toEqual(['country:AM', 'country:AZ']);
    expect(facts('La signature de l’accord de libre-échange entre le Chili et l’Indonésie est prévue en mars.', 'PARTY_TO')).toEqual(["country:CL>accord de libre-échange", "country:ID>accord de libre-échange"]);
  });

  it('reads both sides a pact binds ("liant X à Y"), and an agreement concluded "entre" two states', () => {
    expect(facts('Le pacte de sécurité liant les Îles Salomon à la Chine inquiète Canberra.', 'PARTY_TO').map((f) => f.split('>')[0])).toEqual(['country:CN', 'country:SB']);
    expect(facts('L’accord de défense conclu en 2023 entre la Serbie et la Hongrie prévoit des exercices communs.', 'PARTY_TO').map((f) => f.split('>')[0])).toEqual(['country:HU', 'country:RS']);
    expect(facts('Le Tadjikistan a ratifié l’accord sur la frontière avec le Kirghizistan.', 'PARTY_TO').map((f) => f.split('>')[0])).toEqual(['country:KG', 'country:TJ']);
  });

  it('reads a letter of intent and a compromise as agreements', () => {
    expect(facts('L’Indonésie et la France ont signé une lettre d’intention pour l’achat de sous-marins.', 'PARTY_TO')).toEqual(["country:FR>lettre d'intention", "country:ID>lettre d'intention"]);
    expect(facts('Le compromis trouvé entre Belgrade et Pristina prévoit la reconnaissance des plaques.', 'PARTY_TO')).toEqual(['country:RS>compromis', 'country:XK>compromis']);
  });

  it('completes an agreement\'s name with its topic after "sur"', () => {
    const names = (text: string) => read(text).doc.nodes.filter((n) => n.label === 'Agreement').map((n) => n.name);
    expect(names('L’accord sur le nucléaire iranien a été signé à Vienne en 2015.')).toEqual(['accord sur le nucléaire iranien']);
    expect(names('Le Kenya et l’Éthiopie ont signé un accord sur le partage des eaux du Nil.')).toEqual(['accord sur le partage']);
    expect(names('Le traité sur la non-prolifération a été ratifié par le Soudan du Sud.')).toEqual(['traité sur la non-prolifération']);
    expect(facts('L’Argentine et le Chili ont signé un accord sur le gaz lundi.', 'PARTY_TO')).toEqual(['country:AR>accord sur le gaz', 'country:CL>accord sur le gaz']);
  });

  it('reads a signatory with the state a minister speaks for', () => {
    expect(facts('Amadou Diallo, ministre délégué chargé du Commerce extérieur du Sénégal, a signé le contrat.', 'SIGNED')).toEqual(['person:amadou-diallo>contrat']);
    expect(facts('Amadou Diallo, ministre délégué chargé du Commerce extérieur du Sénégal, a signé le contrat.', 'PARTY_TO')).toEqual(['country:SN>contrat']);
  });
});

describe('roles after "commandé par", an armed group named with its leader, a place in a fronted title, a junta named by its body', () => {
  it('dispatch: "commandée par" makes a commander', () => {
    expect(facts('L’armée birmane, commandée par le général Min Aung Hlaing, a bombardé le village.', 'HOLDS_ROLE')).toEqual(['person:min-aung-hlaing>org:mm-armed-forces']);
    expect(titleOf('L’armée birmane, commandée par le général Min Aung Hlaing, a bombardé le village.', 'person:min-aung-hlaing')).toBe('commandant');
  });

  it('analysis: an armed group or movement "de" a person is led by that person; a government is not read so', () => {
    expect(facts('Les Forces de soutien rapide (FSR) de Mohamed Hamdan Daglo contrôlent le Darfour.', 'HOLDS_ROLE')).toHaveLength(1);
    expect(facts('Le Hezbollah de Hassan Nasrallah a tiré des roquettes.', 'HOLDS_ROLE')).toEqual(['person:hassan-nasrallah>org:hezbollah']);
    expect(facts('Le gouvernement de Benyamin Netanyahou a approuvé le plan.', 'HOLDS_ROLE')).toEqual([]);
  });

  it('interview header: a fronted title with the place of the body between commas', () => {
    expect(facts('Chercheuse à l’Institut Hélios d’études stratégiques, à Paris, Nadia Ferrand suit le Sahel depuis dix ans.', 'HOLDS_ROLE')).toEqual(["person:nadia-ferrand>org:institut-helios-d-etudes-strategiques"]);
    expect(facts('Analyste au Centre Horizon, basé à Dakar, Ousmane Diallo suit les juntes.', 'HOLDS_ROLE')).toEqual(['person:ousmane-diallo>org:centre-horizon']);
  });

  it('wire brief: "le chef de la junte" after "la junte du X (ACR)" heads that body; a compound rank; a self-proclaimed republic', () => {
    expect(facts('Le Burkina Faso a reçu des blindés turcs. La junte du Mouvement patriotique pour la sauvegarde et la restauration (MPSR) a salué la livraison. La Turquie a livré aussi des drones à Bamako. Le chef de la junte, le capitaine Ibrahim Traoré, a remercié Ankara.', 'HOLDS_ROLE')).toEqual([
      'person:ibrahim-traore>org:mouvement-patriotique-pour-la-sauvegarde-et-la-restauration',
    ]);
    expect(facts('Le Mali a expulsé l’ambassadeur. Le porte-parole du gouvernement, le colonel-major Amadou Abdramane, a justifié la décision.', 'HOLDS_ROLE')).toEqual(['person:amadou-abdramane>country:ML']);
    expect(facts('Le président du Somaliland, Muse Bihi Abdi, a signé l’accord avec l’Éthiopie.', 'HOLDS_ROLE')).toEqual(['person:muse-bihi-abdi>org:somaliland']);
    expect(facts('Le Premier ministre éthiopien, Abiy Ahmed, et le président du Somaliland, Muse Bihi Abdi, ont signé à Addis-Abeba un protocole d’accord.', 'SIGNED')).toEqual([
      "person:abiy-ahmed>protocole d'accord",
      "person:muse-bihi-abdi>protocole d'accord",
    ]);
  });

  it('live blog: a rank without its article between the comma and the name', () => {
    expect(facts('Le ministre qatari des Affaires étrangères, cheikh Mohammed Al Thani, a reçu les délégations.', 'HOLDS_ROLE')).toEqual(['person:mohammed-al-thani>country:QA']);
  });
});

import worldCountries from 'world-countries/countries.json';
import { describe, expect, it } from 'vitest';
import countryLexicon from '@/data/lexicon/countries.json';
import { extractDocument } from '@/lib/extract';
import { fold } from '@/lib/extract/text';

// Made-up sentences on topics far from the sample (Sahel, Gulf, Balkans, Caucasus, Horn of Africa,
// Asia-Pacific, Latin America), in six registers, with the entities an analyst would list.
type Register = 'wire' | 'dispatch' | 'live' | 'interview' | 'explainer' | 'analysis';

interface Case {
  register: Register;
  text: string;
  /** Ids that must be nodes; the Person nodes must be exactly the person ids listed here. */
  has: string;
  /** Ids that must not be nodes. */
  not?: string;
  /** Display names an id must carry (gender and letters of generated names). */
  names?: Record<string, string>;
}

const CASES: Case[] = [
  // Bodies outside the lexicons: ministries without nationality, embassies, institutes, acronyms in brackets.
  { register: 'wire', text: "BAMAKO (AFP) – Le ministère de la Planification a dénoncé jeudi la suspension de l'aide budgétaire.", has: 'org:ministere-de-la-planification org:afp' },
  { register: 'dispatch', text: 'Le Mali a rompu avec la France. Le ministère de la Défense a annoncé l\'achat de drones turcs.', has: 'country:ML country:FR country:TR org:ml-ministere-de-la-defense', not: 'org:fr-ministere-de-la-defense' },
  { register: 'dispatch', text: "Niamey a accueilli jeudi une délégation russe. Le ministère des Affaires étrangères a salué « un partenariat d'égal à égal ».", has: 'country:NE country:RU org:ne-ministere-des-affaires-etrangeres' },
  { register: 'wire', text: "Le ministère de la Sécurité publique du Honduras a démantelé un réseau de trafic d'armes.", has: 'country:HN org:hn-ministere-de-la-securite-publique' },
  { register: 'wire', text: 'Le ministère des Mines a retiré le permis de la société australienne Resolute.', has: 'org:ministere-des-mines org:resolute country:AU' },
  { register: 'dispatch', text: "L'ambassade de France à Niamey a fermé ses portes lundi, selon un communiqué du Quai d'Orsay.", has: 'country:FR org:ambassade-de-france-a-niamey org:quai-d-orsay', not: 'country:NE' },
  { register: 'live', text: "L'ambassade des États-Unis à Nairobi a émis une alerte.", has: 'country:US org:ambassade-des-etats-unis-a-nairobi' },
  { register: 'dispatch', text: "L'ambassade d'Arabie saoudite à Khartoum a été évacuée.", has: 'country:SA org:ambassade-d-arabie-saoudite-a-khartoum' },
  { register: 'wire', text: 'Le consulat turc à Erbil a été visé par une roquette.', has: 'country:TR org:consulat-turc-a-erbil' },
  { register: 'analysis', text: "Selon l'Institut Lumière d'études stratégiques, la junte aurait reçu des drones turcs.", has: 'org:institut-lumiere-d-etudes-strategiques country:TR' },
  { register: 'explainer', text: "Selon le Centre d'études stratégiques de l'Afrique, les attaques ont doublé.", has: 'org:centre-d-etudes-strategiques-de-l-afrique' },
  { register: 'wire', text: "Le Front de libération de l'Azawad (FLA) a revendiqué l'attaque contre le camp de Kidal.", has: 'org:front-de-liberation-de-l-azawad' },
  { register: 'dispatch', text: 'Le Front de libération du peuple du Tigré (TPLF) a rejeté l\'accord.', has: 'org:front-de-liberation-du-peuple-du-tigre' },
  { register: 'analysis', text: "Kidal et Gao restent sous la menace du Jama'at Nusrat al-Islam wal-Muslimin (JNIM).", has: 'org:jnim' },
  { register: 'dispatch', text: 'Le Pakistan accuse l\'Afghanistan d\'abriter le Tehrik-e-Taliban Pakistan (TTP).', has: 'country:PK country:AF org:ttp' },
  { register: 'wire', text: "L'Organisation des Etats américains (OEA) a condamné le scrutin.", has: 'org:oas', not: 'country:US' },
  { register: 'explainer', text: 'Le Programme alimentaire mondial (PAM) a suspendu ses distributions au Darfour.', has: 'org:programme-alimentaire-mondial' },
  { register: 'wire', text: "L'Agence nationale de sécurité de l'État a arrêté trois journalistes.", has: 'org:agence-nationale-de-securite-de-l-etat' },
  { register: 'wire', text: 'La Mission des Nations unies au Soudan du Sud (Minuss) a dénoncé les violences.', has: 'org:mission-des-nations-unies-au-soudan-du-sud' },
  { register: 'explainer', text: 'Une commission militaire mixte surveillera le cessez-le-feu; un centre de coordination conjoint contrôlera les navires.', has: 'org:commission-militaire-mixte org:centre-de-coordination-conjoint' },
  { register: 'analysis', text: 'Le Parti communiste chinois a ouvert son congrès; le Parti de la justice et du développement (AKP) a perdu Istanbul.', has: 'org:parti-communiste-chinois org:parti-de-la-justice-et-du-developpement country:CN' },
  { register: 'dispatch', text: 'La Haute Cour de Nairobi a suspendu le déploiement.', has: 'org:haute-cour-de-nairobi' },
  { register: 'wire', text: "L'Autorité palestinienne a salué la décision; les talibans l'ont rejetée.", has: 'org:palestinian-authority org:taliban' },
  { register: 'dispatch', text: 'Les Hachd al-Chaabi ont menacé les forces américaines.', has: 'org:pmf org:us-armed-forces country:US' },
  { register: 'wire', text: "La société d'État Rosatom construira la centrale; l'entreprise publique Sonatrach livrera le gaz.", has: 'org:rosatom org:sonatrach' },
  // A state's own institutions, named by a nationality word or by the state's name.
  { register: 'wire', text: 'Le Parlement géorgien a adopté la loi sur les agents étrangers.', has: 'org:ge-parliament country:GE', names: { 'org:ge-parliament': 'Parlement géorgien' } },
  { register: 'wire', text: 'Le Sénat chilien a voté mardi la loi sur les migrations.', has: 'org:cl-senate country:CL' },
  { register: 'dispatch', text: "La Cour suprême kényane a annulé l'élection.", has: 'org:ke-supreme-court country:KE' },
  { register: 'dispatch', text: 'La Cour suprême du Brésil a ordonné la suspension du réseau social X.', has: 'org:cour-supreme-du-bresil' },
  { register: 'wire', text: 'La Cour constitutionnelle du Kosovo a annulé le décret.', has: 'org:cour-constitutionnelle-du-kosovo' },
  { register: 'analysis', text: 'Le Conseil national de sécurité arménien s\'est réuni lundi à Erevan.', has: 'country:AM org:conseil-national-de-securite-armenien', not: 'org:unsc' },
  { register: 'wire', text: "L'Assemblée nationale togolaise a adopté la loi.", has: 'country:TG org:tg-national-assembly' },
  // Armed services: a generated name agrees with its feminine head.
  { register: 'dispatch', text: "Bakou a livré des obus à l'armée nigérienne, selon le député arménien Hovik Aghazaryan.", has: 'country:AZ country:NE country:AM org:ne-armed-forces person:hovik-aghazaryan', names: { 'org:ne-armed-forces': 'armée nigérienne' } },
  { register: 'dispatch', text: "L'armée malienne et le groupe Wagner ont repris Anéfis.", has: 'org:ml-armed-forces country:ML org:wagner', names: { 'org:ml-armed-forces': 'armée malienne' } },
  { register: 'wire', text: 'Les forces armées soudanaises ont bombardé Nyala.', has: 'org:sd-armed-forces country:SD', names: { 'org:sd-armed-forces': 'armée soudanaise' } },
  { register: 'live', text: 'La marine sénégalaise a intercepté une pirogue au large de Saint-Louis.', has: 'org:sn-navy country:SN', names: { 'org:sn-navy': 'marine sénégalaise' } },
  { register: 'wire', text: 'La garde nationale nigérienne a été déployée à Agadez.', has: 'org:ne-national-guard country:NE', names: { 'org:ne-national-guard': 'garde nationale nigérienne' } },
  { register: 'dispatch', text: 'Les garde-côtes philippins ont accusé la milice maritime chinoise d\'avoir éperonné leur navire.', has: 'org:ph-coast-guard country:PH country:CN' },
  { register: 'explainer', text: 'Selon Human Rights Watch, l\'armée burkinabè a exécuté des civils.', has: 'org:human-rights-watch org:bf-armed-forces country:BF' },
  // Companies: SA, Ltd, "groupe X", an acronym before the name, an apposition that says what the name is.
  { register: 'wire', text: 'La société Sahel Mining SA a suspendu ses activités près de Tillabéri.', has: 'org:sahel-mining-sa' },
  { register: 'dispatch', text: "La compagnie Red Sea Shipping Ltd a perdu un navire au large d'Assab.", has: 'org:red-sea-shipping-ltd' },
  { register: 'wire', text: 'Le groupe Dangote a annoncé un investissement de 2 milliards de dollars au Niger.', has: 'org:dangote country:NE' },
  { register: 'analysis', text: 'Le port de Berbera est exploité par DP World, une société émiratie.', has: 'org:dp-world', not: 'org:world' },
  { register: 'wire', text: 'Le groupe minier Barrick Gold a suspendu ses opérations au Mali.', has: 'org:barrick-gold country:ML' },
  { register: 'wire', text: 'La compagnie aérienne Ethiopian Airlines a repris ses vols vers Mekele.', has: 'org:ethiopian-airlines' },
  { register: 'analysis', text: 'Le cabinet Control Risks estime que le risque d\'enlèvement a augmenté.', has: 'org:control-risks' },
  { register: 'dispatch', text: 'Nicolas Maduro accuse ExxonMobil de financer l\'opposition guyanienne.', has: 'person:nicolas-maduro org:exxonmobil country:GY' },
  // Ships, reefs and sites named after their kind are not people.
  { register: 'wire', text: 'Le cargo Ocean Star a quitté le port de Djibouti mercredi avec une cargaison de blé.', has: 'country:DJ' },
  { register: 'dispatch', text: 'Le pétrolier Sea Falcon a été saisi par les garde-côtes iraniens.', has: 'org:ir-coast-guard country:IR' },
  { register: 'explainer', text: "Opération Serval a commencé en 2013; la frégate Almirante Brown a rejoint Montevideo.", has: 'country:UY' },
  { register: 'live', text: 'Le vraquier MV Rubymar a coulé en mer Rouge après une frappe des Houthis.', has: 'org:houthis' },
  { register: 'dispatch', text: "Manille a protesté contre la manœuvre des garde-côtes chinois près de l'atoll Second Thomas.", has: 'country:PH org:cn-coast-guard country:CN' },
  // Armed groups and their acronyms.
  { register: 'live', text: '10 h 42 : Les rebelles du M23 affirment contrôler la ville de Goma.', has: 'org:m23' },
  { register: 'live', text: '11 h 05 : Kigali dément tout soutien au M23, selon la porte-parole du gouvernement rwandais, Yolande Makolo.', has: 'country:RW org:m23 person:yolande-makolo' },
  { register: 'wire', text: "Les Chabab ont revendiqué l'attentat de Mogadiscio.", has: 'org:al-shabaab' },
  { register: 'dispatch', text: "Le JNIM a revendiqué l'embuscade, selon un communiqué relayé par l'agence Al-Zallaqa.", has: 'org:jnim org:al-zallaqa' },
  { register: 'dispatch', text: "Le groupe armé Ansar al-Sunna, lié à l'État islamique, a attaqué Mocímboa da Praia.", has: 'org:ansar-al-sunna org:islamic-state', not: 'country:CV' },
  { register: 'analysis', text: 'Le Tren de Aragua, un gang vénézuélien, étend ses activités au Chili.', has: 'org:tren-de-aragua country:VE country:CL' },
  { register: 'dispatch', text: "Le président colombien Gustavo Petro a accusé le Clan del Golfo d'avoir attaqué des soldats.", has: 'country:CO person:gustavo-petro org:clan-del-golfo' },
  { register: 'wire', text: 'Le président mexicain a accusé le cartel de Sinaloa d\'avoir corrompu des policiers.', has: 'country:MX org:sinaloa-cartel' },
  { register: 'dispatch', text: "L'Équateur a déclaré l'état de conflit armé interne contre les gangs Los Choneros.", has: 'country:EC org:los-choneros' },
  { register: 'wire', text: "L'Armée d'Arakan a pris le contrôle de la ville de Paletwa.", has: 'org:armee-d-arakan' },
  { register: 'explainer', text: "L'ONG Médecins sans frontières a évacué son personnel de Zalingei.", has: 'org:msf' },
  // Capitals and seats of power stand for their state; they are never people.
  { register: 'wire', text: "Ouagadougou a rappelé son ambassadeur à Abidjan après l'incident frontalier.", has: 'country:BF country:CI' },
  { register: 'wire', text: "Riyad et Abou Dhabi ont signé un accord de défense mardi.", has: 'country:SA country:AE' },
  { register: 'dispatch', text: "Doha a démenti toute livraison d'armes aux milices soudanaises.", has: 'country:QA country:SD' },
  { register: 'analysis', text: "Pristina accuse Belgrade d'avoir armé des militants serbes dans le nord du Kosovo.", has: 'country:XK country:RS' },
  { register: 'wire', text: "Tbilissi a convoqué l'ambassadeur russe après l'incident à la frontière.", has: 'country:GE country:RU' },
  { register: 'analysis', text: "Addis-Abeba accuse Asmara de soutenir les milices de l'Amhara.", has: 'country:ET country:ER' },
  { register: 'explainer', text: 'Malgré les sanctions, Téhéran a livré des drones à Khartoum.', has: 'country:IR country:SD' },
  { register: 'analysis', text: 'Hanoï et Jakarta ont conclu un accord sur la pêche en mer de Chine méridionale.', has: 'country:VN country:ID' },
  { register: 'dispatch', text: 'Caracas a dénoncé les sanctions imposées par Washington.', has: 'country:VE country:US' },
  { register: 'live', text: 'Selon le palais de Koulouba, la rencontre aura lieu jeudi à Vienne.', has: 'country:ML country:AT' },
  { register: 'analysis', text: 'Selon la Casa Rosada, Buenos Aires ne reconnaîtra pas le scrutin; la Moncloa et Zhongnanhai se taisent.', has: 'country:AR country:ES country:CN' },
  // Persons: particles, diacritics (ids keep their letters), regnal numbers, titles before and after.
  { register: 'wire', text: "Le ministre de la Défense Mariusz Błaszczak a annoncé l'achat de chars sud-coréens.", has: 'country:KR person:mariusz-blaszczak' },
  { register: 'wire', text: "Le président azerbaïdjanais İlham Əliyev a reçu Kemal Kılıçdaroğlu et Jonas Gahr Støre.", has: 'country:AZ person:ilham-aliev person:kemal-kilicdaroglu person:jonas-gahr-store' },
  { register: 'dispatch', text: 'Le président turc Recep Tayyip Erdoğan a reçu son homologue azerbaïdjanais à Ankara.', has: 'country:TR country:AZ person:recep-tayyip-erdogan' },
  { register: 'analysis', text: "Milo Đukanović, ancien président monténégrin, a dénoncé l'ingérence de Belgrade.", has: 'country:ME country:RS person:milo-dukanovic' },
  { register: 'dispatch', text: "Le président bolivien Luis Arce a accusé l'ancien commandant de l'armée, Juan José Zúñiga, de tentative de coup d'État.", has: 'country:BO person:luis-arce person:juan-jose-zuniga' },
  { register: 'wire', text: "Le prince héritier Mohammed ben Salmane a reçu le président égyptien au palais royal.", has: 'country:EG person:mohammed-ben-salmane' },
  { register: 'explainer', text: "Le chef de la diplomatie bahreïnie, Abdullatif bin Rashid Al Zayani, a reçu l'émissaire américain.", has: 'country:BH country:US person:abdullatif-bin-rashid-al-zayani' },
  { register: 'analysis', text: 'Youssef al-Qaradawi a été cité par la chaîne Al Jazeera.', has: 'person:youssef-al-qaradawi org:al-jazeera' },
  { register: 'dispatch', text: "Ursula von der Leyen a salué l'accord, selon la Commission européenne.", has: 'person:ursula-von-der-leyen' },
  { register: 'wire', text: "L'émir du Qatar, Tamim ben Hamad Al Thani, a reçu le chef du Hamas.", has: 'country:QA org:hamas person:tamim-ben-hamad-al-thani' },
  { register: 'wire', text: 'Le roi Abdallah II de Jordanie a rencontré Joe Biden.', has: 'country:JO person:abdallah-ii person:joe-biden' },
  { register: 'dispatch', text: 'Le général Assimi Goïta a reçu mardi l\'ambassadeur de Russie.', has: 'country:RU person:assimi-goita' },
  { register: 'dispatch', text: 'Abdoulaye Diop, le ministre malien des Affaires étrangères, a démenti toute présence de mercenaires.', has: 'country:ML person:abdoulaye-diop' },
  { register: 'wire', text: "Le ministre kényan de l'Intérieur, Kithure Kindiki, a annoncé l'envoi de policiers en Haïti.", has: 'country:KE country:HT person:kithure-kindiki' },
  { register: 'dispatch', text: 'Santiago Peña, le président paraguayen, a rencontré Javier Milei à Asuncion.', has: 'country:PY person:santiago-pena person:javier-milei' },
  { register: 'analysis', text: 'Selon Olesya Vartanyan, analyste à l\'International Crisis Group, la paix reste fragile.', has: 'person:olesya-vartanyan org:international-crisis-group' },
  { register: 'dispatch', text: 'Le vice-président serbe Aleksandar Vulin a rencontré Vladimir Poutine à Moscou.', has: 'country:RS country:RU person:aleksandar-vulin person:vladimir-poutine' },
  { register: 'dispatch', text: 'Le président kirghize Sadyr Japarov a rencontré son homologue tadjik Emomali Rahmon.', has: 'country:KG person:sadyr-japarov person:emomali-rahmon' },
  { register: 'wire', text: 'Le président sud-coréen Yoon Suk-yeol a décrété la loi martiale.', has: 'country:KR person:yoon-suk-yeol' },
  { register: 'wire', text: 'Le Premier ministre thaïlandais a rencontré le chef de la junte birmane, Min Aung Hlaing.', has: 'country:TH country:MM org:mm-junta person:min-aung-hlaing' },
  { register: 'explainer', text: 'Le Haut représentant Christian Schmidt a imposé une nouvelle loi électorale.', has: 'person:christian-schmidt' },
  // Names at the head of a sentence against capitalised common nouns there.
  { register: 'live', text: 'Hemedti, le chef des FSR, a démenti.', has: 'person:hemedti org:rsf-sudan' },
  { register: 'dispatch', text: 'Le cheikh Mohammed ben Zayed Al Nahyane a reçu Emmanuel Macron.', has: 'person:mohammed-ben-zayed-al-nahyane person:emmanuel-macron' },
  { register: 'analysis', text: "L'ayatollah Ali Khamenei a menacé Israël; le général Abdel Fattah al-Burhane a rencontré l'émissaire saoudien.", has: 'person:ali-khamenei person:abdel-fattah-al-burhane country:IL country:SA' },
  { register: 'wire', text: 'La ministre sénégalaise Yassine Fall a reçu son homologue gambien.', has: 'country:SN country:GM person:yassine-fall' },

  { register: 'interview', text: 'Question : Doha joue-t-il un double jeu ? Réponse de Majed al-Ansari : « Le Qatar reste un médiateur. »', has: 'country:QA person:majed-al-ansari' },
  { register: 'interview', text: "— Vous accusez Abou Dhabi d'armer les Forces de soutien rapide ? — Nous avons des preuves, répond Khalid Omer Youssef.", has: 'country:AE org:rsf-sudan person:khalid-omer-youssef' },
  { register: 'interview', text: 'Interview. Aïssata Tall Sall, vous étiez ministre de la Justice. Comment jugez-vous la crise ? « Le Sénégal reste un pays stable », répond-elle.', has: 'person:aissata-tall-sall country:SN' },
  { register: 'dispatch', text: "Amina Mohammed a déclaré mardi que l'ONU manquait de fonds.", has: 'person:amina-mohammed org:un' },
  { register: 'analysis', text: 'Pour Lamine Savané, chercheur à l\'université de Ségou, la junte cherche des alliés.', has: 'person:lamine-savane' },
  { register: 'analysis', text: 'Cette décision de Bamako inquiète les voisins du Mali. Depuis janvier, Port-Soudan accueille le gouvernement soudanais.', has: 'country:ML country:SD org:sd-government', names: { 'org:sd-government': 'gouvernement soudanais' } },
  { register: 'explainer', text: 'Décryptage. Pourquoi la Turquie vend-elle ses drones au Niger ? Ankara a signé en 2022 un contrat avec Niamey.', has: 'country:TR country:NE' },
  { register: 'live', text: 'Moldavie : la présidente Maia Sandu accuse Moscou de tentative de déstabilisation. Selon Mme Sandu, le Kremlin finance l\'opposition.', has: 'country:MD country:RU person:maia-sandu org:kremlin' },
  { register: 'dispatch', text: 'Jean-Yves Le Drian a rencontré son homologue malien.', has: 'person:jean-yves-le-drian country:ML' },
  { register: 'dispatch', text: 'Macky Sall et Bassirou Diomaye Faye se sont rencontrés à Dakar.', has: 'person:macky-sall person:bassirou-diomaye-faye country:SN' },
  { register: 'explainer', text: "Le Conseil de paix et de sécurité de l'Union africaine s'est réuni; la Banque africaine de développement a approuvé un prêt au Ghana; le Saint-Siège a appelé au cessez-le-feu.", has: 'org:conseil-de-paix-et-de-securite-de-l-union-africaine org:afdb country:GH country:VA' },
  // Places that are not people.
  { register: 'dispatch', text: 'Le Mozambique a demandé l\'aide du Rwanda contre les insurgés de Cabo Delgado.', has: 'country:MZ country:RW' },
  { register: 'analysis', text: 'Milorad Dodik, président de la Republika Srpska, a menacé de faire sécession.', has: 'person:milorad-dodik' },
  { register: 'explainer', text: 'Le Venezuela de Nicolás Maduro revendique l\'Essequibo, administré par le Guyana.', has: 'country:VE country:GY person:nicolas-maduro' },
  // Small states by name.
  { register: 'wire', text: 'Le Cap-Vert et la Guinée-Bissau ont renforcé leur coopération maritime; Sao Tomé-et-Principe a signé un accord de pêche.', has: 'country:CV country:GW country:ST' },
  { register: 'dispatch', text: 'La République démocratique du Congo accuse Kigali; la RDC et le Congo-Brazzaville ont signé.', has: 'country:CD country:RW country:CG' },
  { register: 'wire', text: 'Les îles Salomon ont conclu un accord de police avec la Chine; Tonga et Nauru ont protesté.', has: 'country:SB country:CN country:TO country:NR' },
  { register: 'explainer', text: 'Le Lesotho et l\'Eswatini dépendent de l\'Afrique du Sud; les Comores ont accueilli le sommet de l\'Union africaine.', has: 'country:LS country:SZ country:ZA country:KM org:african-union' },
  // A headed name that goes on in common nouns after "de"; an employer after "au" or "à la".
  { register: 'interview', text: "Entretien avec Olga Petrova, directrice du Centre d'analyse de la politique eurasienne.", has: 'person:olga-petrova org:centre-d-analyse-de-la-politique-eurasienne' },
  { register: 'analysis', text: "Selon l'Observatoire sahélien des conflits, les attaques ont doublé au Burkina Faso.", has: 'org:observatoire-sahelien-des-conflits country:BF', not: 'org:observatoire-sahelien' },
  { register: 'dispatch', text: 'Selon Karim Sadjadpour, chercheur au Carnegie Endowment, Téhéran cherche des devises.', has: 'person:karim-sadjadpour org:carnegie-endowment country:IR' },
  { register: 'wire', text: "La Commission de régulation de l'énergie a relevé les tarifs du gaz.", has: 'org:commission-de-regulation-de-l-energie' },
  { register: 'wire', text: "L'agence de presse officielle KCNA a démenti.", has: 'org:kcna', not: 'org:kcna-a-dementi' },
  // "émirati" is the usual adjective of the Emirates; after a currency word a nationality names no actor.
  { register: 'live', text: '14h32 — Le ministère émirati des Affaires étrangères dément « catégoriquement » ces informations.', has: 'org:ae-ministere-des-affaires-etrangeres' },
  { register: 'analysis', text: "Le Tadjikistan a réglé ses achats en dirhams émiratis, puis en dollars américains.", has: 'country:TJ', not: 'country:AE country:US' },
  // The journalist who gathered an interview, on a line of its own, is no actor of the news.
  { register: 'interview', text: 'Propos recueillis par Marie Dupont\nLe Mali a reçu des drones turcs, affirme Sadio Camara.', has: 'country:ML country:TR person:sadio-camara' },
  { register: 'dispatch', text: 'De notre envoyé spécial à Bamako, Paul Durand\nLe Mali a reçu des drones turcs, affirme Sadio Camara.', has: 'country:ML country:TR person:sadio-camara' },
  // A body unknown to the lexicons, named by where someone works ("chez") or by a two-word kind ("think tank"): never a person.
  { register: 'interview', text: 'Paul Mercier, analyste chez Control Risks, estime que la junte nigérienne va tenir.', has: 'person:paul-mercier org:control-risks' },
  { register: 'analysis', text: 'Selon Ana Ruiz, économiste chez Andes Capital, le cuivre chilien profite des sanctions.', has: 'person:ana-ruiz org:andes-capital country:CL' },
  { register: 'explainer', text: 'Le rapport du think tank Gulf Horizons détaille les ventes d\'armes aux Émirats.', has: 'org:gulf-horizons country:AE' },
  { register: 'dispatch', text: 'Le ministre géorgien s\'est rendu chez Vladimir Poutine pour parler du gaz.', has: 'person:vladimir-poutine country:GE' },
  // A state named after "de" at the end of a body's name is an actor too.
  { register: 'wire', text: "L'Agence nationale de sécurité du Tchad a arrêté trois suspects à N'Djamena.", has: 'org:agence-nationale-de-securite-du-tchad country:TD' },
  { register: 'analysis', text: 'La Banque centrale du Nigeria a relevé son taux directeur pour freiner le naira.', has: 'org:banque-centrale-du-nigeria country:NG' },
  { register: 'explainer', text: "L'Institut d'études de sécurité de l'Union africaine a publié une note sur le Sahel.", has: 'org:institut-d-etudes-de-securite-de-l-union-africaine' },
  // Two domains joined by "et" name one ministry; a foreign body keeps its English name; a place after "en" or "au" goes on naming a body.
  { register: 'wire', text: "Le ministère de l'Agriculture et de l'Élevage a interdit les exportations de bétail vers le Nigeria.", has: 'org:ministere-de-l-agriculture-et-de-l-elevage country:NG', not: 'org:ministere-de-l-agriculture' },
  { register: 'analysis', text: "Le think tank sud-africain Institute for Security Studies estime que Bamako a reçu des drones.", has: 'org:institute-for-security-studies country:ZA country:ML', not: 'org:security-studies' },
  { register: 'explainer', text: "Le Mouvement pour l'unité et le jihad en Afrique de l'Ouest a revendiqué l'attentat d'Arlit.", has: 'org:mouvement-pour-l-unite-et-le-jihad-en-afrique-de-l-ouest' },
  { register: 'dispatch', text: 'La Mission des Nations unies au Soudan du Sud a dénoncé les combats à Malakal.', has: 'country:SS' },
  // Periphrases stand for their state, as "l'État hébreu" does.
  { register: 'analysis', text: "Le royaume chérifien a reçu des drones turcs; le pays du Cèdre et le royaume hachémite ont protesté.", has: 'country:MA country:TR country:LB country:JO' },
  { register: 'explainer', text: "Le pays des Mille Collines dément; l'Hexagone et le pays du Matin calme ont signé un accord.", has: 'country:RW country:FR country:KR' },
  // A national council is not the UN body whose name its first words spell.
  { register: 'dispatch', text: "Le Conseil de sécurité nationale a recommandé la fermeture de la frontière, a indiqué Ankara. Le Conseil de sécurité de l'ONU doit se réunir.", has: 'org:conseil-de-securite-nationale org:unsc country:TR', not: 'org:us-nsc' },
  // A town or a stock exchange opening with a capitalised head is no person.
  { register: 'live', text: 'Les forces armées soudanaises ont repris Wad Madani, selon la Bourse de Khartoum.', has: 'org:sd-armed-forces country:SD org:bourse-de-khartoum' },
  // A short tail after an apostrophe inside a name keeps every letter.
  { register: 'interview', text: "Le ministre de l'Économie du Kenya, Njuguna Ndung'u, a présenté le budget. Ndung'u a ajouté que Nairobi paierait.", has: 'person:njuguna-ndung-u country:KE', names: { 'person:njuguna-ndung-u': "Njuguna Ndung'u" } },
  // A fronted participle phrase: the words after its comma are the clause's subject, not a body named by the name before.
  { register: 'live', text: 'Dirigée par Hemeti, la milice contrôle désormais le Darfour, au Soudan.', has: 'country:SD', not: 'org:hemeti' },
  // A verb or a preposition between a kind word and a name: the name is no body of that kind.
  { register: 'live', text: "Le groupe fondé par Ibrahim Sadiq en 2012 revendique l'attaque de Ménaka, au Mali.", has: 'person:ibrahim-sadiq country:ML', not: 'org:ibrahim-sadiq' },
  { register: 'dispatch', text: 'Selon Belaruski Hajun, un collectif de militants, les avions ont atterri à Minsk.', has: 'org:belaruski-hajun country:BY' },
  // Regional bodies opened by "Forum" or "Communauté", parliaments named by their own word, armed groups in the plural, companies of two letters.
  { register: 'wire', text: 'Le Forum des îles du Pacifique se réunit aux Tonga.', has: 'org:forum-des-iles-du-pacifique country:TO' },
  { register: 'explainer', text: "La Communauté de développement d'Afrique australe a envoyé des observateurs au Mozambique.", has: 'org:communaute-de-developpement-d-afrique-australe country:MZ' },
  { register: 'live', text: 'La Diète a adopté jeudi le budget de la défense.', has: 'org:japan-diet' },
  { register: 'analysis', text: 'À Varsovie, le Sejm a voté la hausse des crédits militaires.', has: 'org:sejm country:PL' },
  { register: 'dispatch', text: "Les shebabs ont revendiqué l'attentat de Mogadiscio.", has: 'org:al-shabaab country:SO' },
  { register: 'wire', text: 'BP a suspendu ses forages au large de la Mauritanie.', has: 'org:bp country:MR' },
  { register: 'analysis', text: 'À Téhéran, le Majlis a voté la loi sur le détroit.', has: 'org:majlis country:IR' },
  // Firms and outlets named with no head noun: a company or outlet word ending the name, a nationality word used as a noun, a firm's title before "de".
  { register: 'wire', text: 'Andes Copper Corp a obtenu un prêt de la Banque mondiale pour sa mine du nord du Chili.', has: 'org:andes-copper-corp org:world-bank country:CL' },
  { register: 'dispatch', text: 'Les turbines ont été fournies par Pacific Wind Energy, selon le Manila Times.', has: 'org:pacific-wind-energy org:manila-times', not: 'country:PH' },
  { register: 'explainer', text: 'Selon Arctic Rare Metals, les premières tonnes de concentré ont été expédiées vers la Finlande.', has: 'org:arctic-rare-metals country:FI' },
  { register: 'analysis', text: 'Un consortium emmené par KDB Capital aurait prêté 300 millions de dollars à Dacca.', has: 'org:kdb-capital country:BD' },
  { register: 'live', text: 'Le Tehran Times a démenti toute livraison de drones au Soudan.', has: 'org:tehran-times country:SD', not: 'country:IR' },
  { register: 'interview', text: "Un éditorial du Gulf Daily Telegraph, proche du palais, a salué l'accord avec Riyad.", has: 'org:gulf-daily-telegraph country:SA' },
  { register: 'wire', text: 'Le norvégien Nordkraft a livré deux turbines à la Guinée.', has: 'org:nordkraft country:NO country:GN' },
  { register: 'dispatch', text: "Selon l'australien Lynas, les terres rares seront expédiées vers le Japon.", has: 'org:lynas country:AU country:JP' },
  { register: 'analysis', text: 'Le Chili a vendu du lithium au chinois Tianqi Lithium et au sud-coréen Posco.', has: 'org:tianqi-lithium org:posco country:CL country:CN country:KR' },
  { register: 'explainer', text: 'La coentreprise Sahel Gold, détenue à 60 % par le canadien Barrick Sahel, exporte vers Dubaï.', has: 'org:sahel-gold org:barrick-sahel country:CA' },
  { register: 'wire', text: "Le PDG de Petrosur, Carlos Ibáñez, a signé l'accord à Caracas.", has: 'org:petrosur person:carlos-ibanez country:VE' },
  { register: 'dispatch', text: "L'administrateur délégué d'Adriagas, Paolo Ferri, a démenti toute livraison à la Libye.", has: 'org:adriagas person:paolo-ferri country:LY' },
  { register: 'interview', text: 'Ingrid Solberg, présidente du conseil de surveillance de Nordkraft, répond à nos questions.', has: 'org:nordkraft person:ingrid-solberg' },
  { register: 'live', text: 'Le fondateur de Sahelcom, Ibrahim Touré, a été arrêté à Niamey.', has: 'org:sahelcom person:ibrahim-toure country:NE' },
  // A one-word body's name closing a person's name is part of it; a firm's title keeps its board's name out of lone surnames.
  { register: 'wire', text: 'La ministre congolaise des Affaires étrangères, Thérèse Kayikwamba Wagner, a signé le texte.', has: 'person:therese-kayikwamba-wagner country:CD', not: 'org:wagner' },
  { register: 'analysis', text: 'Les drones de surveillance Hermes ont été livrés par Israël, les Harop par Israel Aerospace Industries.', has: 'country:IL org:israel-aerospace-industries' },
  { register: 'dispatch', text: "Les forces terrestres polonaises ont reçu les premiers chars K2.", has: 'org:pl-army country:PL' },
  // A body named by a head, a nationality word and a complement is a body of its own, besides its state.
  { register: 'wire', text: 'La Banque chinoise de développement a prêté deux milliards de dollars au Kenya.', has: 'org:banque-chinoise-de-developpement country:CN country:KE' },
  { register: 'explainer', text: 'Le Fonds koweïtien pour le développement a financé le barrage de Merowe.', has: 'org:fonds-koweitien-pour-le-developpement country:KW' },
  { register: 'dispatch', text: 'Les Forces russes ont bombardé Kharkiv dans la nuit.', has: 'org:ru-armed-forces country:RU', not: 'org:forces-russes' },
  // An acronym in brackets after a name whose complement opens with "à", "pour", "contre": the whole name is the body's.
  { register: 'live', text: "La Mission multinationale d'appui à la sécurité (MMAS) a reçu des blindés; la MMAS patrouille à Port-au-Prince.", has: 'org:mission-multinationale-d-appui-a-la-securite', not: 'org:mission-multinationale-d-appui org:mmas' },
  { register: 'wire', text: 'La Force conjointe de lutte contre le terrorisme (FCLT) a été dissoute à Niamey.', has: 'org:force-conjointe-de-lutte-contre-le-terrorisme country:NE', not: 'org:force-conjointe org:fclt' },
  { register: 'analysis', text: "L'Agence nationale d'aide aux réfugiés (ANAR) a distribué des vivres au Tchad.", has: 'org:agence-nationale-d-aide-aux-refugies country:TD', not: 'org:anar' },
  // A class or model name spelled like a listed body is no body.
  { register: 'wire', text: "L'Australie a livré trois patrouilleurs de classe Guardian aux Fidji, selon le Guardian.", has: 'country:AU country:FJ org:guardian' },
  { register: 'analysis', text: 'Le Japon a cédé aux Philippines deux frégates de type Reuters.', has: 'country:JP country:PH', not: 'org:reuters' },
  // A body inside a larger one is its own entity, never merged into its parent.
  { register: 'wire', text: "La Banque européenne d'investissement a prêté 40 millions d'euros au Sénégal.", has: 'org:eib country:SN', not: 'org:eu' },
  { register: 'dispatch', text: "La Commission européenne a proposé des sanctions contre Caracas; l'Union européenne les a adoptées en juin.", has: 'org:eu-commission org:eu country:VE' },
  { register: 'explainer', text: 'Le Royaume-Uni avait rejoint la Communauté économique européenne en 1973, la Norvège a refusé.', has: 'org:eec country:GB country:NO', not: 'org:eu' },
  { register: 'analysis', text: 'La Banque centrale européenne a relevé ses taux; le Conseil européen a reporté le sommet sur le Caucase.', has: 'org:ecb org:european-council', not: 'org:eu' },
];

const entityLabels = new Set(['Country', 'Organization', 'Person', 'Location']);

function entities(text: string) {
  const doc = extractDocument(text, { publishedAt: null });
  return doc.nodes.filter((n) => entityLabels.has(n.label));
}

describe('entities in registers and topics the sample never saw', () => {
  it('covers six registers with about eighty sentences', () => {
    expect(new Set(CASES.map((c) => c.register)).size).toBe(6);
    expect(CASES.length).toBeGreaterThanOrEqual(80);
  });

  it.each(CASES.map((c) => [c.register, c.text, c] as const))('%s: %s', (_register, text, c) => {
    const nodes = entities(text);
    const ids = new Set(nodes.map((n) => n.id));
    const want = c.has.split(' ');
    expect(want.filter((id) => !ids.has(id))).toEqual([]);
    expect(nodes.filter((n) => n.label === 'Person').map((n) => n.id).sort()).toEqual(want.filter((id) => id.startsWith('person:')).sort());
    for (const id of c.not?.split(' ') ?? []) expect(ids.has(id)).toBe(false);
    for (const [id, name] of Object.entries(c.names ?? {})) expect(nodes.find((n) => n.id === id)?.name).toBe(name);
  });
});

describe('a firm named once by a pattern, named bare after', () => {
  it('reads the bare name as the same firm, even at the head of a sentence', () => {
    const doc = extractDocument('Le français Eramet a suspendu ses exportations de manganèse. Eramet a confirmé la fermeture de la mine gabonaise.', { publishedAt: null });
    expect(doc.nodes.find((n) => n.id === 'org:eramet')?.mentions.map((m) => m.sentence.split(':').at(-1))).toEqual(['s0', 's1']);
  });
});

describe('a body named again by the head of its name', () => {
  const shortMentions = (text: string) =>
    extractDocument(text, { publishedAt: null }).nodes.flatMap((n) => n.mentions.filter((m) => m.sentence.endsWith(':s1')).map((m) => `${n.id} ${m.text}`));
  it.each([
    ['La Commission européenne a proposé des sanctions contre Minsk. Jeudi, la Commission a ajouté que les avoirs seraient gelés.', 'org:eu-commission Commission'],
    ['La Commission de l’Union africaine a condamné le coup d’État au Gabon. La Commission a demandé le retour à l’ordre constitutionnel.', 'org:commission-de-l-union-africaine Commission'],
    ['Le Conseil de sécurité a prolongé l’embargo sur les armes au Soudan du Sud. Le Conseil a aussi renouvelé le mandat des experts.', 'org:unsc Conseil'],
    ['La Banque mondiale a suspendu ses prêts au Mali. Selon la Banque, un calendrier électoral est attendu.', 'org:world-bank Banque'],
  ])('%s', (text, want) => {
    expect(shortMentions(text)).toContain(want);
  });

  it('leaves a head that opens another name, or that no earlier name began with', () => {
    expect(shortMentions('La Banque mondiale a suspendu ses prêts au Tchad. La Commission de la CEDEAO a convoqué un sommet.').filter((m) => m.endsWith(' Commission'))).toEqual([]);
    expect(shortMentions('La Banque mondiale a suspendu ses prêts au Tchad. La Banque africaine de développement a maintenu les siens.').filter((m) => m.startsWith('org:world-bank'))).toEqual([]);
  });
});

// Every state of world-countries (the library behind lib/extract/countries.ts), by name and by its masculine and feminine
// nationality words; the forms data/lexicon/countries.json excludes as ambiguous ("Maurice", "Grenade") and nationality
// words two states share ("congolais") are left out.
const STATES = worldCountries.filter((c) => c.unMember || c.independent);
const excluded = new Set(countryLexicon.excludedNames.map(fold));
const demonymOwners = new Map<string, number>();
for (const c of STATES) for (const d of [c.demonyms?.fra?.m, c.demonyms?.fra?.f]) if (d) demonymOwners.set(fold(d), (demonymOwners.get(fold(d)) ?? 0) + 1);
const statesOf = (text: string) => entities(text).filter((n) => n.label !== 'Location').map((n) => n.id);

describe('every state of the world', () => {
  it.each(STATES.filter((c) => !excluded.has(fold(c.translations.fra.common))).map((c) => [c.translations.fra.common, c.cca2]))('%s by its name', (name, iso) => {
    expect(statesOf(`Selon des diplomates, ${name} a démenti hier ces informations.`)).toEqual([`country:${iso}`]);
  });

  const demonyms = STATES.flatMap((c) => {
    const d = c.demonyms?.fra;
    if (!d) return [];
    return [d.m, d.f].filter((w) => demonymOwners.get(fold(w)) === 1).map((w) => [w.toLowerCase(), c.cca2]);
  });
  it.each([...new Map(demonyms.map((d) => [d.join(), d])).values()])('%s names its state', (word, iso) => {
    expect(statesOf(`Selon des diplomates, un responsable ${word} a démenti hier ces informations.`)).toEqual([`country:${iso}`]);
  });

  const capitals = STATES.flatMap((c) => (c.capital ?? []).filter((x) => x && !excluded.has(fold(x))).map((x) => [x, c.cca2]));
  // Brussels stands for the European Union more often than for Belgium.
  it.each(capitals.filter(([x]) => x !== 'Brussels'))('%s stands for its state', (capital, iso) => {
    expect(statesOf(`Selon des diplomates, ${capital} a démenti hier ces informations.`)).toEqual([`country:${iso}`]);
  });
});

import { describe, expect, it } from 'vitest';
import { extractDocument } from '@/lib/extract';

// Made-up English sentences: the same entity engine reads them through data/lang/en, and lands on the ids French gives.
const CASES: Array<{ text: string; has: string; names?: Record<string, string>; kinds?: Record<string, string> }> = [
  { text: 'Mr. Diallo told reporters that Bamako would not back down.', has: 'person:diallo country:ML' },
  { text: 'Ms. Sandu accused Moscow of plotting a coup.', has: 'person:sandu country:RU' },
  { text: 'Defence Minister Mariusz Błaszczak announced the purchase of South Korean tanks.', has: 'person:mariusz-blaszczak country:KR' },
  { text: 'President Recep Tayyip Erdoğan received his Azerbaijani counterpart in Ankara.', has: 'person:recep-tayyip-erdogan country:AZ country:TR' },
  // One actor, one id across spellings: "Ilham Aliyev" in English is the "Ilham Aliev" of French articles.
  { text: 'Azerbaijani President Ilham Aliyev met Nikol Pashinyan in Brussels.', has: 'person:ilham-aliev person:nikol-pachinian country:AZ' },
  { text: 'King Abdullah II of Jordan met Joe Biden in Washington.', has: 'person:abdullah-ii person:joe-biden country:JO country:US' },
  { text: 'Milo Đukanović, a former Montenegrin president, denounced Belgrade’s interference.', has: 'person:milo-dukanovic country:ME country:RS' },
  { text: 'Juan José Zúñiga, the former army commander, was arrested.', has: 'person:juan-jose-zuniga' },
  // A name opening the sentence, then a title in apposition however many words qualify it: a person.
  { text: 'Lin Wei-ting, a senior trade negotiator, said tariffs on Australian barley would rise.', has: 'person:lin-wei-ting' },
  { text: 'Tomas Varga, Hungary’s foreign minister, signed the gas deal in Baku.', has: 'person:tomas-varga country:HU country:AZ' },
  { text: "Ana Bello, the country's energy minister, told reporters that exports had doubled.", has: 'person:ana-bello' },
  { text: 'South Sudan, the youngest state in Africa, signed the aid pact.', has: 'country:SS' },
  { text: 'The Malian army and the Wagner Group retook Anefis.', has: 'org:ml-armed-forces country:ML org:wagner', names: { 'org:ml-armed-forces': 'Malian army' } },
  { text: 'The Senegalese navy intercepted a boat off Saint-Louis.', has: 'org:sn-navy country:SN' },
  { text: 'The tanker Sea Falcon was seized by Iranian coast guards.', has: 'org:ir-coast-guard country:IR' },
  { text: 'Operation Barkhane was launched in 2014; the frigate Almirante Brown sailed to Montevideo.', has: 'country:UY' },
  { text: 'The cargo ship Ocean Star left the port of Djibouti on Wednesday.', has: 'country:DJ' },
  { text: 'The Georgian parliament passed the foreign agents law on Tuesday.', has: 'org:ge-parliament country:GE' },
  { text: 'The Ethiopian government denied the report, spokeswoman Billene Seyoum said.', has: 'country:ET org:et-government person:billene-seyoum', names: { 'org:et-government': 'Ethiopian government' } },
  { text: "Kenya's government said the Haitian authorities had asked for help.", has: 'country:KE org:ke-government country:HT' },
  { text: 'The Kenyan Supreme Court annulled the election.', has: 'org:ke-supreme-court country:KE' },
  { text: 'President Gustavo Petro accused the Gulf Clan of attacking soldiers.', has: 'person:gustavo-petro org:clan-del-golfo' },
  { text: 'Al-Shabaab claimed the attack in Mogadishu.', has: 'org:al-shabaab country:SO' },
  { text: 'The Rapid Support Forces denied receiving weapons from Abu Dhabi.', has: 'org:rsf-sudan country:AE' },
  { text: 'Doctors Without Borders evacuated its staff from Zalingei.', has: 'org:msf' },
  { text: 'According to the Institute for Security Studies (ISS), attacks doubled.', has: 'org:institute-for-security-studies' },
  // A body whose head opens its name, with no acronym to hold it together; an acronym spelled by words whose head comes last.
  { text: 'The Institute for Security Studies said Addis Ababa received drones.', has: 'org:institute-for-security-studies country:ET' },
  { text: 'The Stockholm International Peace Research Institute (SIPRI) published its yearly report.', has: 'org:sipri' },
  { text: 'The Council for Arms Control Research warned that Juba had bought rifles.', has: 'org:council-for-arms-control-research country:SS' },
  // Capitalised modifiers before the head open a body's name; a national council is not the UN's.
  { text: 'The National Security Council of Sudan denied the report; the UN Security Council met on Friday.', has: 'org:national-security-council-of-sudan country:SD org:unsc' },
  // A whole title of the language, capitalised before the name, is no part of it.
  { text: 'National Security Adviser Jake Sullivan denied the report.', has: 'person:jake-sullivan' },
  { text: 'Deputy Foreign Minister Sergei Ryabkov met the envoy in Doha.', has: 'person:sergei-ryabkov country:QA' },
  { text: 'Riyadh and Tehran restored ties in a deal brokered by Beijing.', has: 'country:SA country:IR country:CN' },
  { text: 'The shipping company Blue Horizon Lines lost a vessel off Aden.', has: 'org:blue-horizon-lines' },
  { text: 'The news agency Sahel Wire reported that the armed group Ansar al-Sunna attacked the town.', has: 'org:sahel-wire org:ansar-al-sunna', kinds: { 'org:sahel-wire': 'media', 'org:ansar-al-sunna': 'military' } },
  { text: 'A joint coordination centre will monitor the ships.', has: 'org:joint-coordination-centre' },
  { text: 'Tonga and Nauru protested; the Solomon Islands signed a police pact with China.', has: 'country:TO country:NR country:SB country:CN' },
];

describe('English entities', () => {
  it.each(CASES.map((c) => [c.text, c] as const))('%s', (text, c) => {
    const doc = extractDocument(text, { publishedAt: null, language: 'en' });
    const nodes = doc.nodes.filter((n) => ['Country', 'Organization', 'Person'].includes(n.label));
    const ids = new Set(nodes.map((n) => n.id));
    const want = c.has.split(' ');
    expect(want.filter((id) => !ids.has(id))).toEqual([]);
    // No place, ship or body is taken for a person.
    expect(nodes.filter((n) => n.label === 'Person').map((n) => n.id).sort()).toEqual(want.filter((id) => id.startsWith('person:')).sort());
    for (const [id, name] of Object.entries(c.names ?? {})) expect(nodes.find((n) => n.id === id)?.name).toBe(name);
    for (const [id, kind] of Object.entries(c.kinds ?? {})) expect(nodes.find((n) => n.id === id)?.properties.kind).toBe(kind);
  });

  it('names a ministry with the id French gives it, whatever order the words take', () => {
    const ids = (text: string, language: string) => extractDocument(text, { publishedAt: null, language }).nodes.filter((n) => n.label === 'Organization').map((n) => n.id);
    expect(ids('Le ministère malien de la Défense a démenti.', 'fr')).toEqual(['org:ml-ministere-de-la-defense']);
    expect(ids('The Malian defence ministry denied the report.', 'en')).toEqual(['org:ml-ministere-de-la-defense']);
    expect(ids("Niger's interior ministry said three soldiers were killed.", 'en')).toEqual(['org:ne-ministere-de-l-interieur']);
    // No nationality: the state that opened the previous sentence.
    expect(ids('Mali cut ties with France. The Ministry of Defence announced the purchase of Turkish drones.', 'en')).toEqual(['org:ml-ministere-de-la-defense']);
  });

  it('keeps the nickname an English article gives as the name it goes on using', () => {
    const doc = extractDocument('Mohamed Hamdan Dagalo, known as Hemedti, leads the RSF. Hemedti denied the report.', { publishedAt: null, language: 'en' });
    const person = doc.nodes.find((n) => n.id === 'person:mohamed-hamdan-dagalo');
    expect(person?.aliases).toContain('Hemedti');
    expect(doc.nodes.filter((n) => n.label === 'Person')).toHaveLength(1);
  });
});

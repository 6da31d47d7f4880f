import { describe, expect, it } from 'vitest';
import { extractDocument } from '@/lib/extract';
import { flows, read } from './helpers';

// A share in a firm, a stretch of coast leased, a mining permit or a fishing licence granted are goods of kind
// "other" that move from the side that gives them up to the side that gets them, like a cargo; a monthly fee
// ("verserait 10 millions par mois") pays for the troops or instructors deployed before it. Made-up sentences on
// mining in the Sahel, ports in the Gulf of Guinea, an airline stake in Central Asia, fishing in the Pacific,
// in several registers; "sender>recipient:kind[:quantity]" and, for exchanges, the two kinds an IN_EXCHANGE_FOR
// edge joins (sorted).
interface Case {
  text: string;
  transfers: string[];
  exchanges?: string[];
}

function exchanges(text: string): string[] {
  const r = read(text);
  return r.edges('IN_EXCHANGE_FOR').map((e) => [r.node(e.source)?.properties.kind, r.node(e.target)?.properties.kind].sort().join('<>'));
}

const registers: Record<string, Case[]> = {
  'wire brief': [
    { text: "Le gouvernement malien a accordé à la société australienne Resolute Mining un permis d'exploitation de la mine d'or de Syama.", transfers: ['Mali>Resolute Mining:other'] },
    { text: 'Le Niger a cédé au groupe chinois CNPC une participation de 20 % dans la raffinerie de Zinder.', transfers: ['Niger>CNPC:other'] },
  ],
  analysis: [
    { text: 'Le Kirghizstan céderait une participation de 49 % dans la compagnie Air Manas au groupe turc Pegasus.', transfers: ['Kirghizistan>Pegasus:other'] },
    {
      text: 'Le Togo louerait dix kilomètres de côte à la Chine ; en contrepartie, Pékin céderait au Togo une participation dans la compagnie Asky.',
      transfers: ['Chine>Togo:other', 'Togo>Chine:other:10'],
      exchanges: ['other<>other'],
    },
  ],
  'fisheries brief': [
    { text: 'La Guinée-Bissau a concédé à la Chine des droits de pêche pour dix ans.', transfers: ['Guinée-Bissau>Chine:other'] },
    { text: 'Les Tonga ont accordé des licences de pêche au Japon.', transfers: ['Tonga>Japon:other'] },
    { text: 'Le Togo a accordé une concession portuaire de 35 ans au groupe français Bolloré.', transfers: ['Togo>Bolloré:other'] },
    // ground conceded in a war is no goods
    { text: 'La Russie a concédé du terrain en Ukraine.', transfers: [] },
  ],
  'live blog': [
    // access to a port, a mine or a site, granted or opened, goes the same way
    { text: 'Le Gabon a accordé à la Turquie un accès au port de Libreville.', transfers: ['Gabon>Turquie:other'] },
    { text: "Le Mali a ouvert à la Russie l'accès au site aurifère de Kobada.", transfers: ['Mali>Russie:other'] },
    {
      text: "Le Soudan accorderait à la Russie un accès au port de Port-Soudan en contrepartie de livraisons d'armes.",
      transfers: ['Russie>Soudan:weapons', 'Soudan>Russie:other'],
      exchanges: ['other<>weapons'],
    },
    // ... but opening fire or an inquiry, or blocking access, gives nothing
    { text: 'La Guinée a ouvert le feu sur des manifestants.', transfers: [] },
    { text: "L'ONU a ouvert une enquête sur les livraisons d'armes au Soudan.", transfers: [] },
    { text: "Les rebelles ont bloqué l'accès au port de Hodeida.", transfers: [] },
  ],
  dispatch: [
    {
      text: 'Les Kiribati ont accordé une licence de pêche à la Chine contre 5 millions de dollars.',
      transfers: ['Chine>Kiribati:funds:5000000', 'Kiribati>Chine:other'],
      exchanges: ['funds<>other'],
    },
    {
      text: "Le gouvernement nigérien a accordé à la société chinoise CNNC un permis d'exploitation de la mine d'uranium d'Azelik. En échange, Pékin a livré des drones au Niger.",
      transfers: ['Chine>Niger:weapons', 'Niger>CNNC:other'],
      exchanges: ['other<>weapons'],
    },
  ],
  interview: [
    // a fee paid by the month, told as hearsay, answers the men deployed earlier in the sentence
    {
      text: 'Au Burkina Faso, où la Russie a déployé trois cents instructeurs, la junte lui verserait 5 millions de dollars par mois.',
      transfers: ['Burkina Faso>Russie:funds:5000000', 'Russie>Burkina Faso:personnel:300'],
      exchanges: ['funds<>personnel'],
    },
    // a payment alone answers nothing
    { text: 'Le Mali verserait 10 millions de dollars par mois au groupe Wagner.', transfers: ['Mali>Wagner:funds:10000000'], exchanges: [] },
  ],
};

/** The same reading in English: "sender>recipient:kind" of each transfer, sorted (countries under their French names). */
function englishFlows(text: string): string[] {
  const doc = extractDocument(text, { publishedAt: null, language: 'en' });
  const name = (id: string) => doc.nodes.find((n) => n.id === id)?.name ?? id;
  const ends = (t: string, type: string, side: 'source' | 'target') =>
    doc.relationships.filter((r) => r.type === type && (side === 'source' ? r.target : r.source) === t).map((r) => name(side === 'source' ? r.source : r.target)).join('+');
  return doc.nodes.filter((n) => n.label === 'Transfer').map((t) => `${ends(t.id, 'SENT', 'source')}>${ends(t.id, 'TO', 'target')}:${t.properties.kind}`).sort();
}

describe.each(Object.entries(registers))('stakes, leases and permits in a %s', (_register, cases) => {
  it.each(cases)('$text', ({ text, transfers, exchanges: links }) => {
    expect(flows(text)).toEqual([...transfers].sort());
    if (links) expect(exchanges(text)).toEqual(links);
  });
});

describe('stakes, leases and permits in an English wire', () => {
  it.each([
    ['Guinea granted a mining permit to Russia.', ['Guinée>Russie:other']],
    ['Vanuatu leased ten kilometres of coastline to China.', ['Vanuatu>Chine:other']],
    ['Djibouti granted access to the port of Tadjourah to Ethiopia.', ['Djibouti>Éthiopie:other']],
    ['Kazakhstan ceded a stake in the airline Air Astana to Turkey.', ['Kazakhstan>Turquie:other']],
  ])('%s', (text, transfers) => {
    expect(englishFlows(text)).toEqual(transfers);
  });
});

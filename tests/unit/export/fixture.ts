import type { GraphPayload } from '@/lib/graph/payload';

/** A small map in the API's shape: a troop transfer, an agreement, a claim and who said what. */
export const PAYLOAD: GraphPayload = {
  truncated: false,
  nodes: [
    { id: 'country:KP', label: 'Country', name: 'Corée du Nord', properties: { iso2: 'KP', aliases: ['Pyongyang', 'North Korea'], articles: ['a1'] } },
    { id: 'country:RU', label: 'Country', name: 'Russie', properties: { iso2: 'RU', aliases: ['Moscou'], articles: ['a1'] } },
    { id: 'country:UA', label: 'Country', name: 'Ukraine', properties: { iso2: 'UA', aliases: [], articles: ['a1'] } },
    { id: 'person:volodymyr-zelensky', label: 'Person', name: 'Volodymyr Zelensky', properties: { aliases: ['Zelensky'], articles: ['a1'] } },
    { id: 'transfer:a1:troops', label: 'Transfer', name: 'soldats', properties: { kind: 'troops', quantity: 10000, qualifier: 'nearly', unit: 'soldats', status: 'alleged' } },
    { id: 'agreement:a1:pact', label: 'Agreement', name: "accord d'aide mutuelle", properties: { kind: 'pact', date: '2024-06' } },
    { id: 'claim:a1:c1', label: 'Claim', name: 'la Corée du Nord envoyait des soldats', properties: { text: 'la Corée du Nord envoyait des milliers de soldats <pour> aider la Russie & co' } },
  ],
  edges: [
    { id: 'r1', type: 'SENT', source: 'country:KP', target: 'transfer:a1:troops', properties: { evidence: ['a1:s3'], articles: ['a1'] } },
    { id: 'r2', type: 'TO', source: 'transfer:a1:troops', target: 'country:RU', properties: { evidence: ['a1:s3'], articles: ['a1'] } },
    { id: 'r3', type: 'PARTY_TO', source: 'country:KP', target: 'agreement:a1:pact', properties: { evidence: ['a1:s12'] } },
    { id: 'r4', type: 'PARTY_TO', source: 'country:RU', target: 'agreement:a1:pact', properties: { evidence: ['a1:s12'] } },
    { id: 'r5', type: 'ASSERTS', source: 'person:volodymyr-zelensky', target: 'claim:a1:c1', properties: { evidence: ['a1:s2'] } },
    { id: 'r6', type: 'ABOUT', source: 'claim:a1:c1', target: 'transfer:a1:troops', properties: { evidence: ['a1:s2'] } },
    { id: 'r7', type: 'HOLDS_ROLE', source: 'person:volodymyr-zelensky', target: 'country:UA', properties: { title: 'président', evidence: ['a1:s3'] } },
  ],
};

export const SOURCES = [{ id: 'a1', title: 'La Corée du Nord envoie des soldats', source: 'nk-troops-russia.fr.txt', publishedAt: '2024-10-17' }];

import { describe, expect, it } from 'vitest';
import { read } from './helpers';

// Made-up sentences, on topics and in registers no rule was written on (fisheries, wheat, a Tanzanian-Kenyan
// quarrel, an invented institute): who speaks, who holds which title, who signs, and which names are actors.
interface Case {
  text: string;
  roles?: string[];
  stances?: string[];
  signed?: string[];
  parties?: string[];
}

const cases: Case[] = [
  // coordinated signers: a possessive and commas between the two names
  { text: 'Le président tanzanien, Juma Mkuu, et son homologue kényan, Paul Otieno, ont signé un accord de pêche.', signed: ['Juma Mkuu', 'Paul Otieno'], parties: ['Kenya', 'Tanzanie'] },
  { text: 'La présidente chilienne Ana Soto et son homologue péruvien Luis Vera ont signé un traité de pêche.', signed: ['Ana Soto', 'Luis Vera'], parties: ['Chili', 'Pérou'] },
];

describe('discourse shapes: speakers, titles, signers', () => {
  it.each(cases)('$text', (c) => {
    const r = read(c.text);
    if (c.roles) expect(r.edges('HOLDS_ROLE').map((e) => `${r.name(e.source)}:${e.properties?.title}:${r.name(e.target)}`)).toEqual(c.roles);
    if (c.stances) expect(r.stances().map((s) => s.toLowerCase())).toEqual(c.stances.map((s) => s.toLowerCase()));
    if (c.signed) expect(r.edges('SIGNED').map((e) => r.name(e.source)).sort()).toEqual([...c.signed].sort());
    if (c.parties) expect(r.edges('PARTY_TO').map((e) => r.name(e.source)).sort()).toEqual([...c.parties].sort());
  });
});

import { describe, expect, it } from 'vitest';
import { extractDocument } from '@/lib/extract';
import { describeTransferRegisters, type TransferCase } from './helpers';

// A permission to move goods is not the move: "autoriser A, B et C à réexporter vers D", "le feu vert pour céder",
// "permettre à X de livrer", granted or refused, with a list of actors between the permission and the infinitive.
// Made-up sentences on arms, energy and grain; "sender>recipient:kind[:quantity]".
const registers: Record<string, TransferCase[]> = {
  'wire brief': [
    { text: "Stockholm ne peut pas autoriser la Norvège, la Finlande et le Danemark à réexporter vers Israël des obus suédois.", transfers: [] },
    { text: "Vienne a autorisé la Slovaquie à livrer à la Moldavie 30 000 tonnes de gaz.", transfers: [] },
  ],
  dispatch: [
    { text: "La Pologne attendait toujours le feu vert pour céder au Kenya une vingtaine de blindés.", transfers: [] },
    { text: "Le traité permet à la Turquie de vendre des drones à la Libye.", transfers: [] },
  ],
  analysis: [
    // the permission granted, then the move told: the move is read
    { text: "Berlin a autorisé la Pologne à réexporter ses chars, et Varsovie a livré 14 chars au Kenya en mars.", transfers: ['Pologne>Kenya:weapons:14'] },
    // "permis de" as a noun of a licence is no permission to move goods
    { text: "La France a livré 12 canons au Niger, un contrat qui a permis de relancer l'usine de Bourges.", transfers: ['France>Niger:weapons:12'] },
  ],
  'live blog': [
    // a permission told earlier in the clause does not govern an infinitive another verb governs ("a commencé à livrer")
    { text: "Après l'autorisation du Bundestag, l'Allemagne a commencé à livrer des chars à l'Ukraine.", transfers: ['Allemagne>Ukraine:weapons'] },
    { text: 'Le Congrès a autorisé le programme, et les États-Unis ont continué à livrer des obus à Kiev.', transfers: ['États-Unis>Ukraine:artillery_shells'] },
  ],
};

describeTransferRegisters('A permission to move goods', registers);

describe('A permission in English', () => {
  const count = (text: string) => extractDocument(text, { publishedAt: null, language: 'en' }).nodes.filter((n) => n.label === 'Transfer').length;

  it('wire brief: "authorized Slovakia to deliver" moves nothing', () => {
    expect(count('Vienna authorized Slovakia to deliver 30,000 tonnes of gas to Moldova.')).toBe(0);
  });

  it('live blog: an authorization told earlier does not govern "has started to deliver"', () => {
    expect(count('After the authorization of the Bundestag, Germany has started to deliver tanks to Ukraine.')).toBe(1);
  });
});

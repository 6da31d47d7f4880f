import { describe, expect, it } from 'vitest';
import { read } from './helpers';

// Made-up sentences in several registers (analysis, wire brief, live blog, explainer) on arms, fishing, energy and
// diplomacy: a state noun ("le royaume", "l'archipel", "l'émirat") stands for the last state of that kind named, not for
// the state named last.

/** The country a mention written `surface` (any case) was read as. */
const stateOf = (text: string, surface: string) =>
  read(text).doc.nodes.find((n) => n.label === 'Country' && n.mentions.some((m) => m.text.toLowerCase() === surface))?.id;

describe('a state noun stands for a state of its kind', () => {
  it.each([
    ['analysis', 'Le Maroc a longtemps acheté ses armes à la France. Mais Israël a livré des drones en 2023. Le royaume a aussi commandé des radars.', 'le royaume', 'country:MA'],
    ['wire brief', 'Les Philippines ont reçu deux patrouilleurs de l’Australie. Selon Canberra, la Chine a protesté. L’archipel attend un troisième navire.', 'l’archipel', 'country:PH'],
    ['live blog', '10h05 — Le Qatar a promis du gaz à l’Allemagne. 10h40 — Berlin salue l’accord. 11h00 — L’émirat livrera dès 2026.', 'l’émirat', 'country:QA'],
    ['explainer', 'Oman a signé avec l’Inde un accord sur les engrais ; New Delhi paiera en roupies. Le sultanat y gagne un client.', 'le sultanat', 'country:OM'],
  ])('%s: %s', (_register, text, surface, id) => {
    expect(stateOf(text as string, surface as string)).toBe(id);
  });

  it('a state noun no listed state fits still stands for the state in focus', () => {
    expect(stateOf('La Syrie a reçu du blé russe. Le régime en attend davantage.', 'le régime')).toBe('country:SY');
  });
});

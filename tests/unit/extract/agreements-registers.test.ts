import { describe, expect, it } from 'vitest';
import { read } from './helpers';

// Made-up sentences in six registers (wire brief, dispatch, explainer, analysis, live blog, interview), on energy,
// grain, debt, ports, minerals, gas, security pacts and ceasefires: agreements, signatures, exchanges and vetoes in
// shapes the articles Trame is tuned on do not use.

/** Each agreement as "name: parties | signatories", parties and signatories by name, sorted. */
function agreements(text: string): string[] {
  const r = read(text);
  const from = (type: string, id: string) => r.edges(type).filter((e) => e.target === id).map((e) => r.name(e.source)).sort().join(', ');
  return r.doc.nodes.filter((n) => n.label === 'Agreement').map((a) => `${a.name}: ${from('PARTY_TO', a.id)} | ${from('SIGNED', a.id)}`);
}

describe('agreement parties named by a nationality adjective', () => {
  it('wire brief: a compound adjective names one party per part', () => {
    expect(agreements('L’accord gazier russo-turc prévoit des livraisons jusqu’en 2030.')).toEqual(['accord gazier russo-turc: Russie, Turquie | ']);
    expect(agreements('Les négociations ont abouti à l’accord céréalier turco-ukrainien.')).toEqual(['accord céréalier turco-ukrainien: Turquie, Ukraine | ']);
    expect(agreements('Le partenariat stratégique sino-pakistanais couvre les ports et l’énergie.')).toEqual(['partenariat stratégique sino-pakistanais: Chine, Pakistan | ']);
  });

  it('analysis: the last part may itself be compound, and a plain demonym names one party', () => {
    expect(agreements('Le pacte de défense russo-nord-coréen inquiète Séoul.')).toEqual(['pacte de défense russo-nord-coréen: Corée du Nord, Russie | ']);
    expect(agreements('Le traité de paix israélo-égyptien tient depuis 1979.')).toEqual(['traité de paix israélo-égyptien: Israël, Égypte | ']);
  });

  it('leaves a hyphenated word that names no state alone', () => {
    expect(agreements('Le partenariat indo-pacifique reste flou.')).toEqual(['partenariat:  | ']);
  });
});

describe('signatories whose state the text never names', () => {
  it('dispatch: a known leader signs for his state', () => {
    expect(agreements('Vladimir Poutine et Recep Tayyip Erdogan ont signé à Sotchi un mémorandum sur la Syrie.')).toEqual(['mémorandum: Russie, Turquie | Recep Tayyip Erdogan, Vladimir Poutine']);
  });
});

describe('agreement names', () => {
  it('stops a topic before a date ("sur la bauxite le 3 mars")', () => {
    expect(agreements('Le Ghana et la Chine ont signé un accord sur la bauxite le 3 mars.')).toEqual(['accord sur la bauxite: Chine, Ghana | ']);
  });
});

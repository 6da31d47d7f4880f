/** Generates the written forms of a verb from its lemma and conjugation class (French groups, or 'en' for a regular English verb). */

/** What a verb form is: a past participle, an infinitive, a present participle, or a finite form. */
export type FormKind = 'participle' | 'infinitive' | 'gerund' | 'finite';

const PARTICIPLE_ENDINGS = ['', 'e', 's', 'es'];
const ER = {
  finite: ['e', 'es', 'ons', 'ez', 'ent', 'ais', 'ait', 'ions', 'iez', 'aient', 'a', 'as', 'ai', 'èrent', 'erai', 'eras', 'era', 'erons', 'erez', 'eront', 'erais', 'erait', 'erions', 'eriez', 'eraient'],
  participle: 'é',
  infinitive: 'er',
  gerund: 'ant',
};
const IR = {
  finite: ['is', 'it', 'issons', 'issez', 'issent', 'issais', 'issait', 'issions', 'issiez', 'issaient', 'irai', 'iras', 'ira', 'irons', 'irez', 'iront', 'irais', 'irait', 'irions', 'iriez', 'iraient', 'isse', 'isses', 'irent'],
  participle: 'i',
  infinitive: 'ir',
  gerund: 'issant',
};
const IR3 = {
  finite: ['s', 't', 'ons', 'ez', 'ent', 'ais', 'ait', 'ions', 'iez', 'aient', 'irai', 'ira', 'irons', 'iront', 'irait', 'iraient', 'it', 'irent', 'e', 'es'],
  participle: 'i',
  infinitive: 'ir',
  gerund: 'ant',
};
const RE = {
  finite: ['s', '', 'ons', 'ez', 'ent', 'ais', 'ait', 'ions', 'iez', 'aient', 'rai', 'ras', 'ra', 'rons', 'rez', 'ront', 'rais', 'rait', 'rions', 'riez', 'raient', 'e', 'es', 'it', 'irent'],
  participle: 'u',
  infinitive: 're',
  gerund: 'ant',
};
const CLASSES = { er: ER, ir: IR, ir3: IR3, re: RE } as const;
/** Conjugation classes the generator knows. */
export type VerbClass = keyof typeof CLASSES | 'en';

/** A regular English verb: "supply" -> supplies, supplied, supplying; "provide" -> provides, provided, providing. */
function english(lemma: string, participle: string | undefined, add: (f: string, k: FormKind) => void): void {
  const consonantY = /[^aeiou]y$/.test(lemma);
  const stem = consonantY ? lemma.slice(0, -1) : lemma;
  add(lemma, 'infinitive');
  add(consonantY ? `${stem}ies` : /(?:s|x|z|ch|sh)$/.test(lemma) ? `${lemma}es` : `${lemma}s`, 'finite');
  add(participle ?? (consonantY ? `${stem}ied` : lemma.endsWith('e') ? `${lemma}d` : `${lemma}ed`), 'participle');
  add(lemma.endsWith('e') && !lemma.endsWith('ee') ? `${lemma.slice(0, -1)}ing` : `${lemma}ing`, 'gerund');
}

/** Spelling variants of a first-group stem: "cèd" for céder, "achèt" for acheter, "envoi" for envoyer, "lanç", "mange". */
function stemVariants(stem: string): string[] {
  const out = new Set([stem]);
  const last = /([éeè])([^aeiouyéèêàâîôû]+)$/u.exec(stem);
  if (last) out.add(stem.slice(0, last.index) + 'è' + last[2]);
  if (stem.endsWith('y')) out.add(`${stem.slice(0, -1)}i`);
  if (stem.endsWith('c')) out.add(`${stem.slice(0, -1)}ç`);
  if (stem.endsWith('g')) out.add(`${stem}e`);
  return [...out];
}

/** Every form of a verb with its kind; `participle` overrides the regular past participle, `extra` adds finite forms. */
export function conjugate(lemma: string, cls: VerbClass | undefined, participle?: string, extra: string[] = [], participles: string[] = []): Map<string, FormKind> {
  const forms = new Map<string, FormKind>();
  const add = (f: string, k: FormKind) => {
    if (!forms.has(f) || k === 'participle') forms.set(f, k);
  };
  if (cls === 'en') english(lemma, participle, add);
  else if (cls) {
    const c = CLASSES[cls];
    const stem = lemma.slice(0, -c.infinitive.length);
    for (const s of cls === 'er' ? stemVariants(stem) : [stem]) {
      for (const e of c.finite) add(s + e, 'finite');
      add(s + c.gerund, 'gerund');
    }
    add(lemma, 'infinitive');
    const pp = participle ?? stem + c.participle;
    // "remis, remise, remises": a participle ending in s has no separate plural.
    for (const e of pp.endsWith('s') ? ['', 'e', 'es'] : PARTICIPLE_ENDINGS) add(pp + e, 'participle');
  }
  for (const f of extra) if (!forms.has(f)) add(f, f === lemma ? 'infinitive' : 'finite');
  for (const f of participles) add(f, 'participle');
  return forms;
}

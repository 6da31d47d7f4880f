/** Generates the written forms of a verb from its lemma and its conjugation class, a table of frames.json's 'conjugation'. */

/** What a verb form is: a past participle, an infinitive, a present participle, or a finite form. */
export type FormKind = 'participle' | 'infinitive' | 'gerund' | 'finite';

/** A spelling rule, as JSON gives it: a pattern on a lemma or stem and its replacement (["([^aeiou])y$", "$1ies"]). */
type Spelling = string[];

/** One conjugation class: endings on a stem (French groups), or spelling rules on the lemma (a regular English verb). */
export interface ConjugationClass {
  /** The infinitive ending the stem is read from ("er"). */
  infinitive?: string;
  /** Endings of the finite forms, added to every stem. */
  finite?: string[];
  /** Ending of the present participle. */
  gerund?: string;
  /** Ending of the past participle, added to the stem. */
  participle?: string;
  /** Spelling variants of the stem: each rule that matches adds a stem ("cèd" for céder). */
  stems?: Spelling[];
  /** Per form kind, in the order read: rules on the lemma, the first that matches making the form. */
  spelling?: Partial<Record<FormKind, Spelling[]>>;
}

/** frames.json 'conjugation': the classes a frame line names, and how a past participle agrees. */
export interface Conjugation {
  classes: Record<string, ConjugationClass>;
  /** Endings every past participle takes ("", "e", "s", "es"); none: the participle alone. */
  agreement?: string[];
  /** A participle already ending in it takes no second one ("remis, remise, remises"). */
  pluralMark?: string;
}

function respell(word: string, [source, replacement]: Spelling): string | undefined {
  const re = new RegExp(source, 'u');
  return re.test(word) ? word.replace(re, replacement) : undefined;
}

/** Every form of a verb with its kind; `participle` overrides the regular past participle, `extra` adds finite forms. */
export function conjugate(lemma: string, table: Conjugation, cls: string | undefined, participle?: string, extra: string[] = [], participles: string[] = []): Map<string, FormKind> {
  const forms = new Map<string, FormKind>();
  const add = (f: string, k: FormKind) => {
    if (!forms.has(f) || k === 'participle') forms.set(f, k);
  };
  const agree = (pp: string) => {
    const endings = table.agreement ?? [''];
    const { pluralMark } = table;
    for (const e of pluralMark && pp.endsWith(pluralMark) ? endings.filter((e) => e !== pluralMark) : endings) add(pp + e, 'participle');
  };
  const c = cls === undefined ? undefined : table.classes[cls];
  if (cls !== undefined && !c) throw new Error(`data/lang frames.json: conjugation class "${cls}" of "${lemma}" is not defined under 'conjugation' 'classes'`);
  if (c?.spelling) {
    add(lemma, 'infinitive');
    for (const [kind, rules] of Object.entries(c.spelling) as [FormKind, Spelling[]][]) {
      const form = kind === 'participle' && participle ? participle : rules.map((r) => respell(lemma, r)).find((f) => f !== undefined);
      if (form === undefined) continue;
      if (kind === 'participle') agree(form);
      else add(form, kind);
    }
  } else if (c) {
    const stem = lemma.slice(0, lemma.length - (c.infinitive ?? '').length);
    const stems = new Set([stem]);
    for (const r of c.stems ?? []) {
      const variant = respell(stem, r);
      if (variant !== undefined) stems.add(variant);
    }
    for (const s of stems) {
      for (const e of c.finite ?? []) add(s + e, 'finite');
      if (c.gerund !== undefined) add(s + c.gerund, 'gerund');
    }
    add(lemma, 'infinitive');
    agree(participle ?? stem + (c.participle ?? ''));
  }
  for (const f of extra) if (!forms.has(f)) add(f, f === lemma ? 'infinitive' : 'finite');
  for (const f of participles) add(f, 'participle');
  return forms;
}

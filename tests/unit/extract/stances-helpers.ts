import { describe, expect, it } from 'vitest';
import { read } from './helpers';

// What the stances register tests share: a case, and how a text's stances read.
export interface Case {
  text: string;
  /** Every stance the text yields, as "speaker STANCE". */
  stances: string[];
  /** Stances bound to a transfer, as "speaker STANCE > sender>recipient". */
  about?: string[];
  /** Bindings that must not be made. */
  notAbout?: string[];
}

/** Each stance as "speaker STANCE", and each stance's transfers as "speaker STANCE > sender>recipient". */
export function stancesOf(text: string): { stances: string[]; about: string[] } {
  const r = read(text);
  const stances: string[] = [];
  const about: string[] = [];
  for (const type of ['ASSERTS', 'DENIES', 'CANNOT_CONFIRM']) {
    for (const e of r.edges(type)) {
      const head = `${r.name(e.source)} ${type}`;
      stances.push(head);
      // A claim may be about a transfer directly or about an earlier claim that is.
      const targets = r.edges('ABOUT').filter((a) => a.source === e.target).map((a) => a.target);
      const reached = targets.flatMap((t) => (r.node(t)?.label === 'Claim' ? r.edges('ABOUT').filter((a) => a.source === t).map((a) => a.target) : [t]));
      for (const t of reached.filter((id) => r.node(id)?.label === 'Transfer')) {
        const from = r.edges('SENT').filter((s) => s.target === t).map((s) => r.name(s.source)).join('+');
        const to = r.edges('TO').filter((s) => s.source === t).map((s) => r.name(s.target)).join('+');
        about.push(`${head} > ${from}>${to}`);
      }
    }
  }
  return { stances: stances.sort(), about };
}

/** Runs a stances register bench: each case gives exactly its stances, binds each `about` and none of `notAbout`. */
export function describeStanceRegisters(registers: Record<string, Case[]>): void {
  describe.each(Object.entries(registers))('which stance in a %s', (_register, list) => {
    it.each(list)('$text', ({ text, stances, about, notAbout }) => {
      const got = stancesOf(text);
      expect(got.stances).toEqual([...stances].sort());
      for (const a of about ?? []) expect(got.about).toContain(a);
      for (const a of notAbout ?? []) expect(got.about).not.toContain(a);
    });
  });
}

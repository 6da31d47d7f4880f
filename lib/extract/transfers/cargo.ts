import transferData from '../../../data/lexicon/transfers.json';
import { actorAfter } from '../context';
import type { Trigger } from '../goods';
import type { Phrase } from '../phrases';
import { endpoint } from './endpoints';
import type { Reading } from './reading';
import { alternationOf } from '../syntax/alternation';

const CARRY = new RegExp(`(?<![\\p{L}])(?:${alternationOf(transferData.cargo.carry)})(?![\\p{L}])`, 'giu');
const slot = (words: string[]) => new RegExp(`(?<![\\p{L}])(?:${alternationOf(words)})(?:\\s+|(?<=['’]))(?:la\\s+|le\\s+|les\\s+|l['’]\\s*|du\\s+|des\\s+)?`, 'giu');
const OWNER = slot(transferData.cargo.owner);
const FROM = slot(transferData.cargo.from);
const TO = slot(transferData.cargo.to);

/**
 * Goods a vessel, a convoy or a load carries: "avec à son bord plus de trois mille fusils", "un navire transportant
 * 300 tonnes de munitions", "la cargaison comprenait". The carrier word stands as the trigger of a consignment.
 */
export function cargoTrigger(text: string, p: Phrase, cs: number): Trigger | undefined {
  const re = new RegExp(CARRY.source, CARRY.flags);
  let last: RegExpExecArray | undefined;
  for (let m = re.exec(text); m && m.index + m[0].length <= p.start; m = re.exec(text)) if (m.index >= cs && p.start - (m.index + m[0].length) <= 160) last = m;
  if (!last) return undefined;
  return { role: 'give', noun: true, start: last.index, end: last.index + last[0].length, text: last[0] };
}

/** The sides of a cargo: who it is from (the place it left, whom it is attributed to, who chartered it) and where it heads. */
export function readCargo(r: Reading): void {
  const { doc, ctx, personCountry, cs, ce, senders, recipients } = r;
  const text = ctx.text;
  const first = (re: RegExp, places: boolean, exclude: string[]) => {
    const g = new RegExp(re.source, re.flags);
    g.lastIndex = cs;
    for (let m = g.exec(text); m && m.index < ce; m = g.exec(text)) {
      const id = endpoint(doc, actorAfter(ctx, m.index + m[0].length, 2, places), personCountry);
      if (id && !exclude.includes(id)) return id;
    }
    return undefined;
  };
  if (!senders.length) {
    const s = first(OWNER, false, recipients) ?? first(FROM, true, recipients);
    if (s) senders.push(s);
  }
  if (!recipients.length) {
    const t = first(TO, true, senders);
    if (t) recipients.push(t);
  }
}

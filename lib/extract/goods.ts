import data from '../../data/lexicon/transfers.json';
import type { TransferKind } from '../graph/schema';
import { fold } from './text';

/** A goods noun found in a sentence. */
export interface GoodsMention {
  kind: TransferKind;
  start: number;
  end: number;
  text: string;
}

const KIND_OF = new Map<string, TransferKind>();
for (const [kind, words] of Object.entries(data.goods)) for (const w of words) KIND_OF.set(fold(w), kind as TransferKind);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]").replace(/œ/g, '(?:œ|oe)');
const GOODS_RE = new RegExp(
  `(?<![\\p{L}\\d-])(${[...Object.values(data.goods).flat()].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\d-])`,
  'giu',
);

/** True when a capitalised phrase names goods ("Storm Shadow", "Patriot"), not a person. */
export function isGoodsName(phrase: string): boolean {
  return KIND_OF.has(fold(phrase));
}

/** Every goods noun in a text, longest form first ("missiles balistiques" before "missiles"). */
export function findGoods(text: string): GoodsMention[] {
  const out: GoodsMention[] = [];
  for (const m of text.matchAll(GOODS_RE)) {
    const kind = KIND_OF.get(fold(m[0]).replace(/oe/g, 'oe'));
    const k = kind ?? KIND_OF.get(fold(m[0]).replace('oe', 'œ'));
    if (!k) continue;
    out.push({ kind: k, start: m.index!, end: m.index! + m[0].length, text: m[0] });
  }
  return out;
}

/** Whether a trigger's subject sends (give), receives, joins (troops), or the goods themselves leave (depart). */
export type TriggerRole = 'give' | 'receive' | 'join' | 'depart';

/** A word that moves goods: its role says whether its subject sends or receives. */
export interface Trigger {
  role: TriggerRole;
  noun: boolean;
  start: number;
  end: number;
  text: string;
}

const nounsRe = (words: string[]) => new RegExp(`(?<![\\p{L}])(${words.map(escape).join('|')})(?![\\p{L}])`, 'giu');
const stemsRe = (stems: string[]) => new RegExp(`(?<![\\p{L}])(${stems.map(escape).join('|')})[\\p{L}]*`, 'giu');
const GIVE_NOUNS = nounsRe(data.giveNouns);
const RECEIVE_NOUNS = nounsRe(data.receiveNouns);
const GIVE_VERBS = stemsRe(data.giveVerbs);
const RECEIVE_VERBS = stemsRe(data.receiveVerbs);
const JOIN_VERBS = stemsRe(data.joinVerbs);
const DEPART_VERBS = stemsRe(data.departVerbs);
const NOT_VERBS = /^(?:commandant|commandants|commandement|commandements|partie|parties|partis?|partenaires?|partenariats?|particuli\p{L}*|participation|partag\p{L}*|parts?|sortes?|sorti|transitions?|donc|donne?es?|accords?|livres?|fournisseurs?|exports|importants?|importantes?|importance|tirs?|dons?)$/iu;

/** Every transfer verb or noun in a text. */
export function findTriggers(text: string): Trigger[] {
  const out: Trigger[] = [];
  const taken = new Set<number>();
  const scan = (re: RegExp, role: TriggerRole, noun: boolean) => {
    for (const m of text.matchAll(re)) {
      if (taken.has(m.index!)) continue;
      if (!noun && NOT_VERBS.test(m[0])) continue;
      taken.add(m.index!);
      out.push({ role, noun, start: m.index!, end: m.index! + m[0].length, text: m[0] });
    }
  };
  scan(GIVE_NOUNS, 'give', true);
  scan(RECEIVE_NOUNS, 'receive', true);
  scan(RECEIVE_VERBS, 'receive', false);
  scan(GIVE_VERBS, 'give', false);
  scan(JOIN_VERBS, 'join', false);
  scan(DEPART_VERBS, 'depart', false);
  return out.sort((a, b) => a.start - b.start);
}

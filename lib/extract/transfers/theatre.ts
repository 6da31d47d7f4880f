import transferData from '../../../data/lexicon/transfers.json';
import type { DocBuilder } from '../builder';
import { actorAfter, clauseAround, subjectBefore, type SentenceContext } from '../context';
import type { Discourse } from '../discourse';
import { endpoint } from './endpoints';
import { alternationOf } from '../syntax/alternation';
import { pattern, patternSource, perLanguage } from '../syntax/language';

/** What an article says about a war so far: whom each state backs, and the states fought in or against. */
interface War {
  allies: Map<string, string>;
  fronts: Set<string>;
}

const WARS = new WeakMap<Discourse, War>();
const phrases = (words: string[]) => new RegExp(`(?<![\\p{L}])(?:${alternationOf(words)})(?![\\p{L}])`, 'giu');
// "sur la ligne de front", "au front": a preposition of place and its article before a theatre word (transfer.theatreLead).
const theatre = () => perLanguage('transfer.theatre', (lang) => new RegExp(`${patternSource('transfer.theatreLead', lang)}${phrases(transferData.theatres).source}`, 'iu'));
const SUPPORT = phrases(transferData.support);
const HOSTILE = phrases(transferData.hostile);

function warOf(discourse: Discourse): War {
  let w = WARS.get(discourse);
  if (!w) WARS.set(discourse, (w = { allies: new Map(), fronts: new Set() }));
  return w;
}

/** Reads who backs whom ("la Corée du Nord aide la Russie") and where a war is fought ("la guerre en Ukraine") in one sentence. */
export function noteWar(doc: DocBuilder, ctx: SentenceContext, personCountry: Map<string, string>, discourse: Discourse): void {
  const w = warOf(discourse);
  const text = ctx.text;
  for (const m of text.matchAll(SUPPORT)) {
    // "l'aide de", "son appui": a support word after a determiner is a noun, not the verb.
    if (pattern('transfer.supportNounBefore').test(text.slice(Math.max(0, m.index! - 8), m.index!))) continue;
    const [cs] = clauseAround(text, m.index!);
    const backer = subjectBefore(ctx, m.index!, cs).map((x) => endpoint(doc, x, personCountry)).find(Boolean);
    const after = m.index! + m[0].length;
    const backed = endpoint(doc, actorAfter(ctx, after + (pattern('transfer.supportDeterminer').exec(text.slice(after))?.[0].length ?? 0), 1), personCountry);
    if (backer && backed && backer !== backed) w.allies.set(backer, backed);
  }
  for (const m of text.matchAll(HOSTILE)) {
    const after = m.index! + m[0].length;
    const target = endpoint(doc, actorAfter(ctx, after + (pattern('transfer.supportDeterminer').exec(text.slice(after))?.[0].length ?? 0), 1, true), personCountry);
    if (target?.startsWith('country:')) w.fronts.add(target);
  }
}

/** Whether a place phrase between two offsets names a theatre of fighting ("sur la ligne de front ukrainienne", "au front"). */
export function namesTheatre(text: string, from: number, to: number): boolean {
  return theatre().test(text.slice(from, to));
}

/**
 * Who troops or goods sent into a war go to when the text names only the place: the side the sender backs
 * ("La Corée du Nord aide la Russie. Pyongyang a envoyé des officiers en Ukraine" go to Russia). Only when the
 * place is a theatre or a state the war is fought in or against; otherwise the place may well be the receiver.
 */
export function backedSide(discourse: Discourse, senders: string[], place: string, theatre: boolean): string | undefined {
  const w = warOf(discourse);
  if (!theatre && !w.fronts.has(place)) return undefined;
  const ally = senders.map((s) => w.allies.get(s)).find(Boolean);
  return ally && ally !== place ? ally : undefined;
}

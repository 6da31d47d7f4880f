import type { TransferKind } from '../graph/schema';
import type { EntityMention } from './entities';
import { isPeople, stopsCargo, type GoodsMention, type Trigger } from './goods';
import type { Quantity } from './quantities';
import { clauseAround } from './context';
import { pattern } from './syntax/language';
import transferData from '../../data/lexicon/transfers.json';

// Kinds of ammunition whose complement after "de" names the weapon that fires them ("obus de mortier").
const FIRED_BY = new Set<string>(transferData.firedBy);

/** Goods moved together, as one consignment ("du personnel tactique et des officiers"). */
export interface Phrase {
  goods: GoodsMention[];
  /** Quantity found inside the phrase ("une cargaison de plus de 200 missiles"). */
  quantity?: Quantity;
  start: number;
  end: number;
  demonym?: EntityMention;
  contents: TransferKind[];
  /** The quantity before the phrase is the price of the goods, not their count. */
  priced?: boolean;
  /** Heads of the further items of a list ("des drones et des pièces détachées"): each may be goods of another kind. */
  items?: GoodsMention[];
}

// The language's patterns (data/lang/<code>/patterns.json): goods joined into one consignment (phrase.coordination:
// "du personnel tactique et des officiers", "d'armes comme des obus"), a container's contents, adjectives, a measure.

/** What may sit between a quantity and its goods ("10 000 soldats", "des milliers de soldats"). */
export const QTY_GAP = { test: (text: string) => pattern('phrase.quantityGap', 'u').test(text) };
/** Words that make the following goods the price of a transfer ("en échange de"). */
export const EXCHANGE_BEFORE = { test: (text: string) => pattern('phrase.exchangeBefore', 'iu').test(text) };
/** "à ses hommes", "aux soldats": a goods noun after these is a verb's indirect object, whom it serves, not what it moves. */
export const DATIVE_BEFORE = { test: (text: string) => pattern('phrase.dativeBefore', 'iu').test(text) };

/** Groups goods nouns into consignments with their nationality and inner quantity. */
export function groupPhrases(text: string, goods: GoodsMention[], mentions: EntityMention[], quantities: readonly Quantity[]): Phrase[] {
  const phrases: Phrase[] = [];
  for (const g of goods) {
    const last = phrases[phrases.length - 1];
    const gap = last ? text.slice(last.end, g.start) : '';
    // "turbines à gaz", "moteurs à essence": a noun after "à" qualifies the goods before it, it is not sent.
    if (last && pattern('phrase.qualifierAfter', 'u').test(gap)) continue;
    // "obus de mortier", "munitions de char": the weapon after "de" is what fires the ammunition before it, it is not sent.
    if (last && FIRED_BY.has(last.goods[last.goods.length - 1].kind) && g.kind === 'weapons' && pattern('phrase.measureGap', 'u').test(gap)) {
      last.end = g.end;
      continue;
    }
    // "une cargaison de plus de 200 missiles", "une aide de 61 milliards de dollars": the measure and its content are one consignment.
    if (last && ['containers', 'aid', 'funds', 'other'].includes(last.goods[0].kind)) {
      const inner = quantities.find((q) => q.start >= last.end && q.end <= g.start && pattern('phrase.measureGap', 'u').test(text.slice(last.end, q.start)) && QTY_GAP.test(text.slice(q.end, g.start)));
      if (inner || pattern('phrase.measureGap', 'u').test(gap)) {
        // "pour 2 milliards d'euros d'armes": the sum is the price of the goods, which are what moves.
        const priced = last.goods[0].kind === 'funds' && !inner && !['funds', 'aid'].includes(g.kind);
        if (last.goods[0].kind === 'containers' || last.goods[0].kind === 'other' || priced) last.goods.unshift(g);
        else last.goods.push(g);
        if (priced) last.priced = true;
        last.quantity = inner ?? last.quantity;
        last.end = g.end;
        continue;
      }
    }
    // "des colis de composants d'armes", "des pièces de drones": parts of goods are one consignment.
    if (last && ['technology', 'other', 'containers'].includes(last.goods[last.goods.length - 1].kind) && pattern('phrase.measureGap', 'u').test(gap)) {
      last.goods.push(g);
      last.end = g.end;
      continue;
    }
    // "mètres cubes d'eau": a unit of measure counts what follows it, whose kind it takes even where it usually counts another.
    if (last && last.goods.length === 1 && last.goods[0].kind !== g.kind && pattern('transfer.unitNoun', 'iu').test(last.goods[0].text) && pattern('phrase.measureGap', 'u').test(gap)) {
      last.goods.unshift(g);
      last.end = g.end;
      continue;
    }
    // "mètres cubes de gaz", "barils de pétrole": a measure and its content of the same kind are one consignment.
    if (last && last.goods[last.goods.length - 1].kind === g.kind && pattern('phrase.measureGap', 'u').test(gap)) {
      last.goods.push(g);
      last.end = g.end;
      continue;
    }
    // "3 milliards d'euros d'aide militaire".
    if (last && last.goods[last.goods.length - 1].kind === 'funds' && g.kind === 'aid' && pattern('phrase.measureGap', 'u').test(gap)) {
      last.goods.push(g);
      last.end = g.end;
      continue;
    }
    if (last && pattern('phrase.contents', 'u').test(gap)) {
      last.contents.push(g.kind);
      last.end = g.end;
      continue;
    }
    // "missiles KN-23", "drones de type Shahed": a model name is the same consignment.
    // ... but people and materiel are two consignments ("des conseillers militaires, des drones armés").
    const mixed = last && isPeople(last.goods[last.goods.length - 1].kind) !== isPeople(g.kind);
    if (last && !mixed && (pattern('phrase.coordination', 'u').test(gap) || pattern('phrase.typeGap', 'u').test(gap)) && !EXCHANGE_BEFORE.test(gap)) {
      // "et", "ainsi que", a comma add an item; "comme", "dont", "notamment" only name examples of the goods before.
      if (pattern('phrase.itemJoin', 'u').test(gap)) (last.items ??= []).push(g);
      last.goods.push(g);
      last.end = g.end;
      continue;
    }
    phrases.push({ goods: [g], start: g.start, end: g.end, contents: [] });
  }
  // "deux cargaisons de combustible": a batch holds what its complement names, a commodity even when no lexicon lists it.
  for (const p of phrases) {
    const content = p.goods.length === 1 && p.goods[0].kind === 'containers' ? pattern('phrase.batchContent', 'u').exec(text.slice(p.end)) : null;
    if (!content) continue;
    const start = p.end + content[0].length - content[1].length;
    p.goods.unshift({ kind: 'other', start, end: start + content[1].length, text: content[1] });
    p.end = start + content[1].length;
  }
  // "chars K2", "obusiers K9", "T-72": a model designation belongs to the goods before it.
  for (const p of phrases) {
    const model = /^\s+\p{Lu}[\p{L}]*-?\d+\p{L}*(?![\p{L}\d])/u.exec(text.slice(p.end));
    if (model) p.end += model[0].length;
  }
  // "soldats nord-coréens", "technologie militaire russe": the nationality of the goods.
  for (const p of phrases) {
    // "4,5 milliards de mètres cubes de gaz russe": the nationality may follow the content, not the measure.
    const d = mentions.find((m) => m.via === 'demonym' && !isNounDemonymText(m) && p.goods.some((g) => m.start >= g.end && m.start - g.end <= 30 && pattern('phrase.adjectives', 'u').test(text.slice(g.end, m.start))));
    // "North Korean troops": where the nationality comes first (phrase.demonymBefore), the phrase starts with it.
    const b = d ? undefined : mentions.find((m) => m.via === 'demonym' && !isNounDemonymText(m) && p.goods.some((g) => m.end <= g.start && g.start - m.end <= 30 && pattern('phrase.demonymBefore', 'u').test(text.slice(m.end, g.start))));
    if (b) {
      p.demonym = b;
      p.start = Math.min(p.start, b.start);
    }
    if (d) {
      p.demonym = d;
      if (d.end > p.end && d.start - p.end < 30) p.end = d.end;
    }
  }
  // "3 000 Nord-Coréens": people named by nationality are troops in a military story.
  if (pattern('phrase.military', 'iu').test(text))
    for (const m of mentions)
      if (m.via === 'demonym' && isNounDemonymText(m) && /s$/i.test(m.text) && !phrases.some((p) => m.start >= p.start && m.start < p.end))
        phrases.push({ goods: [{ kind: 'troops', start: m.start, end: m.end, text: m.text }], start: m.start, end: m.end, demonym: m, contents: [] });
  return phrases.sort((a, b) => a.start - b.start);
}

function isNounDemonymText(m: EntityMention): boolean {
  return pattern('demonym.noun', 'u').test(m.text);
}

/** The quantity written right before the goods ("près de 10 000 soldats"). */
export function quantityBefore(text: string, quantities: readonly Quantity[], start: number): Quantity | undefined {
  return [...quantities].reverse().find((q) => q.end <= start && QTY_GAP.test(text.slice(q.end, start)));
}

/** Binds each trigger to the goods it moves: nouns take the goods right after them, verbs their object. */
export function bind(text: string, triggers: Trigger[], phrases: Phrase[]): Map<Phrase, Trigger> {
  const bound = new Map<Phrase, Trigger>();
  for (const t of triggers.filter((x) => x.noun)) {
    // "son approvisionnement en pétrole" supplies oil; "ses achats en dirhams" are paid in dirhams.
    // "l'envoi par la France de 30 canons", "le transfert vers la Libye de plusieurs milliers de combattants":
    // the agent or the receiver may come between the noun and its goods.
    let p = phrases.find((x) => x.start >= t.end && x.start - t.end <= 50 && pattern('phrase.nounObject').test(text.slice(t.end, x.start)) && (t.role === 'give' || !pattern('phrase.paidIn').test(text.slice(t.end, x.start))));
    // "les livraisons ... devraient atteindre 38 milliards de mètres cubes".
    if (!p) {
      const [, ce] = clauseAround(text, t.start);
      const reach = pattern('phrase.reach').exec(text.slice(t.end, ce));
      if (reach) p = phrases.find((x) => x.start >= t.end + reach.index && x.start - (t.end + reach.index + reach[0].length) <= 40);
    }
    if (p && !bound.has(p)) bound.set(p, t);
  }
  // "2 500 conteneurs ont quitté le port de Rason", "un convoi de blindés est arrivé à Bamako":
  // the goods are the subject of a verb of movement.
  for (const t of triggers.filter((x) => x.role === 'depart' || x.role === 'join')) {
    const [cs, ce] = clauseAround(text, t.start);
    // "avant d'être livrés à la Syrie par l'Iran": a later passive names who sent the goods; it takes them.
    if (triggers.some((x) => x.verb && x.start > t.end && x.start < ce && x.role === 'give' && x.verb.voice === 'passive' && !x.verb.bare)) continue;
    // "a envoyé 1 000 soldats au Mali pour combattre": an infinitive after a sending verb is its purpose, the goods stay its object.
    // ... and so is a gerund or a perfect infinitive of passage ("livré du pétrole à Cuba en transitant par", "après avoir transité par").
    const nonFinite = t.verb?.form === 'infinitive' || t.verb?.form === 'gerund' || (t.verb?.form === 'participle' && pattern('phrase.perfectInfinitive').test(text.slice(cs, t.start)));
    if (nonFinite && triggers.some((x) => x.verb && x.role === 'give' && x.start >= cs && x.end <= t.start)) continue;
    // The subject may carry a participle or a relative ("des avions promis par les alliés sont arrivés").
    // ... but not across a relative clause with its own verb ("les chars que l'Allemagne a livrés ... sont arrivés").
    // ... nor when a participle of giving or buying qualifies them first ("les obus vendus par X au Y sont arrivés"): it takes them.
    // ... nor when a participle fronted before the sentence qualifies them ("Envoyés par la Turquie, les six drones sont arrivés").
    const p = [...phrases].reverse().find((x) => x.end <= t.start && t.start - x.end <= (t.verb ? 70 : 25) && x.start >= cs && !(pattern('phrase.relativeBetween').test(text.slice(x.end, t.start)) && triggers.some((y) => y.verb && y.start > x.end && y.start < t.start)) && !triggers.some((y) => y.verb?.bare && (y.role === 'give' || y.role === 'receive') && y.start > x.end && y.start < t.start && /^[\s,]*$/u.test(text.slice(x.end, y.start))) && !frontedBy(text, triggers, x));
    if (p && !bound.has(p)) bound.set(p, t);
  }
  for (const t of triggers.filter((x) => !x.noun && x.role !== 'join' && x.role !== 'depart')) {
    const [cs, ce] = clauseAround(text, t.start);
    // A cargo stopped on its way ("ont saisi ... des colis que l'Iran tentait de faire parvenir aux Houthis"): a giving verb after it moves the goods.
    if (stopsCargo(t) && triggers.some((x) => x.verb && x.role === 'give' && !stopsCargo(x) && x.start > t.end)) continue;
    // A participle without auxiliary qualifies the noun right before it ("des drones, fournis par"), past its owner ("les armes de la Serbie livrées").
    if (t.verb?.bare && t.verb.voice === 'passive') {
      const q = [...phrases].reverse().find((x) => x.end <= t.start && x.start >= cs && /^[\s,]*(?:[\p{L}\d'’-]+[\s,]+){0,4}$/u.test(text.slice(x.end, t.start)) && (!pattern('phrase.participleGap').test(text.slice(x.end, t.start)) || pattern('phrase.ownerGap', 'u').test(text.slice(x.end, t.start))));
      if (q && !bound.has(q)) bound.set(q, t);
      // "Livrés par la Turquie, les six drones ...": a participle and its agent fronted before the sentence's subject.
      const front = !q && !text.slice(0, t.start).trim() ? phrases.find((x) => x.start > t.end && pattern('phrase.frontedParticiple', 'u').test(text.slice(t.end, x.start))) : undefined;
      if (front && !bound.has(front)) bound.set(front, t);
      continue;
    }
    // A verb's object comes before the next verb ("utiliser le dollar, l'Inde a réglé ... en dirhams").
    const next = triggers.find((x) => !x.noun && x.start > t.end)?.start ?? ce;
    // "a acheté, par l'intermédiaire de sa compagnie publique Energocom, deux cargaisons": an aside between commas adds no distance.
    const aside = pattern('phrase.asideAfterVerb', 'u').exec(text.slice(t.end, t.end + 100));
    const reach = 60 + (aside ? aside[0].length : 0);
    // "ont été envoyés au Venezuela en contrepartie du pétrole": goods past an exchange mark are the price, not the verb's object.
    let p = phrases.find((x) => x.start >= t.end && x.start - t.end <= reach && x.start < Math.min(ce, next) && !DATIVE_BEFORE.test(text.slice(Math.max(0, x.start - 20), x.start)) && !EXCHANGE_BEFORE.test(text.slice(t.end, x.start)));
    // Goods before the verb are its object only when something is given ("que Moscou aurait hésité à
    // transférer", "des drones fournis par"); before "ont reçu" they are its subject.
    // "des TB2, fabriqués par Baykar, qu'Ankara aurait livrés": a relative's object is its antecedent, counted from "que".
    // ... past an apposition on the relative's subject ("que la junte du CNSP, au pouvoir depuis 2023, avait reçus").
    const lead = text.slice(Math.max(cs, t.start - 140), t.start);
    const rel = pattern('phrase.relative').exec(lead);
    const anchor = rel ? t.start - (lead.length - rel.index) : t.start;
    // ... and of a receiving verb too ("les six drones que le Niger avait reçus d'Ankara", "achetés à"), or one in the
    // passive, whose subject they are ("le gaz a été acheté par l'Italie").
    if (!p && (t.role === 'give' || (t.role === 'receive' && (rel || (t.verb?.voice === 'passive' && !t.verb.bare))))) p = [...phrases].reverse().find((x) => x.end <= anchor && anchor - x.end <= 80 && x.start >= cs);
    // "des chars commandés par Varsovie": a receiving participle right after its goods.
    if (!p && t.role === 'receive' && pattern('phrase.receivedParticiple').test(t.text)) p = phrases.find((x) => x.end <= t.start && /^\s*$/.test(text.slice(x.end, t.start)));
    // "où il paie en retour les armes du groupe": a verb that moves only some kinds pays for other goods, it does not send them;
    // they stay free for a verb that does ("paie les munitions livrées aux Houthis").
    const only = t.verb?.frame.goods ?? [];
    if (p && only.length && !p.goods.some((g) => only.includes(g.kind))) continue;
    if (!p || bound.has(p)) continue;
    bound.set(p, t);
    // "Les dix chars et vingt-quatre obusiers commandés par ...": earlier objects joined by "et" or a comma.
    if (p.end <= t.start)
      for (let k = phrases.indexOf(p) - 1; k >= 0; k--) {
        const prev = phrases[k];
        const gap = text.slice(prev.end, phrases[k + 1].start);
        if (prev.start < cs || bound.has(prev) || !pattern('phrase.earlierObject', 'u').test(gap)) break;
        bound.set(prev, t);
      }
    // "a fourni des drones et, d'après Reuters, quelque 400 missiles": a second object after an aside.
    for (let k = phrases.indexOf(p) + 1; k < phrases.length; k++) {
      const next = phrases[k];
      const gap = text.slice(phrases[k - 1].end, next.start);
      // "dont des chars", "notamment des obus": a part of what was already counted, not a second consignment.
      // "trois radars du groupe Thales, puis trente-six canons": a maker's complement may sit before the next object.
      // ... never past a verb of its own ("a vendu des drones au Mali et a livré des blindés").
      if (next.start >= ce || bound.has(next) || pattern('phrase.partOf').test(gap) || !pattern('phrase.secondObject', 'u').test(gap) || triggers.some((x) => !x.noun && x.start >= phrases[k - 1].end && x.start < next.start)) break;
      bound.set(next, t);
    }
  }
  return bound;
}

/** "Livrés par la Turquie, les six drones ...": a giving or buying participle opens the sentence and qualifies the goods. */
function frontedBy(text: string, triggers: readonly Trigger[], x: Phrase): boolean {
  return triggers.some((y) => y.verb?.bare && y.verb.voice === 'passive' && (y.role === 'give' || y.role === 'receive') && y.end <= x.start && !text.slice(0, y.start).trim() && pattern('phrase.frontedParticiple', 'u').test(text.slice(y.end, x.start)));
}

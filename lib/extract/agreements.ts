import data from '../../data/lexicon/agreements.json';
import type { DocBuilder } from './builder';
import { actorAfter, actorMentions, clauseAround, countryOfActor, subjectBefore, type SentenceContext } from './context';
import type { ArticleEntities } from './entities';
import type { PlacedFact } from './claims';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]");
const KIND_OF = new Map<string, string>();
for (const [kind, words] of Object.entries(data.nouns)) for (const w of words) KIND_OF.set(w.toLowerCase(), kind);
const NOUN_ALT = [...KIND_OF.keys()].sort((a, b) => b.length - a.length).map(esc).join('|');
const MOD_ALT = [...data.modifiers].sort((a, b) => b.length - a.length).map(esc).join('|');
const AGREEMENT_RE = new RegExp(`(?<![\\p{L}])(${NOUN_ALT})((?:\\s+(?:${MOD_ALT}))*)(?![\\p{L}])`, 'giu');
const SIGN_RE = new RegExp(`(?<![\\p{L}])(?:${data.signVerbs.map(esc).join('|')})\\p{L}*`, 'giu');
const VETO_RE = new RegExp(`(?:${data.vetoPatterns.map(esc).join('|')})`, 'iu');
const COVERS_GAP = /(?:pour (?:faciliter|permettre|encadrer|organiser)|prévoyant|qui prévoit|prévoit|prévoient|prévoyait|portant sur|visant à faciliter|sert de (?:couverture|cadre)|servirait de (?:couverture|cadre)|couvre|encadre|sur)\s/iu;
const PRONOUN_SIGN = /(?<![\p{L}])(?:l['’]|le\s+|la\s+|les\s+)(?:ont|a|avaient|avait|auraient|aurait)\s+(?:sign|paraph|ratifi|conclu)\p{L}*/iu;
const PASSIVE_SIGN = new RegExp(`^(?:-\\p{L}+)?,?\\s*(?:[\\p{Ll}'’-]+\\s+){0,4}?(${data.passiveVerbs.map(esc).join('|')})(?![\\p{L}])`, 'iu');
const SIGNING = /^(?:sign|conclu|paraph|ratifi|contresign)/iu;
const ANAPHORIC_TRANSFER = /^(?:Ce|Cet|Cette|Ces)\s+(?:déploiements?|transferts?|livraisons?|envois?|expéditions?|fournitures?)(?![\p{L}])/u;
const SANCTION_ACTION = /(?:impos|adopt|annonc|prolong|renforc|durc|décrét|nouvelles|paquet|train|série|régime)/iu;

/** An agreement of the article, remembered so that "la déclaration" or "le pacte" can refer back to it. */
export interface AgreementMemory {
  list: Array<{ id: string; kind: string; sentenceIndex: number }>;
}

/** Reads agreements (accords, pacts, treaties, partnerships, resolutions, joint statements, sanctions) of one sentence. */
export function extractAgreements(doc: DocBuilder, ctx: SentenceContext, state: ArticleEntities, memory: AgreementMemory, transfers: PlacedFact[], personCountry: Map<string, string>): PlacedFact[] {
  if (ctx.sentence.boilerplate || ctx.question) return [];
  const text = ctx.text;
  const sid = ctx.sentence.id;
  const placed: PlacedFact[] = [];
  // "Macron et Zelensky l'ont paraphé": the pronoun stands for the last agreement.
  const pronoun = PRONOUN_SIGN.exec(text);
  const last = memory.list[memory.list.length - 1];
  if (pronoun && last && !AGREEMENT_RE.test(text)) {
    for (const s of subjectBefore(ctx, pronoun.index, clauseAround(text, pronoun.index)[0])) {
      if (s.id.startsWith('person:')) doc.rel('SIGNED', s.id, last.id, [sid]);
      const c = countryOfActor(doc, s.id, personCountry);
      if (c) doc.rel('PARTY_TO', c, last.id, [sid]);
    }
  }
  if (last && ctx.sentence.index - last.sentenceIndex <= 2 && !new RegExp(AGREEMENT_RE.source, 'iu').test(text)) signedBack(doc, ctx, last.id, personCountry);
  // "a opposé son veto au renouvellement du mandat ...": what was vetoed is an agreement even unnamed.
  const veto0 = VETO_RE.exec(text);
  if (veto0) {
    const objStart = veto0.index + veto0[0].length;
    const obj = /^\s+(?:\p{Ll}+\s+){0,2}?(?:à la|à l['’]|au|aux|à|contre)\s+((?:[\p{L}'’-]+\s*){1,8}?)(?=[,.;]|$|\s+qui\s)/iu.exec(text.slice(objStart));
    if (obj && !new RegExp(AGREEMENT_RE.source, 'iu').test(obj[1])) {
      const start = objStart + obj[0].length - obj[1].length;
      const name = obj[1].trim().replace(/’/g, "'");
      const node = doc.fact('agreement', 'Agreement', name, { kind: 'resolution', date: null, dateText: null });
      doc.mention(node.id, ctx.sentence, start, start + name.length);
      memory.list.push({ id: node.id, kind: 'resolution', sentenceIndex: ctx.sentence.index });
      placed.push({ id: node.id, sentenceId: sid, start, end: start + name.length });
      const [cs] = clauseAround(text, veto0.index);
      for (const v of subjectBefore(ctx, veto0.index, cs)) doc.rel('VETOED', countryOfActor(doc, v.id, personCountry) ?? v.id, node.id, [sid]);
      const date = ctx.dates.find((d) => d.end <= veto0.index + 40);
      if (date) {
        node.properties.date = date.date;
        node.properties.dateText = date.dateText;
      }
    }
  }
  AGREEMENT_RE.lastIndex = 0;
  const signUsed = new Set<number>();
  for (const m of text.matchAll(AGREEMENT_RE)) {
    const noun = m[1].toLowerCase().replace('’', "'");
    // "l'Initiative céréalière" is a name; "à l'initiative de" is not.
    if (noun === 'initiative' && !/^I/.test(m[1])) continue;
    const kind = KIND_OF.get(noun) ?? 'accord';
    const start = m.index!;
    let end = start + m[0].length;
    if (/d['’]\s*$/.test(text.slice(Math.max(0, start - 2), start)) && kind === 'accord') continue;
    const [cs, ce] = clauseAround(text, start);
    const clause = text.slice(cs, ce);
    if (kind === 'sanctions' && !SANCTION_ACTION.test(clause)) continue;
    // "la déclaration", "le pacte" without anything new: the agreement already named.
    const article = text.slice(Math.max(0, start - 4), start);
    // A proper name after the noun ("la convention de Montreux") makes it a new agreement.
    const named = /^\s+(?:de|d['’]|du)\s*(?:\p{Lu}|\d)/u.test(text.slice(end, end + 12));
    const bare = !m[2] && !named && /(?:^|\s)(?:la|le|l['’]|ce|cet|cette)\s*$/iu.test(article) && !/(?:^|\s)(?:une?|des)\s*$/iu.test(article);
    // "le traité ... l'accord": accords, pacts, treaties and partnerships refer to one another.
    const family = (k: string) => (['accord', 'pact', 'treaty', 'partnership'].includes(k) ? 'bilateral' : k);
    const previous = [...memory.list].reverse().find((a) => family(a.kind) === family(kind));
    if (bare && previous && !/(?:entre|sign|publi)/iu.test(clause)) {
      doc.mention(previous.id, ctx.sentence, start, end);
      linkCovered(doc, text, sid, previous.id, end, transfers);
      continue;
    }
    // "résolutions du Conseil de sécurité de l'ONU": the issuing body completes the name.
    const body = ctx.mentions.find((x) => x.label === 'Organization' && x.start > end && /^\s*(?:du|de la|de l['’]|des|de)\s*$/iu.test(text.slice(end, x.start)));
    if (body && kind === 'resolution') end = body.end;
    const name = text.slice(start, end).replace(/’/g, "'");
    const node = doc.fact('agreement', 'Agreement', name, { kind, date: null, dateText: null });
    doc.mention(node.id, ctx.sentence, start, end);
    memory.list.push({ id: node.id, kind, sentenceIndex: ctx.sentence.index });
    placed.push({ id: node.id, sentenceId: sid, start, end });
    if (body) doc.rel('PARTY_TO', body.id, node.id, [sid]);

    const parties = new Set<string>();
    // "entre la Corée du Nord et Moscou".
    const between = /(?<![\p{L}])entre\s+/iu.exec(text.slice(end, Math.min(ce, end + 90)));
    if (between) {
      const from = end + between.index + between[0].length;
      const a = actorAfter(ctx, from, 6);
      const b = a ? actorAfter(ctx, a.end, 12) : undefined;
      for (const x of [a, b]) if (x) parties.add(countryOfActor(doc, x.id, personCountry) ?? x.id);
    }
    // "X et Y ont signé un accord", "ont publié une déclaration commune".
    let signVerb: RegExpExecArray | undefined;
    for (const v of clause.matchAll(SIGN_RE)) if (cs + v.index! < start) signVerb = Object.assign(v, { index: cs + v.index! });
    // A signing verb takes its object only: "ont signé une déclaration ... sur leur partenariat".
    if (signVerb && signUsed.has(signVerb.index)) signVerb = undefined;
    if (signVerb) signUsed.add(signVerb.index);
    if (signVerb) {
      // "les deux dirigeants ont signé": the last two people named.
      let signers = /les deux (?:dirigeants|présidents|chefs d['’]État|leaders)\s+(?:ont|avaient|auraient)\s+$/iu.test(text.slice(cs, signVerb.index))
        ? state.personsSeen.slice(-2)
        : subjectBefore(ctx, signVerb.index, cs).map((x) => x.id);
      // "Il y a signé avec X un accord": the person last named before this sentence.
      if (!signers.length && /^\s*(?:Il|Elle)\s+(?:y\s+|l['’]\s*)?(?:a|avait|aurait)\s+(?:\p{Ll}+\s+)?$/u.test(text.slice(cs, signVerb.index))) {
        const here = new Set(ctx.mentions.map((x) => x.id));
        const previous = state.personsSeen.filter((p) => !here.has(p)).at(-1);
        if (previous) signers = [previous];
      }
      // "En signant l'accord de Lima, le Chili s'est engagé": a gerund's subject is the main clause's, after the comma.
      if (!signers.length && /ant$/iu.test(signVerb[0]) && /(?:^|\s)en\s+$/iu.test(text.slice(Math.max(0, signVerb.index - 4), signVerb.index))) {
        const comma = text.indexOf(',', signVerb.index);
        const main = comma > 0 ? actorAfter(ctx, comma + 1, 12) : undefined;
        if (main) signers = [main.id];
      }
      for (const s of signers) {
        if (s.startsWith('person:')) doc.rel('SIGNED', s, node.id, [sid]);
        const c = countryOfActor(doc, s, personCountry);
        if (c) parties.add(c);
      }
    }
    const veto = VETO_RE.exec(clause);
    if (veto && cs + veto.index < start) {
      for (const v of subjectBefore(ctx, cs + veto.index, cs)) {
        const c = countryOfActor(doc, v.id, personCountry) ?? v.id;
        doc.rel('VETOED', c, node.id, [sid]);
      }
    }
    // "un accord ... avec l'Ukraine".
    const withParty = /^(?:\s+[\p{L}'’-]+){0,3}?\s+avec\s+/iu.exec(text.slice(end, Math.min(ce, end + 50)));
    if (withParty) {
      const w = actorAfter(ctx, end + withParty[0].length, 6);
      if (w) parties.add(countryOfActor(doc, w.id, personCountry) ?? w.id);
      // "l'accord conclu avec Washington" in Seoul's words: the other side is the sentence's own actor.
      if (w && parties.size === 1) {
        // Bodies and people speak for their state; a country after a preposition is only mentioned.
        const ranked = [...ctx.mentions].sort((a, b) => Number(a.label === 'Country') - Number(b.label === 'Country'));
        const own = ranked.map((x) => countryOfActor(doc, x.id, personCountry)).find((c) => c && c.startsWith('country:') && !parties.has(c));
        if (own) parties.add(own);
      }
    }
    // "un accord signé le 25 mai à Minsk par les ministres ..., X, et ..., Y".
    const passive = PASSIVE_SIGN.exec(text.slice(end, Math.min(ce, end + 60)));
    // "le traité signé le 19 juin à Pyongyang avec le dirigeant nord-coréen Kim Jong-un": both ends signed.
    const withWhom = passive ? /\savec\s/iu.exec(text.slice(end + passive.index, ce)) : null;
    if (passive && withWhom) {
      const from = end + passive.index + withWhom.index;
      const partner = ctx.mentions.find((x) => x.label === 'Person' && x.start > from && x.start - from < 60);
      const subject = subjectBefore(ctx, start, cs).find((x) => x.label === 'Person');
      for (const p of [partner, subject]) {
        if (!p) continue;
        doc.rel('SIGNED', p.id, node.id, [sid]);
        const c = countryOfActor(doc, p.id, personCountry);
        if (c) parties.add(c);
      }
    }
    if (passive) {
      const by = text.indexOf(' par ', end + passive.index);
      const signing = SIGNING.test(passive[1]);
      if (by > 0 && by < ce) {
        for (const p of ctx.mentions.filter((x) => x.label === 'Person' && x.start > by && x.end <= ce)) {
          if (signing) doc.rel('SIGNED', p.id, node.id, [sid]);
          const c = countryOfActor(doc, p.id, personCountry);
          if (c) parties.add(c);
        }
        // "signé par l'Arménie, l'Azerbaïdjan et la Russie", "imposé par le Conseil de sécurité": states and bodies are parties.
        for (const a of byList(ctx, by + 5, ce)) parties.add(a);
      }
    }
    // "signé à Pretoria par X, au nom du gouvernement, et par Y, pour le TPLF, l'accord de ...": signatories before the noun.
    const fronted = new RegExp(`(?<![\\p{L}])(${data.passiveVerbs.map(esc).join('|')})(?![\\p{L}])[^.;]*?\\spar\\s`, 'iu').exec(text.slice(cs, start));
    if (fronted && !passive && SIGNING.test(fronted[1])) {
      const from = cs + fronted.index + fronted[0].length - 1;
      for (const p of ctx.mentions.filter((x) => x.label === 'Person' && x.start > from && x.end <= start)) {
        doc.rel('SIGNED', p.id, node.id, [sid]);
        const c = countryOfActor(doc, p.id, personCountry);
        if (c) parties.add(c);
      }
      for (const o of actorMentions(ctx).filter((x) => x.label === 'Organization' && x.start > from && x.end <= start && /(?:pour|au nom d[eu]s?|de la part d[eu]s?)\s+(?:la |le |les |l['’])?$/iu.test(text.slice(Math.max(0, x.start - 20), x.start)))) parties.add(o.id);
      // "Signé en 2015 par l'Iran et les grandes puissances, l'accord": states and bodies right after "par" are parties.
      for (const a of byList(ctx, from, start)) parties.add(a);
    }
    // "ont signé avec Donald Trump une déclaration commune": the partner between the verb and the noun signed too.
    if (signVerb) {
      const partner = /^\s*(?:[\p{Ll}]+\s+)?avec\s+/iu.exec(text.slice(signVerb.index + signVerb[0].length, start));
      if (partner) {
        const from = signVerb.index + signVerb[0].length + partner[0].length;
        // "avec le président iranien Ebrahim Raïssi": the person named after a title, not the title's nationality.
        const titled = ctx.mentions.find((x) => x.label === 'Person' && x.start >= from && x.end <= start && /^[\p{Ll}\s'’-]*$/u.test(text.slice(from, x.start)));
        const w = titled ?? actorAfter(ctx, from, 30);
        if (w && w.start < start) {
          if (w.label === 'Person') doc.rel('SIGNED', w.id, node.id, [sid]);
          // A person with no known state signs, but is no party.
          const party = w.label === 'Person' ? countryOfActor(doc, w.id, personCountry) : w.id;
          if (party) parties.add(party);
        }
      }
    }
    for (const p of parties) {
      doc.rel('PARTY_TO', p, node.id, [sid]);
      // "entre le Kremlin et ...": the body is a party, and its state with it.
      const c = p.startsWith('org:') ? countryOfActor(doc, p, personCountry) : undefined;
      if (c && c !== p) doc.rel('PARTY_TO', c, node.id, [sid]);
    }
    // "Ce déploiement découle d'un accord": the agreement enables what the previous sentence described.
    if (ANAPHORIC_TRANSFER.test(text)) {
      const prevId = `${sid.slice(0, sid.lastIndexOf(':s'))}:s${ctx.sentence.index - 1}`;
      for (const t of transfers) if (t.sentenceId === prevId) doc.rel('COVERS', node.id, t.id, [prevId, sid]);
    }

    // The signing date first ("signé le 19 juin"), else a date near the name or the verb.
    const signedAt = passive ? ctx.dates.find((d) => d.start >= end + passive.index && d.start - (end + passive.index + passive[0].length) <= 6) : undefined;
    const date = signedAt ?? ctx.dates.find((d) => d.start >= cs && d.end <= ce && (Math.abs(d.start - start) < 60 || (signVerb && Math.abs(d.start - signVerb.index) < 30) || (veto && Math.abs(d.start - cs - veto.index) < 30)));
    if (date) {
      node.properties.date = date.date;
      node.properties.dateText = date.dateText;
    }
    // "un accord ... pour faciliter le transfert de munitions".
    linkCovered(doc, text, sid, node.id, end, transfers);
  }
  return placed;
}

// "Il a été signé par X", "l'un signé par X, l'autre par Y, chacun étant contresigné par Z": the text is the agreement last named.
const BACK_SIGNED = /(?:^(?:[«“"]\s*)?(?:Il|Elle|Ils|Elles|Celui-ci|Celle-ci|Ce texte|Le texte|Ces textes|Les textes)\s+(?:a|ont|avait|avaient|aurait|auraient)\s+été\s+(?:[\p{Ll}]+\s+)?|(?<![\p{L}])(?:l['’]un|l['’]une|l['’]autre|chacun|chacune|le premier|le second|la première|la seconde|celui-ci|celle-ci)\s*,?\s+(?:(?:étant|ayant été|a été|ont été|avait été|fut)\s+)?)(?:sign|paraph|ratifi|contresign)(?:é|ée|és|ées)(?![\p{L}])/iu;

/** Signatories of an agreement the sentence does not name, only points back to. */
function signedBack(doc: DocBuilder, ctx: SentenceContext, agreement: string, personCountry: Map<string, string>): void {
  const m = BACK_SIGNED.exec(ctx.text);
  if (!m) return;
  const [, ce] = clauseAround(ctx.text, m.index);
  const by = ctx.text.indexOf(' par ', m.index);
  if (by < 0 || by > ce) return;
  const sid = ctx.sentence.id;
  for (const p of ctx.mentions.filter((x) => x.label === 'Person' && x.start > by && x.end <= ce)) {
    doc.rel('SIGNED', p.id, agreement, [sid]);
    const c = countryOfActor(doc, p.id, personCountry);
    if (c) doc.rel('PARTY_TO', c, agreement, [sid]);
  }
  for (const a of byList(ctx, by + 5, ce)) doc.rel('PARTY_TO', a, agreement, [sid]);
}

/** States and bodies named after "par": the first one and those coordinated with it. */
function byList(ctx: SentenceContext, from: number, ce: number): string[] {
  const out: string[] = [];
  let pos = from;
  for (const m of actorMentions(ctx).filter((x) => x.start >= from && x.end <= ce && x.label !== 'Person')) {
    if (!/^\s*(?:,|et|ainsi que)?\s*(?:la |le |les |l['’])?\s*$/iu.test(ctx.text.slice(pos, m.start))) break;
    out.push(m.id);
    pos = m.end;
  }
  return out;
}

/** "un accord ... pour faciliter le transfert de munitions": COVERS the transfers the agreement enables. */
function linkCovered(doc: DocBuilder, text: string, sid: string, agreement: string, end: number, transfers: PlacedFact[]): void {
  for (const t of transfers) {
    if (t.sentenceId !== sid || t.start < end) continue;
    const gap = text.slice(end, t.start);
    if (COVERS_GAP.test(gap) && gap.length < 80) doc.rel('COVERS', agreement, t.id, [sid]);
  }
}

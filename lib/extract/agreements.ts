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
// "le contrat de vente de 30 Rafale, signé avec l'Égypte": a complement closed by a comma may come first.
const PASSIVE_SIGN = new RegExp(`^(?:-\\p{L}+)?(?:\\s+[^,.;()«»"]{1,40}?,)?,?\\s*(?:[\\p{Ll}'’-]+\\s+){0,4}?(${data.passiveVerbs.map(esc).join('|')})(?![\\p{L}])`, 'iu');
const SIGNING = /^(?:sign|conclu|paraph|ratifi|contresign)/iu;
const ANAPHORIC_TRANSFER = /^(?:Ce|Cet|Cette|Ces)\s+(?:déploiements?|transferts?|livraisons?|envois?|expéditions?|fournitures?)(?![\p{L}])/u;
const SANCTION_ACTION = /(?:impos|adopt|annonc|prolong|renforc|durc|décrét|nouvelles|paquet|train|série|régime)/iu;
const alt = (xs: string[]) => [...xs].sort((a, b) => b.length - a.length).map(esc).join('|');
const ON_BEHALF = /(?:au nom|pour le compte|de la part)\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*$/iu;
// "signataire de l'accord": a person who signed it.
const SIGNATORY = /(?<![\p{L}])signataires?\s+(?:de\s+la|de\s+l['’]|du|des|d['’]|de)\s*$/iu;
// "la signature de l'accord", "la ratification du traité": the act named before the agreement.
const NOMINAL_SIGN = new RegExp(`(?<![\\p{L}])(${alt(data.signingNouns)})\\s+(?:de\\s+la|de\\s+l['’]|du|des|d['’]|de)\\s*$`, 'iu');
// "le traité de Lisbonne", "les accords d'Abraham": a capitalised name after "de" completes the agreement's name.
const OF_NAME = /^\s+(?:de\s+|d['’]\s*|du\s+)(\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}-]*|[IVX]+|\d+))*)/u;
// "le pacte AUKUS", "la résolution 2216": an acronym or a number right after the noun.
const TAG_NAME = /^\s+((?:(?:\p{Lu}\p{Ll}+\s+)?\p{Lu}{2,}[\p{Lu}\d+-]*|\d{2,5})(?:\s+\p{Lu}{2,}[\p{Lu}\d+-]*)?)(?![\p{L}\d])/u;
const NOT_NAMES = new Set(data.notNames);
// "les deux pays", "des deux camps", "leurs ministres": the two sides last named.
const PAIR_RE = new RegExp(`(?<![\\p{L}])(?:(?:les|des|aux|ces)\\s+deux\\s+(?:(${alt(data.pairs.states)})|(${alt(data.pairs.sides)}))|(leurs)\\s+(?:${alt(data.pairs.states)}|${alt(data.pairs.sides)}))(?![\\p{L}])`, 'iu');
const BIND = new RegExp(`^(?:\\s+[^\\s,.;]+){0,3}?\\s+(?:${alt(data.bindVerbs)})\\s+`, 'iu');
// "le G7, dont le plafonnement": the body or state right before "dont" owns the agreement.
const WHOSE = /^\s*,?\s*dont\s+(?:la|le|les|l['’])\s*$/iu;

/** An agreement of the article, remembered so that "la déclaration" or "le pacte" can refer back to it. */
export interface AgreementMemory {
  list: Array<{ id: string; kind: string; sentenceIndex: number }>;
  /** States and bodies in order of last mention (most recent last), for "les deux pays". */
  actors?: string[];
  /** How often each state or body was named so far, demonyms included: the article's protagonists. */
  counts?: Map<string, number>;
}

/** Reads the agreements of one sentence, then remembers its states and bodies for the sentences after it. */
export function extractAgreements(doc: DocBuilder, ctx: SentenceContext, state: ArticleEntities, memory: AgreementMemory, transfers: PlacedFact[], personCountry: Map<string, string>): PlacedFact[] {
  const placed = readAgreements(doc, ctx, state, memory, transfers, personCountry);
  memory.counts ??= new Map();
  for (const m of ctx.mentions) {
    if (m.label === 'Location') continue;
    const id = m.label === 'Person' ? countryOfActor(doc, m.id, personCountry) : m.id;
    if (!id) continue;
    memory.counts.set(id, (memory.counts.get(id) ?? 0) + 1);
    if (actorMentions(ctx).includes(m)) memory.actors = [...(memory.actors ?? []).filter((x) => x !== id), id];
  }
  return placed;
}

/** "les deux pays" at an offset: the plural subject before it ("X et Y ..., leurs ministres"), else the two states (or, for "camps", states or bodies) last named. */
function pairAt(doc: DocBuilder, ctx: SentenceContext, memory: AgreementMemory, at: number, personCountry: Map<string, string>): string[] {
  const m = PAIR_RE.exec(ctx.text.slice(at, at + 60));
  // A head noun may come first: "les délégations militaires des deux camps".
  if (!m || !/^[\s,]*(?:[\p{Ll}'’-]+\s+){0,4}$/u.test(ctx.text.slice(at, at + m.index))) return [];
  const sides = Boolean(m[2]);
  const owners = (ids: string[]) => [...new Set(ids.map((id) => (id.startsWith('org:') && !sides ? countryOfActor(doc, id, personCountry) : id.startsWith('person:') ? countryOfActor(doc, id, personCountry) : id)).filter((x): x is string => Boolean(x)))];
  if (m[3]) {
    const plural = owners(subjectBefore(ctx, at).map((x) => x.id));
    if (plural.length >= 2) return plural;
  }
  // "signée à Addis-Abeba par ...": a place is where it happened, not a side.
  const here = actorMentions(ctx).filter((x) => x.end <= at && !/(?<![\p{L}])(?:à|en|au|aux|dans|depuis|vers)\s*$/iu.test(ctx.text.slice(Math.max(0, x.start - 8), x.start))).map((x) => x.id);
  const recent = owners([...(memory.actors ?? []), ...here].reverse()).filter((id) => sides ? !id.startsWith('person:') : id.startsWith('country:'));
  // The two most named of the recent ones: a state named once in passing is not one of "les deux pays".
  const count = (id: string) => (memory.counts?.get(id) ?? 0) + here.filter((x) => x === id).length;
  return recent.slice(0, 4).map((id, rank) => ({ id, rank })).sort((a, b) => count(b.id) - count(a.id) || a.rank - b.rank).slice(0, 2).map((x) => x.id);
}


/** Reads agreements (accords, pacts, treaties, partnerships, resolutions, joint statements, sanctions) of one sentence. */
function readAgreements(doc: DocBuilder, ctx: SentenceContext, state: ArticleEntities, memory: AgreementMemory, transfers: PlacedFact[], personCountry: Map<string, string>): PlacedFact[] {
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
    // "le traité de Lisbonne", "le pacte AUKUS": the name that follows completes the noun; after "de", unless it is a body or a person.
    const ofName = OF_NAME.exec(text.slice(end));
    const proper = ofName ?? TAG_NAME.exec(text.slice(end));
    const properAt = proper ? end + proper[0].length - proper[1].length : -1;
    const properIsActor = ofName && ctx.mentions.some((x) => (x.label === 'Organization' || x.label === 'Person') && x.start <= properAt && x.end > properAt);
    if (proper && !properIsActor && !NOT_NAMES.has(proper[1].split(/\s/)[0])) end = properAt + proper[1].length;
    // "le plafonnement du G7", "l'embargo de l'Union européenne", "le G7, dont le plafonnement": the body that issues it.
    const issuer = actorMentions(ctx).find((x) => x.label !== 'Person' && ((x.start >= end && /^\s*(?:du|de la|de l['’]|des|de)\s*$/iu.test(text.slice(end, x.start))) || (x.end <= start && WHOSE.test(text.slice(x.end, start)))));
    // Bare "sanctions" are mostly a regime mentioned in passing; a named measure ("le plafonnement du G7") stands with its issuer.
    if (kind === 'sanctions' && !SANCTION_ACTION.test(clause) && (!issuer || noun === 'sanctions')) continue;
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
    if (issuer) parties.add(issuer.id);
    // "le pacte lie l'Australie, le Royaume-Uni et les États-Unis".
    const bind = BIND.exec(text.slice(end, ce));
    if (bind) for (const a of byList(ctx, end + bind[0].length, ce)) parties.add(a);
    // "entre la Corée du Nord et Moscou".
    const between = /(?<![\p{L}])entre\s+/iu.exec(text.slice(end, Math.min(ce, end + 90)));
    if (between) {
      const from = end + between.index + between[0].length;
      const a = actorAfter(ctx, from, 6);
      const b = a ? actorAfter(ctx, a.end, 12) : undefined;
      // A body is a party in its own name ("entre le Kremlin et ..."); its state follows below.
      for (const x of [a, b]) if (x) parties.add(x.label === 'Organization' ? x.id : countryOfActor(doc, x.id, personCountry) ?? x.id);
      if (!a) for (const p of pairAt(doc, ctx, memory, from, personCountry)) parties.add(p);
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
      // "Les deux pays ont signé", "leurs ministres paraphaient": the two sides named before.
      if (!signers.length) {
        const pair = PAIR_RE.exec(text.slice(cs, signVerb.index));
        if (pair) for (const p of pairAt(doc, ctx, memory, cs + pair.index, personCountry)) parties.add(p);
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
      // "le contrat de vente, signé avec l'Égypte": a state or body after "avec" is the other party.
      const other = actorAfter(ctx, from + withWhom[0].length, 6);
      if (other && other.label !== 'Person') parties.add(other.id);
    }
    // "X, signataire de l'accord", "Signataire de l'accord, le négociateur X": the person the noun is in apposition to.
    const signatory = SIGNATORY.exec(text.slice(Math.max(cs, start - 30), start));
    if (signatory) {
      const at = Math.max(cs, start - 30) + signatory.index;
      const before = ctx.mentions.filter((x) => x.label === 'Person' && x.end <= at && /^\s*,\s*(?:(?:le|la|l['’])\s*)?$/iu.test(text.slice(x.end, at))).at(-1);
      const after = before ? undefined : ctx.mentions.find((x) => x.label === 'Person' && x.start > end && /^[^.;]{0,15},[\p{Ll}\s'’-]*$/u.test(text.slice(end, x.start)));
      const who = before ?? after;
      if (who) {
        doc.rel('SIGNED', who.id, node.id, [sid]);
        const c = countryOfActor(doc, who.id, personCountry);
        if (c) parties.add(c);
      }
    }
    // "la signature de l'accord par X et Y": the noun of the act reads like its passive.
    const act = NOMINAL_SIGN.exec(text.slice(Math.max(cs, start - 40), start));
    const byAct = act ? /^[^.;]{0,40}?\spar\s/iu.exec(text.slice(end, ce)) : null;
    if (passive || byAct) {
      const by = passive ? text.indexOf(' par ', end + passive.index) : end + byAct!.index + byAct![0].length - 5;
      const signing = passive ? SIGNING.test(passive[1]) : SIGNING.test(act![1]);
      if (by > 0 && by < ce) {
        for (const p of ctx.mentions.filter((x) => x.label === 'Person' && x.start > by && x.end <= ce)) {
          if (signing) doc.rel('SIGNED', p.id, node.id, [sid]);
          const c = countryOfActor(doc, p.id, personCountry);
          if (c) parties.add(c);
        }
        // "signé par l'Arménie, l'Azerbaïdjan et la Russie", "imposé par le Conseil de sécurité": states and bodies are parties.
        for (const a of byList(ctx, by + 5, ce)) parties.add(a);
        // "par les délégations des deux camps".
        for (const p of pairAt(doc, ctx, memory, by + 5, personCountry)) parties.add(p);
        // "par X et son homologue soudanais": the counterpart's state is a party though the person is unnamed.
        for (const d of ctx.mentions.filter((x) => x.via === 'demonym' && x.start > by && x.end <= ce && /homologues?\s+$/iu.test(text.slice(Math.max(0, x.start - 12), x.start)))) parties.add(d.id);
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
    // "X a signé l'accord au nom de l'Ukraine": whom a signatory acts for is a party.
    for (const a of actorMentions(ctx).filter((x) => x.label !== 'Person' && x.start >= cs && x.end <= ce && ON_BEHALF.test(text.slice(Math.max(cs, x.start - 24), x.start)))) parties.add(a.id);
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

const DESCRIBED = /^\s*(?:,|et|ainsi que)?\s*(?:(?:la|le|les|l['’])\s*)?(?:(?!(?:à|de|des|du|pour|avec|contre|sur|dans|vers|par|en|qui|que|dont|a|ont|est|sont)\s)[\p{Ll}-]+\s+){0,3}$/iu;

/** States and bodies named after "par": the first one and those coordinated with it. */
function byList(ctx: SentenceContext, from: number, ce: number): string[] {
  const out: string[] = [];
  let pos = from;
  for (const m of actorMentions(ctx).filter((x) => x.start >= from && x.end <= ce && x.label !== 'Person')) {
    // "par Airbus et la compagnie indienne IndiGo": a common noun and adjectives may describe the next one.
    if (!DESCRIBED.test(ctx.text.slice(pos, m.start))) break;
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

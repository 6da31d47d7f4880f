import { actorAfter, actorMentions, clauseAround, countryOfActor, subjectBefore } from '../context';
import { pattern } from '../syntax/language';
import { resolveSubjectPronoun } from '../discourse';
import { speakerSide, speakingPerson } from '../transfers/speaker';
import { byList, describedAfter, headedList, pairAt, partyOf, recentPair, signatorySides, signedBy } from './actors';
import type { EntityMention } from '../entities';
import { joinedToLastName } from './name';
import { listedAfter } from './parties';
import type { AgreementSite } from './types';
import { agentAt, words } from './vocabulary';

/** "X et Y ont signé un accord", "ont publié une déclaration commune": the subjects of a signing verb before the name. */
export function signersBefore(site: AgreementSite, signUsed: Set<number>): void {
  const { doc, ctx, state, memory, personCountry, start, cs, clause, parties } = site;
  const text = ctx.text;
  const sid = ctx.sentence.id;
  let signVerb: RegExpExecArray | undefined;
  for (const v of clause.matchAll(words().SIGN_RE)) if (cs + v.index! < start) signVerb = Object.assign(v, { index: cs + v.index! });
  // A signing verb takes its object only: "ont signé une déclaration ... sur leur partenariat"; a second object joined
  // right after the first ("un accord de pêche et un mémorandum") is the verb's too.
  if (signVerb && signUsed.has(signVerb.index) && !joinedToLastName(memory, sid, text, start, words().COORDINATED_NAME)) signVerb = undefined;
  // "L'Inde n'a jamais signé le TNP", "a refusé de signer": a signing denied or refused makes no party.
  if (signVerb && words().NEGATED_SIGN.test(text.slice(Math.max(0, signVerb.index - 40), signVerb.index))) signVerb = undefined;
  site.signVerb = signVerb;
  if (!signVerb) return;
  signUsed.add(signVerb.index);
  const W = words();
  const verbAt = signVerb.index;
  // The clause before the verb, where its subject stands.
  const subject = text.slice(cs, verbAt);
  // "les deux dirigeants ont signé", "les deux hommes ont signé": the last two people named.
  const both = W.BOTH_LEADERS.test(subject);
  let signers = both
    ? state.personsSeen.slice(-2)
    : subjectBefore(ctx, verbAt, cs).map((x) => x.id);
  // "Le Qatar a servi de médiateur entre Kigali et Kinshasa, qui ont signé": the relative's antecedent, every actor of
  // the list right before "qui", signs; the main clause's subject (a mediator) does not.
  const relative = W.RELATIVE_SUBJECT.exec(subject);
  if (relative) {
    const actors = actorMentions(ctx).filter((x) => x.end <= cs + relative.index);
    const list: EntityMention[] = [];
    for (const x of [...actors].reverse()) {
      const gap = text.slice(x.end, list.length ? list[0].start : cs + relative.index);
      if (list.length ? !W.LIST_GAP.test(gap) : !/^\s*$/u.test(gap)) break;
      list.unshift(x);
    }
    if (list.length) signers = list.map((x) => x.id);
  }
  // "Il y a signé avec X un accord": the actor in focus (the last sentence's subject), else the person last named.
  // "Ils ont signé": the two sides last named.
  const pronoun = signers.length ? null : W.PRONOUN_SUBJECT.exec(subject);
  if (pronoun?.groups?.plural) for (const p of recentPair(doc, ctx, memory, cs, personCountry)) parties.add(p);
  else if (pronoun) {
    const here = new Set(ctx.mentions.map((x) => x.id));
    const focus = memory.discourse ? resolveSubjectPronoun(memory.discourse, ctx, cs + pronoun.index) : undefined;
    const previous = focus && !here.has(focus) ? focus : state.personsSeen.filter((p) => !here.has(p)).at(-1);
    if (previous) signers = [previous];
  }
  // "Le nouveau ministre a finalement signé", "le ministre polonais de la Défense a signé": a title standing for a person.
  if (!signers.length && !pronoun) signers = titledSigner(site, subject);
  // "J'ai signé l'accord", in a quote or an interview: the speaker signed.
  const me = !signers.length && memory.discourse && W.I_SUBJECT.test(subject) ? speakingPerson(ctx, memory.discourse, verbAt) : undefined;
  if (me) signers = [me];
  // "Nous avons signé la charte", in a quote or an interview: the speaker's state (or body) is a party.
  if (!signers.length && memory.discourse && W.WE_SUBJECT.test(subject)) {
    const side = speakerSide(doc, ctx, personCountry, memory.discourse, verbAt);
    if (side) parties.add(side);
  }
  // "En signant l'accord de Lima, le Chili s'est engagé": a gerund's subject is the main clause's, after the comma.
  if (!signers.length && W.GERUND.test(signVerb[0]) && W.GERUND_BEFORE.test(text.slice(Math.max(0, verbAt - 4), verbAt))) {
    const comma = text.indexOf(',', verbAt);
    const main = comma > 0 ? actorAfter(ctx, comma + 1, 12) : undefined;
    if (main) signers = [main.id];
  }
  // "Le royaume a accueilli des pourparlers au terme desquels les deux belligérants ont signé": a pair noun after every
  // actor of the clause is the verb's subject; the actors before it only host. The people "les deux dirigeants" stands for
  // are no hosts: the pair noun is their own.
  const pairNear = signers.length && !both ? W.PAIR_RE.exec(subject) : null;
  if (pairNear && actorMentions(ctx).filter((x) => signers.includes(x.id) && x.start >= cs).every((x) => x.end <= cs + pairNear.index)) signers = [];
  // "X et son homologue irakien ont signé": the counterpart's state is a party though the person is unnamed.
  for (const d of ctx.mentions.filter((x) => x.via === 'demonym' && x.start >= cs && x.end <= verbAt && W.COUNTERPART_BEFORE.test(text.slice(Math.max(0, x.start - 12), x.start)))) parties.add(d.id);
  for (const s of signers) {
    if (s.startsWith('person:')) doc.rel('SIGNED', s, site.node.id, [sid]);
    // A company or a body signs in its own name ("Gazprom et la Chine ont conclu"); its state joins it in emitParties.
    for (const c of s.startsWith('org:') ? [s] : signatorySides(doc, s, personCountry)) parties.add(c);
  }
  // "Les deux pays se sont rapprochés : leurs ministres X et Y ont signé": people of no known state sign for the pair named before them.
  if (signers.some((x) => !x.startsWith('org:') && !countryOfActor(doc, x, personCountry))) {
    const pair = W.PAIR_RE.exec(text.slice(0, verbAt));
    if (pair) for (const p of pairAt(doc, ctx, memory, pair.index, personCountry)) parties.add(p);
  }
  // "Les ministres de la Défense du Japon et des Philippines ont signé": the states and bodies those people stand for.
  // "Les chefs d'État du Ghana et du Togo, X et Y, ont signé": named people of no known state stand for them too.
  if (signers.every((x) => x.startsWith('person:') && !countryOfActor(doc, x, personCountry)) && W.HEADED_SUBJECT.test(subject)) {
    for (const a of actorMentions(ctx).filter((x) => x.start >= cs && x.end <= verbAt && !W.PLACE_BEFORE.test(text.slice(Math.max(0, x.start - 8), x.start)))) {
      const c = a.label === 'Organization' ? a.id : countryOfActor(doc, a.id, personCountry);
      if (c) parties.add(c);
    }
  }
  // "Les deux pays ont signé", "leurs ministres paraphaient": the two sides named before.
  if (!signers.length) {
    const pair = W.PAIR_RE.exec(subject);
    if (pair) for (const p of pairAt(doc, ctx, memory, cs + pair.index, personCountry)) parties.add(p);
  }
}

/** "le traité signé le 19 juin à Pyongyang avec le dirigeant nord-coréen Kim Jong-un": both ends of a passive "signé avec" signed. */
export function signedWith(site: AgreementSite): void {
  const { ctx, start, end, cs, ce, parties } = site;
  const text = ctx.text;
  const passive = words().PASSIVE_SIGN.exec(text.slice(end, Math.min(ce, end + 90)));
  site.passive = passive;
  const withWhom = passive ? words().WITH_WORD.exec(text.slice(end + passive.index + passive[0].length, ce)) : null;
  if (!passive || !withWhom) return;
  const from = end + passive.index + passive[0].length + withWhom.index;
  const partner = ctx.mentions.find((x) => x.label === 'Person' && x.start > from && x.start - from < 60);
  const subject = subjectBefore(ctx, start, cs).find((x) => x.label === 'Person');
  for (const p of [partner, subject]) if (p) signedBy(site, p.id, ctx.sentence.id);
  // "le contrat de vente, signé avec l'Égypte": a state or body after "avec" is the other party.
  // "conclu en 2021 avec la France, l'Allemagne et le Royaume-Uni": every state or body of the list.
  const other = actorAfter(ctx, from + withWhom[0].length, 6);
  if (other && other.label !== 'Person') for (const x of [other, ...listedAfter(ctx, other, ce)]) if (x.label !== 'Person') parties.add(x.id);
}

/** "X, signataire de l'accord", "Signataire de l'accord, le négociateur X": the person the noun is in apposition to. */
export function signatoryApposed(site: AgreementSite): void {
  const { ctx, start, end, cs } = site;
  const text = ctx.text;
  const signatory = words().SIGNATORY.exec(text.slice(Math.max(cs, start - 30), start));
  if (!signatory) return;
  const at = Math.max(cs, start - 30) + signatory.index;
  const before = ctx.mentions.filter((x) => x.label === 'Person' && x.end <= at && words().APPOSED_BEFORE.test(text.slice(x.end, at))).at(-1);
  const after = before ? undefined : ctx.mentions.find((x) => x.label === 'Person' && x.start > end && /^[^.;]{0,15},[\p{Ll}\s'’-]*$/u.test(text.slice(end, x.start)));
  const who = before ?? after;
  // "Les signataires de l'accord, X et Y,": every person of the list signed.
  if (who) for (const p of personList(ctx, who, before ? -1 : 1)) signedBy(site, p.id, ctx.sentence.id);
}

/** "l'accord, dont les signataires sont X et Y", "le traité porte les signatures de X et de Y": the people listed after it. */
export function signatoriesAfter(site: AgreementSite): void {
  const { ctx, end, ce } = site;
  const m = words().SIGNATORIES_AFTER.exec(ctx.text.slice(end, ce)) ?? words().SIGNATURES_OF.exec(ctx.text.slice(end, ce));
  if (!m) return;
  const first = ctx.mentions.find((x) => x.label === 'Person' && x.start >= end + m[0].length && x.start - end - m[0].length <= 30);
  if (first) for (const p of personList(ctx, first, 1)) signedBy(site, p.id, ctx.sentence.id);
}

/** "Le Japon a signé le pacte par la voix de sa ministre, X, et de Y": the people a side signs through signed. */
export function signedThroughVoice(site: AgreementSite): void {
  const { ctx, cs, signVerb, passive } = site;
  const W = words();
  if (!(signVerb && W.SIGNING.test(signVerb[0])) && !(passive && W.SIGNING.test(passive[1]))) return;
  const ce = agentsEnd(ctx.text, site.ce);
  const voice = W.THROUGH_VOICE.exec(ctx.text.slice(cs, ce));
  if (!voice) return;
  const from = cs + voice.index + voice[0].length;
  const witness = W.WITNESSED.exec(ctx.text.slice(from, ce));
  const until = witness ? from + witness.index : ce;
  for (const p of ctx.mentions.filter((x) => x.label === 'Person' && x.start >= from && x.end <= until)) signedBy(site, p.id, ctx.sentence.id);
}

/** A person and those listed with them ("X, Y et le général Z"), going forward (1) or back (-1) from the first. */
export function personList(ctx: AgreementSite['ctx'], first: EntityMention, direction: 1 | -1): EntityMention[] {
  const people = ctx.mentions.filter((x) => x.label === 'Person');
  const out = [first];
  for (let k = people.indexOf(first) + direction; k >= 0 && k < people.length; k += direction) {
    const [a, b] = direction === 1 ? [out.at(-1)!, people[k]] : [people[k], out.at(-1)!];
    if (!words().PERSON_JOIN.test(ctx.text.slice(a.end, b.start))) break;
    out.push(people[k]);
  }
  return out;
}

/** The end of a clause of agents, past the full stop of a title's abbreviation ("par X, M. Kihara et Y"). */
function agentsEnd(text: string, ce: number): number {
  // Here, not in clauseAround: skipping that full stop for every clause moves two transfers' ends in the sample articles.
  let end = ce;
  while (end < text.length && pattern('clause.titleAbbreviation', 'u').test(text.slice(Math.max(0, end - 4), end))) end = clauseAround(text, end + 1)[1];
  return end;
}

/** "signé par X et Y", "la signature de l'accord par X et Y": the agents after "par" of a passive or of the act's noun. */
export function signedByAgents(site: AgreementSite): void {
  const { doc, ctx, memory, personCountry, start, end, cs, parties, passive } = site;
  const text = ctx.text;
  const ce = agentsEnd(text, site.ce);
  const W = words();
  const act = W.NOMINAL_SIGN.exec(text.slice(Math.max(cs, start - 40), start));
  const byAct = act ? W.AGENT_AFTER.exec(text.slice(end, ce)) : null;
  if (!passive && !byAct) return;
  const [by, byEnd] = passive ? (agentAt(text, end + passive.index + passive[0].length) ?? [-1, -1]) : [end + byAct!.index + byAct![0].length - byAct![1].length, end + byAct!.index + byAct![0].length];
  const signing = passive ? W.SIGNING.test(passive[1]) : W.SIGNING.test(act![1]);
  if (by <= 0 || by >= ce) return;
  const witness = W.WITNESSED.exec(text.slice(by, ce));
  const signersEnd = witness ? by + witness.index : ce;
  const agents = ctx.mentions.filter((x) => x.label === 'Person' && x.start > by && x.end <= signersEnd).map((x) => x.id);
  // "par les deux hommes et par X": the two people named last before this sentence's agents.
  const both = W.BOTH_PERSONS.test(text.slice(byEnd, signersEnd)) ? site.state.personsSeen.filter((p) => !agents.includes(p)).slice(-2) : [];
  agents.unshift(...both);
  for (const p of agents) {
    if (signing) doc.rel('SIGNED', p, site.node.id, [ctx.sentence.id]);
    for (const c of signatorySides(doc, p, personCountry)) parties.add(c);
  }
  // "signé par l'Arménie, l'Azerbaïdjan et la Russie", "imposé par le Conseil de sécurité": states and bodies are parties.
  for (const a of byList(ctx, byEnd, signersEnd)) parties.add(a);
  for (const a of headedList(ctx, byEnd, signersEnd)) parties.add(a);
  // "par le président de la Calabre, X, et la société Y", "par X et par Washington": a state or body joined to a person
  // agent; "par X pour le Kenya": the side she signs for.
  const bodies = actorMentions(ctx).filter((x) => x.label !== 'Person' && x.end <= signersEnd);
  for (const p of ctx.mentions.filter((x) => x.label === 'Person' && agents.includes(x.id) && x.start > by && x.end <= signersEnd)) {
    const next = bodies.find((x) => x.start >= p.end);
    if (next && W.AGENT_JOIN.test(text.slice(p.end, next.start))) for (const a of [next.id, ...byList(ctx, next.end, signersEnd)]) parties.add(a);
  }
  // "par les délégations des deux camps"; "par les deux ministres" named before are people, whose states are parties already.
  if (both.length < 2) for (const p of pairAt(doc, ctx, memory, byEnd, personCountry)) parties.add(p);
  // "par X et son homologue soudanais", "his Argentine counterpart": the counterpart's state is a party though the person is unnamed.
  // "par le ministre kényan de la Défense": an unnamed office-holder's adjective names the side too.
  const titled = (x: { start: number }) => W.TITLE_BEFORE.test(text.slice(Math.max(0, x.start - 30), x.start));
  for (const d of ctx.mentions.filter((x) => x.via === 'demonym' && x.start > by && x.end <= signersEnd && (W.COUNTERPART_BEFORE.test(text.slice(Math.max(0, x.start - 12), x.start)) || W.COUNTERPART_AFTER.test(text.slice(x.end, x.end + 14)) || titled(x)))) parties.add(d.id);
}

/** "signé à Pretoria par X, au nom du gouvernement, et par Y, pour le TPLF, l'accord de ...": signatories before the noun. */
export function signedBeforeName(site: AgreementSite): void {
  const { ctx, start, cs, parties, passive } = site;
  const text = ctx.text;
  const fronted = words().FRONTED_PASSIVE.exec(text.slice(cs, start));
  if (!fronted || passive || !words().SIGNING.test(fronted[1])) return;
  const from = cs + fronted.index + fronted[0].length - 1;
  for (const p of ctx.mentions.filter((x) => x.label === 'Person' && x.start > from && x.end <= start)) signedBy(site, p.id, ctx.sentence.id);
  for (const o of actorMentions(ctx).filter((x) => x.label === 'Organization' && x.start > from && x.end <= start && words().FOR_BODY.test(text.slice(Math.max(0, x.start - 20), x.start)))) parties.add(o.id);
  // "Signé en 2015 par l'Iran et les grandes puissances, l'accord": states and bodies right after "par" are parties.
  for (const a of byList(ctx, from, start)) parties.add(a);
}

/** "ont signé avec Donald Trump une déclaration commune": the partner between the verb and the noun signed too. */
export function partnerOfVerb(site: AgreementSite): void {
  const { doc, ctx, personCountry, start, parties, signVerb } = site;
  if (!signVerb) return;
  const text = ctx.text;
  const partner = words().PARTNER_AFTER_VERB.exec(text.slice(signVerb.index + signVerb[0].length, start));
  if (!partner) return;
  const from = signVerb.index + signVerb[0].length + partner[0].length;
  // "avec le président iranien Ebrahim Raïssi", "avec le président de la Banque mondiale David Malpass": the person named
  // after a title (and the body it heads), not the title's nationality.
  const titled = ctx.mentions.find((x) => x.label === 'Person' && x.start >= from && x.end <= start && pattern('agreement.titledPartnerGap', 'u').test(text.slice(from, x.start)));
  // "avec la société chinoise Sinohydro": a body described before its name is the partner, not the adjective's state.
  const w = titled ?? describedAfter(ctx, from, (x) => x.label === 'Organization' && x.end <= start) ?? actorAfter(ctx, from, 30);
  if (!w || w.start >= start) return;
  // "a signé avec le Togo et le Bénin un protocole": every partner of the list before the noun.
  for (const x of [w, ...listedAfter(ctx, w, start)]) {
    if (x.label !== 'Person') {
      parties.add(x.id);
      continue;
    }
    doc.rel('SIGNED', x.id, site.node.id, [ctx.sentence.id]);
    // A person with no known state signs, but is no party; the body a title names is ("le président de la Banque mondiale").
    for (const c of signatorySides(doc, x.id, personCountry)) parties.add(c);
  }
}

/** "l'accord que la Guinée a conclu avec la Chine", "le pacte, que le Japon et les Philippines ont ratifié": the subjects of a relative clause's signing verb. */
export function signersInRelative(site: AgreementSite): void {
  const { doc, ctx, personCountry, end, ce, parties } = site;
  const text = ctx.text;
  const rel = words().OBJECT_RELATIVE.exec(text.slice(end, ce));
  if (!rel) return;
  const from = end + rel[0].length;
  // SIGN_RE is global: a first match only, from the start.
  const verb = text.slice(from, Math.min(ce, from + 80)).matchAll(words().SIGN_RE).next().value;
  if (!verb) return;
  const subjects = subjectBefore(ctx, from + verb.index, from);
  for (const s of subjects) {
    if (s.label === 'Person') signedBy(site, s.id, ctx.sentence.id);
    else parties.add(partyOf(doc, s, personCountry));
  }
  // "le contrat que j'ai signé", in a quote or an interview: the speaker signed.
  const me = !subjects.length && site.memory.discourse && words().I_SUBJECT.test(text.slice(from, from + verb.index)) ? speakingPerson(ctx, site.memory.discourse, from) : undefined;
  if (me) signedBy(site, me, ctx.sentence.id);
  // "le traité que les deux pays ont signé", "que nos deux pays ont signé": the two sides named before.
  const pair = subjects.length ? null : words().PAIR_RE.exec(text.slice(from, from + verb.index));
  if (pair) for (const p of pairAt(doc, ctx, site.memory, from + pair.index, personCountry)) parties.add(p);
}

/**
 * The person a title subject stands for ("Le nouveau ministre, que l'on disait sceptique, a signé"): a person named
 * before who holds that title (of the state a nationality adjective names, if any); that state is a party either way.
 */
function titledSigner(site: AgreementSite, subject: string): string[] {
  const { doc, ctx, state, cs, parties } = site;
  const t = words().TITLE_SUBJECT.exec(subject);
  if (!t) return [];
  const at = cs + t.index + t[0].length;
  // A named actor after the title is the subject itself ("le ministre Aden Duale"), read elsewhere.
  if (actorMentions(ctx).some((x) => x.start >= at && x.end <= cs + subject.length)) return [];
  const state_ = ctx.mentions.find((x) => x.via === 'demonym' && x.start >= at && x.start - at <= 3)?.id;
  if (state_) parties.add(state_);
  // The person the article follows most is meant, and only if the title is theirs: in a portrait, "le ministre" is its
  // subject, never the counterpart named last. Two people followed as much leave it open.
  const named = (p: string) => doc.nodes.get(p)?.mentions.length ?? 0;
  const top = Math.max(0, ...state.personsSeen.map(named));
  const followed = state.personsSeen.filter((p) => named(p) === top);
  if (followed.length !== 1) return [];
  const title = t[1].toLowerCase();
  const holds = [...doc.relationships.values()].some((r) => r.type === 'HOLDS_ROLE' && r.source === followed[0] && String(r.properties.title ?? '').toLowerCase().includes(title) && (!state_ || r.target === state_));
  return holds ? followed : [];
}

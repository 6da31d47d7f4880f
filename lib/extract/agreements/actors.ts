import type { DocBuilder } from '../builder';
import { actorMentions, countryOfActor, subjectBefore, type SentenceContext } from '../context';
import { ensureNode, type EntityMention } from '../entities';
import type { AgreementMemory } from './types';
import { words } from './vocabulary';

/** The states behind actors (a body acts for its state unless sides are meant; a person for hers), once each. */
function ownersOf(doc: DocBuilder, ids: string[], personCountry: Map<string, string>, sides: boolean): string[] {
  const actsForState = (id: string) => id.startsWith('person:') || (!sides && id.startsWith('org:'));
  return [...new Set(ids.map((id) => (actsForState(id) ? countryOfActor(doc, id, personCountry) : id)).filter((x): x is string => Boolean(x)))];
}

/** "les deux pays" at an offset: the plural subject before it ("X et Y ..., leurs ministres"), else the two states (or, for "camps", states or bodies) last named. */
export function pairAt(doc: DocBuilder, ctx: SentenceContext, memory: AgreementMemory, at: number, personCountry: Map<string, string>): string[] {
  const m = words().PAIR_RE.exec(ctx.text.slice(at, at + 60));
  // A head noun may come first: "les délégations militaires des deux camps".
  // "par les ministres de l'Énergie des deux pays": a domain may be capitalised, but no actor may sit in between.
  if (!m || !/^[\s,]*(?:[\p{L}'’-]+\s+){0,5}$/u.test(ctx.text.slice(at, at + m.index)) || actorMentions(ctx).some((x) => x.start >= at && x.end <= at + m.index)) return [];
  const sides = Boolean(m[2]);
  // "les deux belligérants": the sides of the war the article told of.
  if (sides && memory.sides && words().WAR_SIDE.test(m[0])) return memory.sides;
  const owners = (ids: string[]) => ownersOf(doc, ids, personCountry, sides);
  if (m[3]) {
    const plural = owners(subjectBefore(ctx, at).map((x) => x.id));
    if (plural.length >= 2) return plural;
  }
  return recentPair(doc, ctx, memory, at, personCountry, sides);
}

/** The two states (or, for sides, states or bodies) most named among the four last named before `at`. */
export function recentPair(doc: DocBuilder, ctx: SentenceContext, memory: AgreementMemory, at: number, personCountry: Map<string, string>, sides = false): string[] {
  const owners = (ids: string[]) => ownersOf(doc, ids, personCountry, sides);
  // "signée à Addis-Abeba par ...": a place is where it happened, not a side.
  // "Le royaume a accueilli des pourparlers", "sous l'égide des États-Unis": a host or broker is no side.
  const hosts = (x: { start: number; end: number }) => words().HOST_AFTER.test(ctx.text.slice(x.end, x.end + 60)) || words().HOST_BEFORE.test(ctx.text.slice(Math.max(0, x.start - 40), x.start));
  const before = actorMentions(ctx).filter((x) => x.end <= at && !words().PLACE_BEFORE.test(ctx.text.slice(Math.max(0, x.start - 8), x.start)));
  const hosted = new Set(before.filter(hosts));
  const hosting = new Set(owners([...hosted].map((x) => x.id)));
  const here = before.filter((x) => !hosted.has(x)).map((x) => x.id);
  const recent = owners([...(memory.actors ?? []), ...here].reverse()).filter((id) => !hosting.has(id) && (sides ? !id.startsWith('person:') : id.startsWith('country:')));
  // The two most named of the recent ones: a state named once in passing is not one of "les deux pays".
  const count = (id: string) => (memory.counts?.get(id) ?? 0) + here.filter((x) => x === id).length;
  return recent.slice(0, 4).map((id, rank) => ({ id, rank })).sort((a, b) => count(b.id) - count(a.id) || a.rank - b.rank).slice(0, 2).map((x) => x.id);
}

/** States and bodies named after "par": the first one and those coordinated with it. */
export function byList(ctx: SentenceContext, from: number, ce: number): string[] {
  const out: string[] = [];
  let pos = from;
  for (const m of actorMentions(ctx).filter((x) => x.start >= from && x.end <= ce && x.label !== 'Person')) {
    // "par Airbus et la compagnie indienne IndiGo": a common noun and adjectives may describe the next one.
    const gap = ctx.text.slice(pos, m.start);
    if (!words().DESCRIBED.test(gap) && !(pos === from && words().ORGAN_OF.test(gap))) break;
    out.push(m.id);
    pos = m.end;
  }
  return out;
}

/** "par les dirigeants du Kenya et de l'Ouganda": the states and bodies a plural head noun right at `from` governs, each after its own "de". */
export function headedList(ctx: SentenceContext, from: number, ce: number): string[] {
  const after = actorMentions(ctx).filter((x) => x.start >= from && x.end <= ce && x.label !== 'Person');
  if (!after.length || !words().HEADED_AGENT.test(ctx.text.slice(from, after[0].start))) return [];
  const out = [after[0]];
  for (const x of after.slice(1)) {
    if (!words().HEADED_LIST_GAP.test(ctx.text.slice(out.at(-1)!.end, x.start))) break;
    out.push(x);
  }
  return out.map((x) => x.id);
}

/** "avec le groupe russe Rosatom": the first actor `keep` allows, within 40 characters after `from`, that only a common noun and adjectives describe. */
export function describedAfter(ctx: SentenceContext, from: number, keep: (x: EntityMention) => boolean): EntityMention | undefined {
  return actorMentions(ctx).find((x) => keep(x) && x.start >= from && x.start - from <= 40 && words().DESCRIBED.test(ctx.text.slice(from, x.start).replace(/\s*$/u, ' ')));
}

/** The party an actor makes: a body in its own name, a state or a person for their state (the actor itself when none is known). */
export function partyOf(doc: DocBuilder, x: EntityMention, personCountry: Map<string, string>): string {
  return x.label === 'Organization' ? x.id : countryOfActor(doc, x.id, personCountry) ?? x.id;
}

/** Records that a person signed: SIGNED, and their state joins the parties. */
export function signedBy(site: { doc: DocBuilder; personCountry: Map<string, string>; parties: Set<string>; node: { id: string } }, person: string, sid: string, emit = false): void {
  site.doc.rel('SIGNED', person, site.node.id, [sid]);
  for (const p of signatorySides(site.doc, person, site.personCountry)) {
    site.parties.add(p);
    // Outside a named agreement's steps, the party joins at once.
    if (emit) partyTo(site.doc, p, site.node.id, sid);
  }
}

/** Whom a signatory signs for: her state, and the bodies she heads ("paraphé par le PDG de Sonatrach, X"). */
export function signatorySides(doc: DocBuilder, person: string, personCountry: Map<string, string>): string[] {
  const c = countryOfActor(doc, person, personCountry);
  const bodies = doc.edges('HOLDS_ROLE', { source: person }).map((r) => r.target).filter((t) => t.startsWith('org:'));
  return c ? [c, ...bodies] : bodies;
}

/** PARTY_TO from a state or body to an agreement; a state the text never names ("Poutine et Erdogan ont signé") gets its node. */
export function partyTo(doc: DocBuilder, party: string, agreement: string, sid: string): void {
  if (party.startsWith('country:')) ensureNode(doc, party, 'Country');
  doc.rel('PARTY_TO', party, agreement, [sid]);
}

import { actorAfter, actorMentions, countryOfActor, subjectBefore } from '../context';
import { byList, describedAfter, pairAt, partyOf, partyTo } from './actors';
import type { EntityMention } from '../entities';
import type { AgreementSite } from './types';
import { words } from './vocabulary';

/** "le pacte lie l'Australie, le Royaume-Uni et ...", "entre la Corée du Nord et Moscou": parties named after the agreement. */
export function partiesAfter(site: AgreementSite): void {
  const { doc, ctx, memory, personCountry, end, ce, parties } = site;
  const text = ctx.text;
  const clitic = words().BIND_CLITIC.exec(text.slice(end, ce));
  const other = clitic ? actorAfter(ctx, end + clitic.index + clitic[0].length, 8) : undefined;
  if (clitic && other) {
    for (const s of subjectBefore(ctx, site.start, site.cs)) parties.add(countryOfActor(doc, s.id, personCountry) ?? s.id);
    parties.add(countryOfActor(doc, other.id, personCountry) ?? other.id);
  }
  const bind = clitic ? null : words().BIND.exec(text.slice(end, ce));
  if (bind) {
    const bound = byList(ctx, end + bind[0].length, ce);
    for (const a of bound) parties.add(a);
    // "le pacte liant les Îles Salomon à la Chine": the other side after "à".
    const last = actorMentions(ctx).find((x) => x.id === bound.at(-1) && x.start >= end + bind[0].length);
    const other = last ? actorMentions(ctx).find((x) => x.start >= last.end && x.label !== 'Person' && words().BIND_TO.test(text.slice(last.end, x.start))) : undefined;
    if (other) parties.add(other.id);
  }
  const between = words().BETWEEN.exec(text.slice(end, Math.min(ce, end + 90)));
  if (!between) return;
  const from = end + between.index + between[0].length;
  const a = actorAfter(ctx, from, 6);
  const b = a ? actorAfter(ctx, a.end, 12) : undefined;
  // A body is a party in its own name ("entre le Kremlin et ..."); its state follows below.
  for (const x of [a, b]) if (x) parties.add(partyOf(doc, x, personCountry));
  if (!a) for (const p of pairAt(doc, ctx, memory, from, personCountry)) parties.add(p);
}

/** "un accord ... avec l'Ukraine": the partner, and in one side's words the speaker's own state. */
export function partyWith(site: AgreementSite): void {
  const { doc, ctx, personCountry, end, ce, parties } = site;
  const withParty = words().WITH.exec(ctx.text.slice(end, Math.min(ce, end + 50)));
  if (!withParty) return;
  // "avec le groupe russe Rosatom": a body or a person described before its name is the partner, not the adjective's state.
  const from = end + withParty[0].length;
  const w = describedAfter(ctx, from, (x) => x.label !== 'Country') ?? actorAfter(ctx, from, 6);
  if (!w) return;
  parties.add(partyOf(doc, w, personCountry));
  // "l'accord conclu avec Washington" in Seoul's words: the other side is the sentence's own actor.
  if (parties.size === 1) {
    // Bodies and people speak for their state; a country after a preposition is only mentioned.
    const ranked = [...ctx.mentions].sort((a, b) => Number(a.label === 'Country') - Number(b.label === 'Country'));
    const own = ranked.map((x) => countryOfActor(doc, x.id, personCountry)).find((c) => c && c.startsWith('country:') && !parties.has(c));
    if (own) parties.add(own);
  }
  // "conclu avec l'Inde et l'Australie": every partner of the list after "avec".
  for (const x of listedAfter(ctx, w, ce)) parties.add(partyOf(doc, x, personCountry));
}

/** The actors listed after `first` ("l'Inde, le Japon et l'Australie"), up to `ce`, joined by commas or "et". */
export function listedAfter(ctx: AgreementSite['ctx'], first: EntityMention, ce: number): EntityMention[] {
  const out: EntityMention[] = [];
  let last = first;
  for (const x of actorMentions(ctx).filter((a) => a.start >= first.end && a.end <= ce)) {
    if (!words().LIST_GAP.test(ctx.text.slice(last.end, x.start))) break;
    out.push(x);
    last = x;
  }
  return out;
}

/** "X a signé l'accord au nom de l'Ukraine": whom a signatory acts for is a party. */
export function partiesOnBehalf(site: AgreementSite): void {
  const { ctx, cs, ce, parties } = site;
  for (const a of actorMentions(ctx).filter((x) => x.label !== 'Person' && x.start >= cs && x.end <= ce && words().ON_BEHALF.test(ctx.text.slice(Math.max(cs, x.start - 24), x.start)))) parties.add(a.id);
  // "signé côté kényan par X": the side named by a nationality adjective.
  for (const d of ctx.mentions.filter((x) => x.via === 'demonym' && x.start >= cs && x.end <= ce && words().SIDE_BEFORE.test(ctx.text.slice(Math.max(cs, x.start - 12), x.start)))) parties.add(d.id);
}

/** PARTY_TO for every party found; a body's state is a party with it ("entre le Kremlin et ..."). */
export function emitParties(site: AgreementSite): void {
  const { doc, ctx, personCountry, parties } = site;
  for (const p of parties) {
    partyTo(doc, p, site.node.id, ctx.sentence.id);
    const c = p.startsWith('org:') ? countryOfActor(doc, p, personCountry) : undefined;
    if (c && c !== p) doc.rel('PARTY_TO', c, site.node.id, [ctx.sentence.id]);
  }
}

/** "Le contrat a été attribué à un consortium mené par X et Y": whoever wins the award is a party to the contract. */
export function partyAwarded(site: AgreementSite): void {
  const { doc, ctx, personCountry, end, ce, parties } = site;
  const m = words().AWARDED.exec(ctx.text.slice(end, ce));
  if (!m) return;
  const from = end + m.index + m[0].length;
  // "au français Meridiam": the body described, not the adjective's state.
  const w = describedAfter(ctx, from, (x) => x.label !== 'Country') ?? actorAfter(ctx, from, 12);
  if (!w || w.label === 'Person') return;
  for (const x of [w, ...listedAfter(ctx, w, ce)]) if (x.label !== 'Person') parties.add(partyOf(doc, x, personCountry));
}

/** "Damas ne respecte pas l'accord de 1987", "Moscou a violé le traité": who keeps or breaks an agreement is bound by it, denied or not. */
export function partyAbiding(site: AgreementSite): void {
  const { doc, ctx, personCountry, start, cs, parties } = site;
  const verb = words().ABIDE_VERB.exec(ctx.text.slice(cs, start));
  if (!verb) return;
  for (const s of subjectBefore(ctx, cs + verb.index, cs)) parties.add(partyOf(doc, s, personCountry));
}

/** "la position commune de l'UE, à laquelle les Pays-Bas sont tenus": the states a relative binds to the agreement are parties. */
export function partyBoundRelative(site: AgreementSite): void {
  const { doc, ctx, personCountry, end, parties } = site;
  const text = ctx.text;
  const open = words().BOUND_RELATIVE.exec(text.slice(end, end + 120));
  const first = open ? actorAfter(ctx, end + open[0].length, 6) : undefined;
  if (!first) return;
  const list = [first, ...listedAfter(ctx, first, text.length)];
  if (words().BOUND_VERB.test(text.slice(list.at(-1)!.end))) for (const x of list) parties.add(partyOf(doc, x, personCountry));
}

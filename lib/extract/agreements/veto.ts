import { actorAfter, clauseAround, countryOfActor, subjectBefore } from '../context';
import { ensureNode } from '../entities';
import { statesOf } from './demonyms';
import type { PlacedFact } from '../claims';
import type { AgreementScene, AgreementSite } from './types';
import { namesAgreement, words } from './vocabulary';

/** "a opposé son veto au renouvellement du mandat ...": what was vetoed is an agreement even unnamed. */
export function vetoedUnnamed(scene: AgreementScene): PlacedFact | undefined {
  const { doc, ctx, memory, personCountry } = scene;
  const text = ctx.text;
  const sid = ctx.sentence.id;
  const veto0 = words().VETO_RE.exec(text);
  if (!veto0) return undefined;
  const objStart = veto0.index + veto0[0].length;
  const obj = words().VETO_OBJECT.exec(text.slice(objStart));
  if (!obj || namesAgreement(obj[1])) return undefined;
  const start = objStart + obj[0].length - obj[1].length;
  const name = obj[1].trim().replace(/’/g, "'");
  const node = doc.fact('agreement', 'Agreement', name, { kind: 'resolution', date: null, dateText: null });
  doc.mention(node.id, ctx.sentence, start, start + name.length);
  memory.list.push({ id: node.id, kind: 'resolution', sentenceIndex: ctx.sentence.index });
  const [cs] = clauseAround(text, veto0.index);
  for (const v of subjectBefore(ctx, veto0.index, cs)) doc.rel('VETOED', countryOfActor(doc, v.id, personCountry) ?? v.id, node.id, [sid]);
  const date = ctx.dates.find((d) => d.end <= veto0.index + 40);
  if (date) {
    node.properties.date = date.date;
    node.properties.dateText = date.dateText;
  }
  return { id: node.id, sentenceId: sid, start, end: start + name.length };
}

/** "X a opposé son veto à la résolution": the vetoing subject before the name. */
export function vetoedNamed(site: AgreementSite): void {
  const { doc, ctx, personCountry, clause, cs } = site;
  site.veto = words().VETO_RE.exec(clause);
  if (!site.veto || cs + site.veto.index >= site.start) return;
  for (const v of subjectBefore(ctx, cs + site.veto.index, cs)) {
    const c = countryOfActor(doc, v.id, personCountry) ?? v.id;
    doc.rel('VETOED', c, site.node.id, [ctx.sentence.id]);
  }
}

/** "rejeté par un veto russe", "le double veto sino-russe au projet", "bloqué par le veto de la Chine": the veto named by a noun. */
export function vetoedByNoun(site: AgreementSite): void {
  const { doc, ctx, personCountry, start, end, cs, ce } = site;
  const text = ctx.text;
  const after = words().VETO_AGENT.exec(text.slice(end, ce));
  const before = after ? null : words().VETO_BEFORE.exec(text.slice(cs, start));
  const at = after ? end + after.index + after[0].length : before ? cs + before.index + before[0].indexOf(before.groups!.who, before[0].search(/veto/u)) : -1;
  if (at < 0) return;
  // A nationality adjective, compound or not, else the state or body named there.
  const word = /^\s*([\p{L}-]+)/u.exec(text.slice(at));
  const states = word ? statesOf(word[1]) : [];
  const actor = states.length ? undefined : actorAfter(ctx, at, 4);
  if (actor) states.push(countryOfActor(doc, actor.id, personCountry) ?? actor.id);
  for (const s of states) {
    if (s.startsWith('country:')) ensureNode(doc, s, 'Country');
    doc.rel('VETOED', s, site.node.id, [ctx.sentence.id]);
  }
}

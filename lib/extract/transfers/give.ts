import { actorAfter, actorMentions, subjectBefore } from '../context';
import { resolveDative, resolveSubjectPronoun } from '../discourse';
import { agentAfter, agentOf, endpoint, endpointId, ledBy, nationalSubject, placeAfter, recipientAfter } from './endpoints';
import type { EntityMention } from '../entities';
import type { TriggeredReading } from './reading';
import { speakerSide } from './speaker';
import { pattern } from '../syntax/language';
import { ALLEGED } from './modality';
import { isMeans, readMeans } from './means';

const OWN_NOUN = () => pattern('give.ownNoun');
const ACCUSE = () => pattern('give.accuse', 'u');
const ASKED_FOR = () => pattern('give.askedFor');

/** "des entreprises chinoises accusées de fournir des composants": the accused supply; true when the phrase says so. */
export function readSuspect(r: TriggeredReading): boolean {
  const { doc, ctx, personCountry, trigger, cs, senders } = r;
  const text = ctx.text;
  const suspect = !trigger.noun ? pattern('give.suspected').exec(text.slice(Math.max(cs, trigger.start - 30), trigger.start)) : null;
  if (suspect) {
    const before = ctx.mentions.filter((x) => x.end <= trigger.start - suspect[0].length && trigger.start - suspect[0].length - x.end < 30).pop();
    const s = endpoint(doc, before, personCountry);
    if (s) senders.push(s);
  }
  return !!suspect;
}

/** The sides of a giving trigger: its subject, a passive's agent, a relative's head, a pronoun's antecedent, a noun's owner. */
export function readGiving(r: TriggeredReading): void {
  const { doc, ctx, personCountry, discourse, p, trigger, cs, ce, senders, recipients } = r;
  const text = ctx.text;
  const passive = trigger.verb ? trigger.verb.voice === 'passive' : pattern('give.passiveAux').test(text.slice(Math.max(0, trigger.start - 25), trigger.start));
  const pronoun = trigger.verb?.pronounSubject;
  if (trigger.role === 'give' && !trigger.noun && passive) {
    // "des missiles pourraient être livrés": the goods are the subject; the sender, if any, follows
    // "par" ("livrés par Israël", not "acheminés par bateau") or an origin ("acheminés depuis les Émirats").
    // ... up to a verb of passage the goods are the subject of ("livré à l'Égypte a transité par la Turquie": a route, no agent).
    const passage = r.triggers.find((t) => t.verb && !t.verb.bare && (t.role === 'depart' || t.role === 'join') && t.start > trigger.end && t.start < ce)?.start ?? ce;
    const agent = agentAfter(doc, ctx, trigger.end, passage, personCountry);
    if (agent) senders.push(agent);
    // "des armes en provenance d'Iran ont été livrées aux Houthis": with no agent, the origin told on the goods sends.
    const origin = agent ? undefined : ctx.mentions.find((m) => m.start >= p.end && m.end <= trigger.start && toldAsOrigin(text, m, p.end));
    const from = endpoint(doc, origin, personCountry);
    if (from) senders.push(from);
  } else if (trigger.role === 'give' && !trigger.noun && pattern('give.objectRelative').test(trigger.verb?.before?.text ?? '') && actorMentions(ctx).some((m) => m.start > trigger.end && pattern('give.articleGap').test(text.slice(trigger.end, m.start)))) {
    // "le carburant que lui livre l'Iran": after a relative "que" the subject may follow the verb.
    const inverted = actorMentions(ctx).find((m) => m.start > trigger.end && pattern('give.articleGap').test(text.slice(trigger.end, m.start)));
    const s = endpoint(doc, inverted, personCountry);
    if (s) senders.push(s);
  } else if (trigger.role === 'give' && !trigger.noun && trigger.verb?.before?.key === 'qui') {
    // "un boutre parti d'Iran qui acheminait": the subject is what "qui" stands for, not the main clause's actor.
    const qui = trigger.verb.before;
    // ... past a bracket closing on the head's short name ("un prêt de la Banque d'export-import de Corée (Kexim), qui").
    const head = actorMentions(ctx).find((m) => m.end <= qui.start && /^\s*\)?\s*,?\s*$/.test(text.slice(m.end, qui.start)));
    const from = head ? undefined : ctx.mentions.find((m) => m.end <= qui.start && qui.start - m.end < 60 && toldAsOrigin(text, m));
    const s = endpoint(doc, head ?? from, personCountry);
    if (s) senders.push(s);
  } else if (trigger.role === 'give' && !trigger.noun && trigger.verb?.firstPlural?.role === 'subject') {
    // "« Nous avons envoyé deux cents instructeurs », a déclaré le ministre turc": the speaker's side sends.
    const s = speakerSide(doc, ctx, personCountry, discourse, trigger.verb.firstPlural.word.start);
    if (s) senders.push(s);
  } else if (trigger.role === 'give' && !trigger.noun && pattern('give.chargeClitic').test(text.slice(cs, trigger.start))) {
    // "Khartoum l'accuse d'avoir livré", "Elle lui reproche d'avoir fourni": the clitic the charge takes gives.
    const s = chargedByClitic(r);
    if (s) senders.push(s);
  } else if (trigger.role === 'give' && !trigger.noun && pronoun) {
    // "Elle leur aurait livré": the subject is the actor in focus; a deed told as alleged, the party a charge just named.
    const id = resolveSubjectPronoun(discourse, ctx, pronoun.start, ALLEGED.test(text.slice(cs, ce)));
    const s = id ? endpointId(doc, id, personCountry) : undefined;
    if (s) senders.push(s);
  } else if (trigger.role === 'give' && !trigger.noun) {
    // "Le Soudan accuse les Émirats de livrer des armes": the accused gives, not the accuser.
    // ... in the perfect too ("reproche à Ankara d'avoir livré").
    const perfect = pattern('give.perfectCharge', 'iu').test(text.slice(cs, trigger.start));
    const accused = trigger.verb?.form === 'infinitive' || perfect ? ACCUSE().exec(text.slice(cs, trigger.start)) : null;
    const accusedAt = accused ? cs + accused.index + accused[0].length : 0;
    // "a accusé des entreprises serbes d'avoir livré": an unnamed group's nationality names the accused state.
    const indefinite = accused ? ctx.mentions.find((m) => m.via === 'demonym' && m.start > accusedAt && pattern('give.accusedIndefinite').test(text.slice(accusedAt, m.start))) : undefined;
    const accusedActor = accused ? indefinite ?? actorAfter(ctx, accusedAt, 4) : undefined;
    const a = accusedActor && pattern('give.accusedGap', 'iu').test(text.slice(accusedActor.end, trigger.start)) ? endpoint(doc, accusedActor, personCountry) : undefined;
    if (a) senders.push(a);
    // An accused Trame cannot name still is not the accuser.
    // "L'armée rwandaise a déployé des soldats aux côtés du M23": an army named as the subject gives abroad in its own
    // name, as a firm does; at home it only moves its own men.
    else if (!(accused && pattern('give.chargeOpen', 'iu').test(text.slice(cs + accused.index, trigger.start)))) senders.push(...subjectBefore(ctx, trigger.start, cs).map((m) => (m.id.endsWith('-armed-forces') && m.via !== 'coref' && abroad(r, m) ? m.id : endpoint(doc, m, personCountry))).filter((x): x is string => !!x));
    // With no subject found, the first of these that names one:
    if (!senders.length && !accused && trigger.verb?.voice === 'active') {
      const s =
        // "Un haut responsable serbe aurait livré": a nameless official's state.
        nationalSubject(doc, ctx, cs, trigger.start, personCountry) ??
        // "Un consortium de banques mené par X a prêté": the collective subject is named by who leads it.
        ledBy(doc, ctx, cs, personCountry);
      if (s) senders.push(s);
    }
  } else if (trigger.role === 'give' && !trigger.text && ASKED_FOR().test(text.slice(cs, p.start))) {
    // "Kiev a demandé davantage d'aide à ses alliés": who asks for aid receives it.
    recipients.push(...subjectBefore(ctx, p.start, cs).map((m) => endpoint(doc, m, personCountry)).filter((x): x is string => !!x));
  } else if (trigger.role === 'give' && trigger.noun && pattern('give.supplierNoun').test(trigger.text)) {
    // "La Russie est le premier fournisseur d'armes de l'Algérie", "la Chine, principal fournisseur d'armes du Pakistan":
    // the actor the noun is said of supplies; the one after the goods is supplied.
    const of = actorMentions(ctx).filter((m) => m.end <= trigger.start && m.start >= cs).pop();
    const s = of && pattern('give.supplierOf').test(text.slice(of.end, trigger.start)) ? endpoint(doc, of, personCountry) : undefined;
    const to = pattern('give.supplierTo').exec(text.slice(p.end, ce));
    // "Le Népal, dont l'Inde est le principal fournisseur de carburant": the head of "dont" is supplied.
    const head = of ? actorMentions(ctx).filter((m) => m.end <= of.start).pop() : undefined;
    const whose = head && pattern('give.supplierRelative').test(text.slice(head.end, of!.start)) ? endpoint(doc, head, personCountry) : undefined;
    const t = s && to ? endpoint(doc, actorAfter(ctx, p.end + to[0].length, 2), personCountry) : s ? whose : undefined;
    if (s && t && s !== t) {
      senders.push(s);
      recipients.push(t);
    }
  } else if (isMeans(r)) {
    readMeans(r);
  } else if (trigger.role === 'give') {
    // A noun's agent is the clause subject only when the text ties them: "ses livraisons",
    // "augmentait les livraisons", "soutient X par des fournitures", or aid the subject grants.
    // "surveiller les transferts d'armes" names nobody who sends.
    const lead = text.slice(Math.max(cs, trigger.start - 40), trigger.start);
    const tied = !trigger.text || OWN_NOUN().test(lead);
    const { agents, object } = agentOf(doc, ctx, trigger.start, cs, personCountry);
    // "Les experts reprochent à la Turquie d'avoir organisé le transfert": the accused organised it, not the accuser.
    const charge = ACCUSE().exec(text.slice(cs, trigger.start));
    const charged = charge ? endpoint(doc, actorAfter(ctx, cs + charge.index + charge[0].length, 4), personCountry) : undefined;
    if (charged && (tied || object)) senders.push(charged);
    else if (tied || object) senders.push(...agents);
    if (object) recipients.push(object);
    // "Athènes a reçu en 2021 une première livraison de missiles": a flow received is the receiving verb's subject's.
    const received = !object ? r.triggers.find((t) => t.verb && t.role === 'receive' && t.end <= trigger.start && trigger.start - t.end <= 40 && pattern('give.receivedNoun').test(text.slice(t.end, trigger.start))) : undefined;
    if (received) {
      const by = subjectBefore(ctx, received.start, cs).map((m) => endpoint(doc, m, personCountry)).find((x): x is string => !!x && !senders.includes(x));
      if (by) recipients.push(by);
    }
    // "Washington accuse Pékin d'envisager la livraison d'armes": the accused is the sender.
    const accused = ACCUSE().exec(text.slice(cs, trigger.start));
    if (!senders.length && accused) {
      const a = endpoint(doc, actorAfter(ctx, cs + accused.index + accused[0].length, 4), personCountry);
      if (a) senders.push(a);
    }
    // "la livraison de 20 chars à l'Ukraine par l'Allemagne": a noun's agent after "par".
    if (!senders.length && trigger.text) {
      const by = agentAfter(doc, ctx, p.end, ce, personCountry) ?? (trigger.end <= p.start ? agentAfter(doc, ctx, trigger.end, p.start, personCountry) : undefined);
      if (by) senders.push(by);
    }
    // "les livraisons d'armes de la Corée du Nord": the sender follows the goods.
    const of = pattern('give.ofAfter').exec(text.slice(p.end, p.end + 12));
    if (!senders.length && of) {
      const s = endpoint(doc, actorAfter(ctx, p.end + of[0].length, 2), personCountry);
      if (s) senders.push(s);
    }
  }
}

/** Whether a giving verb names a receiver or a place other than its subject's own state (or a dative that may be one). */
function abroad(r: TriggeredReading, subject: EntityMention): boolean {
  const { doc, ctx, personCountry, trigger, ce } = r;
  const home = endpoint(doc, subject, personCountry);
  if (!home) return false;
  return !!trigger.verb?.dative || !!recipientAfter(doc, ctx, trigger.end, ce, [home], personCountry) || !!placeAfter(doc, ctx, trigger.end, ce, [home], personCountry);
}

/** Whether a place or actor is told as where goods come from ("en provenance d'Iran", "parti du Yémen"), looking no further back than floor. */
function toldAsOrigin(text: string, m: { start: number }, floor = 0): boolean {
  return pattern('give.origin').test(text.slice(Math.max(floor, m.start - 30), m.start));
}

/** The party a charge's clitic stands for ("l'accuse", "lui reproche"): the actor in focus before, never the accuser. */
function chargedByClitic(r: TriggeredReading): string | undefined {
  const { doc, ctx, personCountry, discourse, trigger, cs } = r;
  const clitic = pattern('give.chargeClitic').exec(ctx.text.slice(cs, trigger.start));
  if (!clitic) return undefined;
  const at = cs + clitic.index;

  const named = subjectBefore(ctx, at, cs)[0];
  const said = pattern('discourse.subjectPronoun', 'iu').exec(ctx.text.slice(cs, at + clitic[0].length));
  const pronoun = !named && said ? resolveSubjectPronoun(discourse, ctx, cs + said.index) : undefined;
  const accuser = named ? endpoint(doc, named, personCountry) : pronoun ? endpointId(doc, pronoun, personCountry) : undefined;
  const id = resolveDative(discourse, ctx, at, (x) => { const e = endpointId(doc, x, personCountry); return !e || e === accuser; }, []);
  return id ? endpointId(doc, id, personCountry) : undefined;
}

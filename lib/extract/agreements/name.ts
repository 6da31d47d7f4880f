import { followsAgreementName } from '../agreement-acronyms';
import { actorMentions, clauseAround } from '../context';
import type { EntityMention } from '../entities';
import { ensureNode } from '../entities';
import { pattern } from '../syntax/language';
import { linkCovered } from './covers';
import { demonymsAfter, statePairAfter } from './demonyms';
import type { AgreementMemory, AgreementScene, AgreementSite } from './types';
import { topicalAgreement, words } from './vocabulary';

// "le traité ... l'accord": accords, pacts, treaties and partnerships refer to one another.
const family = (k: string) => (['accord', 'pact', 'treaty', 'partnership'].includes(k) ? 'bilateral' : k);

/**
 * Whether the agreement last named in this sentence ends before `start` and what lies between them matches `joint`
 * ("l'accord de défense et le protocole": agreement.coordinatedName; "la charte de X, un pacte": an apposition).
 */
export function joinedToLastName(memory: AgreementMemory, sid: string, text: string, start: number, joint: RegExp): boolean {
  const last = memory.lastName;
  return !!last && last.sentenceId === sid && last.end <= start && joint.test(text.slice(last.end, start));
}

/** An agreement noun of the sentence as a new agreement node, or undefined when it is none or only points back to one already named. */
export function readName(scene: AgreementScene, m: RegExpMatchArray): AgreementSite | undefined {
  const { doc, ctx, memory, transfers } = scene;
  const W = words();
  const text = ctx.text;
  const sid = ctx.sentence.id;
  const noun = m.groups!.noun.toLowerCase().replace('’', "'");
  // "l'Initiative céréalière" is a name; "à l'initiative de" is not.
  if (pattern('agreement.capitalisedOnly', 'u').test(noun) && !/^\p{Lu}/u.test(m.groups!.noun)) return undefined;
  const kind = W.KIND_OF.get(noun) ?? 'accord';
  // "l'accord de libre-échange continental africain (ZLECAf)": an acronym in brackets is the short form of the name before it.
  if (/^\p{Lu}/u.test(m.groups!.noun) && followsAgreementName(ctx.text.slice(0, m.index!))) return undefined;
  const start = m.index!;
  let end = start + m[0].length;
  // The few characters before the noun, where its article or a governing "de" stands.
  const article = text.slice(Math.max(0, start - 4), start);
  // "L'accord d'organisation est signé", after a contract: a definite noun narrowed by a complement is not the one before.
  const complement = m.groups!.mods || !W.DEFINITE_BEFORE.test(article) ? null : W.NOUN_COMPLEMENT.exec(text.slice(end));
  if (complement) end += complement[0].length;
  // "le programme nucléaire" is a plan; "le programme approuvé par le FMI", "a signé un programme" an agreement, unless
  // it only completes another noun ("le mémorandum du programme F-35, signé par").
  if (W.SIGNED_ONLY.has(noun)) {
    if (pattern('agreement.complementBefore', 'u').test(article) || W.GOODS_COMPLEMENT.test(text.slice(end))) return undefined;
    // A plan is put in place, voted or decided too: only a verb of signing or approving after it makes it an agreement.
    const signedAfter = W.PASSIVE_SIGN.exec(text.slice(end, clauseAround(text, start)[1]));
    if (!W.SIGNED_OBJECT.test(text.slice(Math.max(0, start - 60), start)) && !(signedAfter && W.SIGNING_OR_APPROVING.test(signedAfter[1]))) return undefined;
  }
  // "l'Organisation du traité de sécurité collective": an agreement noun inside a body's name is part of that name.
  if (ctx.mentions.some((x) => x.label === 'Organization' && x.start < start && x.end >= end)) return undefined;
  if (pattern('agreement.elidedOfBefore', '').test(text.slice(Math.max(0, start - 2), start)) && kind === 'accord') return undefined;
  const [cs, ce] = clauseAround(text, start);
  const clause = text.slice(cs, ce);
  // "le traité de Lisbonne", "le pacte AUKUS": the name that follows completes the noun; after "de", unless it is a body or a person.
  const ofName = W.OF_NAME.exec(text.slice(end));
  // "l'accord Qatar-Pakistan", "le partenariat UE-Maroc": the sides joined by a hyphen name it and are its parties.
  const pair = ofName ? undefined : statePairAfter(text, end);
  const tag = pair ? null : W.TAG_NAME.exec(text.slice(end));
  // A body's name right after the noun is the pact's own name ("le pacte Aukus"); a state, a place or a person is not.
  const word = ofName || pair || tag ? null : W.WORD_NAME.exec(text.slice(end));
  const year = ofName || pair || tag || word ? null : W.YEAR_NAME.exec(text.slice(end));
  const proper = ofName ?? tag ?? word ?? year;
  const properAt = proper ? end + proper[0].length - proper[1].length : -1;
  const covered = (labels: string[]) => ctx.mentions.some((x) => labels.includes(x.label) && x.start <= properAt && x.end > properAt);
  const properIsActor = (ofName && covered(['Organization', 'Person'])) || (word && covered(['Person', 'Country', 'Location']));
  const quoted = W.QUOTED_OPEN.test(article) ? W.QUOTED_CLOSE.exec(text.slice(start)) : null;
  if (proper && !properIsActor && !W.NOT_NAMES.has(proper[1].split(/\s/)[0])) end = properAt + proper[1].length;
  else if (quoted) end = start + quoted[1].length;
  else if (W.NAMED_ONLY.has(noun) && !W.SIGNED_OBJECT.test(text.slice(Math.max(0, start - 60), start))) return undefined;
  if (pair) end = pair.end;
  const topic = !proper && ['accord', 'treaty', 'pact'].includes(kind) ? W.TOPIC.exec(text.slice(end)) : null;
  if (topic) end += topic[0].length;
  // "l'accord gazier russo-turc": the nationality adjectives complete the name and name the parties.
  const demonyms = demonymsAfter(text, end, ce);
  end = demonyms.end;
  const issuer = issuerOf(scene, start, end);
  // Bare "sanctions" are mostly a regime mentioned in passing; a named measure ("le plafonnement du G7") stands with its issuer.
  if (kind === 'sanctions' && !W.SANCTION_ACTION.test(clause) && (!issuer || pattern('agreement.bareRegime', 'u').test(noun))) return undefined;
  // "la déclaration", "le pacte" without anything new: the agreement already named.
  // A proper name after the noun ("la convention de Montreux") makes it a new agreement.
  const named = !!pair || (!!proper && !properIsActor && end > start + m[0].length + (complement?.[0].length ?? 0)) || W.NAMED_AFTER.test(text.slice(end, end + 12));
  // "ont signé l'accord de défense et le protocole sur les frontières": a noun coordinated right after a name is another agreement.
  const coordinated = joinedToLastName(memory, sid, text, start, W.COORDINATED_NAME);
  const bare = !m.groups!.mods && !complement && !named && !coordinated && W.DEFINITE_BEFORE.test(article) && !W.INDEFINITE_BEFORE.test(article);
  // "la charte du Liptako-Gourma, un pacte de défense mutuelle": an agreement noun in apposition names the same agreement.
  if (joinedToLastName(memory, sid, text, start, W.APPOSED_AGREEMENT)) {
    const node = doc.nodes.get(memory.lastName!.id)!;
    doc.alias(node.id, text.slice(start, end).replace(/’/g, "'"));
    doc.mention(node.id, ctx.sentence, start, end);
    return { ...scene, node, kind: String(node.properties.kind ?? kind), start, end, cs, ce, clause, parties: new Set(), back: true };
  }
  // "le texte", "ce texte" only ever point back, to the agreement last named whatever its kind.
  // "Le contrat" names back a contract first. Without one it may name an accord ("un accord gazier. Le contrat court sur
  // vingt ans"), but never a treaty or pact, and not when it is awarded ("Le contrat a été attribué à"): states sign
  // accords, firms win contracts.
  const same = [...memory.list].reverse().filter((a) => family(a.kind) === family(kind));
  const isContract = (id: string) => W.CONTRACT_NOUN.test((doc.nodes.get(id)?.name ?? '').split(/\s/u)[0].toLowerCase());
  const contractBack = () => same.find((a) => isContract(a.id)) ?? (same[0]?.kind === 'accord' && !W.AWARDED.test(text.slice(end, ce)) ? same[0] : undefined);
  const previous = kind === 'text' ? topicalAgreement(memory) : W.CONTRACT_NOUN.test(noun) ? contractBack() : same[0];
  // "le texte d'un traité de paix" is that treaty's text: the noun after it is read instead.
  if (kind === 'text' && (!bare || !previous || W.NAMES_AGREEMENT.test(text.slice(end, end + 30)))) return undefined;
  if (bare && previous && (kind === 'text' || !W.NEW_IN_CLAUSE.test(clause))) {
    doc.mention(previous.id, ctx.sentence, start, end);
    linkCovered(doc, text, sid, previous.id, end, transfers);
    // What the sentence says of it ("L'accord a été signé par X", "Les deux pays ont ratifié ce texte") is read as for a new one.
    return { ...scene, node: doc.nodes.get(previous.id)!, kind: previous.kind, start, end, cs, ce, clause, parties: new Set(), back: true };
  }
  // "résolutions du Conseil de sécurité de l'ONU": the issuing body completes the name.
  const body = ctx.mentions.find((x) => x.label === 'Organization' && x.start > end && W.OF_BODY.test(text.slice(end, x.start)));
  if (body && kind === 'resolution') end = body.end;
  const short = W.SHORT_FORM.exec(text.slice(end));
  const name = text.slice(start, end + (short?.[1].length ?? 0)).replace(/’/g, "'");
  const node = doc.fact('agreement', 'Agreement', name, { kind, date: null, dateText: null });
  doc.mention(node.id, ctx.sentence, start, end);
  memory.list.push({ id: node.id, kind, sentenceIndex: ctx.sentence.index, governed: W.GOVERNED_BEFORE.test(text.slice(cs, start)) });
  if (body) doc.rel('PARTY_TO', body.id, node.id, [sid]);
  // "le procès-verbal 331, un accord technique": a numbered or named noun in apposition before it is its own name.
  const namedBefore = W.NAMED_BEFORE.exec(text.slice(Math.max(0, start - 60), start));
  if (namedBefore) doc.alias(node.id, namedBefore[1]);
  if (short) {
    doc.alias(node.id, short[2]);
    end += short[0].length;
  }
  const parties = new Set<string>();
  if (issuer) parties.add(issuer.id);
  for (const s of [...(pair?.states ?? []), ...demonyms.states]) {
    ensureNode(doc, s, s.startsWith('org:') ? 'Organization' : 'Country');
    parties.add(s);
  }
  return { ...scene, node, kind, start, end, cs, ce, clause, parties };
}

/** "le plafonnement du G7", "l'embargo de l'Union européenne", "le G7, dont le plafonnement": the body that issues it. */
function issuerOf(scene: AgreementScene, start: number, end: number): EntityMention | undefined {
  const text = scene.ctx.text;
  return actorMentions(scene.ctx).find((x) => x.label !== 'Person' && ((x.start >= end && words().OF_BODY.test(text.slice(end, x.start))) || (x.end <= start && words().WHOSE.test(text.slice(x.end, start)))));
}

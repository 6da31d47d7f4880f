// Step 1 of reading a claim: whether a reporting verb found in the sentence reports here, and how its speaker is placed.
import { type SentenceContext, actorMentions, clauseAround } from '../context';
import { pattern, perLanguage } from '../syntax/language';
import { filledRegExps } from '../relation-words';
import { type ClaimPatterns, TITLES, afterPreposition } from './patterns';
import { documentBefore, passiveAgent, speakerAfter } from './speakers';

/** A reporting verb that reports: where it is, whether it denies, and the shape around it that says where its speaker is. */
export interface ReportingVerb {
  /** The verb as written. */
  word: string;
  start: number;
  end: number;
  denies: boolean;
  /** The text of the sentence before the verb. */
  before: string;
  /** Where the verb's clause starts. */
  clauseStart: number;
  /** ", a déclaré X" / ", a-t-il ajouté" (group 1: the pronoun) / "comme l'a confirmé X": the speaker follows the verb. */
  inverted: RegExpExecArray | null;
  /** The inversion is an echo ("comme l'a confirmé X"), which has no subject before it. */
  echo: boolean;
  /** An auxiliary, an inversion, an infinitive or a negated confirmation makes the verb a finite report. */
  hasAux: boolean;
  /** The agent of a passive participle ("une accusation rejetée par Téhéran"). */
  agent?: string;
  /** The verb and its speaker stand in commas inside the clause they report ("La Russie, a affirmé X, a livré"). */
  incise?: boolean;
  /** A gerund ("tout en avertissant que"): a second statement by the speaker of the clause it hangs on. */
  gerund?: boolean;
}

/** "Le président américain, qui …": a title opening a clause, then a relative clause (the titles filled in once per language). */
const titledLead = () => perLanguage('claims.titledLead', (lang) => filledRegExps('claim', { titles: TITLES }, lang)('titledLead'));

/** Whether the speaker named right after the verb at `offset` closes an incise: a comma, then the reported clause going on. */
function inciseAfter(p: ClaimPatterns, ctx: SentenceContext, offset: number): boolean {
  // The speaker is a name, or a nameless group ("un responsable américain").
  const group = p.GROUP_ONE.exec(ctx.text.slice(offset, offset + 70));
  const named = speakerAfter(ctx, offset);
  // "Ahmed Saleh Barre, dit Gaddaf, commande": a nickname names the subject again, it does not speak.
  if (named && ctx.mentions.some((m) => m.id === named.id && m.end <= offset)) return false;
  // "X, a jugé ces volumes « dérisoires », a rapporté Y": a name past a quote answers another verb, not this one.
  if (named && /[«»“”"]/u.test(ctx.text.slice(offset, named.start))) return false;
  const end = named?.end ?? (group ? offset + group.index + group[0].length : -1);
  return end >= 0 && pattern('claim.inciseEnd', 'u').test(ctx.text.slice(end));
}

/** A phrase that withholds comment ("n'a pas souhaité commenter", "n'a ni confirmé ni démenti"), read as a finite reporting verb. */
export function withheldVerb(ctx: SentenceContext, m: RegExpMatchArray): ReportingVerb {
  const start = m.index!;
  return { word: m[0], start, end: start + m[0].length, denies: false, before: ctx.text.slice(0, start), clauseStart: clauseAround(ctx.text, start)[0], inverted: null, echo: false, hasAux: true };
}

/** Reads the reporting verb `v` of the sentence; undefined when it describes rather than reports. */
export function readVerb(p: ClaimPatterns, ctx: SentenceContext, v: RegExpMatchArray, usedSpeakers: Set<string>): ReportingVerb | undefined {
  const text = ctx.text;
  const vs = v.index!;
  const ve = vs + v[0].length;
  const before = text.slice(0, vs);
  const [cs] = clauseAround(text, vs);
  const participle = pattern('claim.presentParticiple').test(v[0]);
  // Participles other than "disant"/"citant" describe, they do not report.
  if (participle && !pattern('claim.sayingParticiple').test(v[0]) && !p.REPORTING_PARTICIPLE.test(text.slice(ve, ve + 90))) return undefined;
  // "a démenti …, tout en avertissant que": a gerund is a statement of its own by the main clause's speaker.
  const gerund = participle && pattern('claim.gerundBefore', 'iu').test(before);
  // "a démenti que ..., affirmant que": the participle's speaker is the main clause's, already heard.
  if (participle && !gerund && usedSpeakers.size > 0 && !ctx.mentions.some((m) => m.label === 'Person' && /^\s*,?\s*$/.test(text.slice(m.end, vs)))) return undefined;
  const infinitive = pattern('claim.infinitive').test(v[0]);
  if (infinitive && !p.GOVERNED_INFINITIVE.test(before)) return undefined;
  // ", a déclaré X" inverts only after quoted or reported words, not after a subject in apposition.
  let inverted = p.INVERTED.exec(before);
  // "Le Niger, lui, confirme": a stressed pronoun in commas repeats the subject, it inverts nothing.
  if (inverted && pattern('claim.stressedSubject', 'u').test(before)) inverted = null;
  // Without an auxiliary, only a finite verb inverts (", rappelle X"), not a participle (", accusée de").
  if (inverted && !pattern('claim.auxiliaryEnd', 'u').test(before) && pattern('claim.participleEnd').test(v[0])) inverted = null;
  const quoted = /^[«“"]/.test(text) || /[»”"]/.test(before);
  // "La Russie, a affirmé Antony Blinken, a livré des missiles": a speaker in commas inside the clause it reports.
  // "La Russie, a-t-il affirmé, a livré des blindés": a pronoun inverted in commas cuts the clause it reports, too.
  const pronounIncise = () => pattern('claim.inciseEnd', 'u').test(text.slice(ve).replace(p.PRONOUN_AFTER, ''));
  const incise = !!inverted && !quoted && (inverted[1] || p.PRONOUN_AFTER.test(text.slice(ve)) ? pronounIncise() : inciseAfter(p, ctx, ve));
  if (inverted && !inverted[1] && !quoted && !incise) {
    const comma = inverted.index;
    const apposed = actorMentions(ctx).find((m) => m.end <= comma && /^\s*$/.test(text.slice(m.end, comma)));
    // "Le porte-parole ..., Sean Savett, a déclaré": a name in apposition is the subject, unless a preposition governs it;
    // a name deep in a long statement with no comma before it ends the statement ("… via la ligne X, a précisé Y").
    const nearHead = apposed ? text.slice(0, apposed.start).split(/\s+/).length < 10 : false;
    if (apposed && !afterPreposition(p, text, apposed.start) && (nearHead || (apposed.label === 'Person' && /,\s*$/u.test(text.slice(0, apposed.start))))) inverted = null;
    // "Nicolás Maduro, le président vénézuélien, a salué": a name opening the clause, then one apposition, is the subject.
    const lead = actorMentions(ctx).find((m) => m.start >= cs);
    if (inverted && lead?.label === 'Person' && pattern('claim.leadArticle').test(text.slice(cs, lead.start)) && /^\s*,[^,«»“”"]{3,120}$/u.test(text.slice(lead.end, comma))) inverted = null;
    // "L'ambassadeur du Japon à Nairobi, Ken Okaniwa, présent dans la salle, a dénoncé", "Invitée à répondre, Maria Lopes,
    // conseillère à l'ambassade, a récusé": a name after its title or a fronted phrase, then appositions, is the subject too.
    const named = inverted ? actorMentions(ctx).find((m) => m.label === 'Person' && m.start >= cs && m.end <= comma) : undefined;
    if (named && pattern('claim.namedLead', 'u').test(text.slice(cs, named.start)) && !afterPreposition(p, text, named.start) && /^(?:\s*,[^,«»“”"]{3,120})+$/u.test(text.slice(named.end, comma))) inverted = null;
    // "Le président américain, qui avait proposé d'acheter l'île, a répété": a title opening the clause, then a relative
    // clause in commas, is the subject too.
    if (inverted && titledLead().test(text.slice(cs, comma))) inverted = null;
    // "Le gouvernement malien, par la voix de son porte-parole, a démenti", "Kiev, dans un communiqué, a confirmé": an
    // adjunct in commas after the actor opening the clause leaves that actor the subject.
    if (inverted && lead && lead.start - cs <= 12 && pattern('claim.adjunctIncise', 'iu').test(text.slice(lead.end, comma))) inverted = null;
    // "La Bulgarie et la Roumanie, toutes deux membres de l'OTAN, affirment": states or bodies opening the clause, then
    // an apposition that says what they are, are the subject too.
    // "Un éditorial du Global Times, le quotidien …, a qualifié": a document of the lead, too.
    const leadHead = lead ? text.slice(cs, lead.start) : '';
    if (inverted && lead && lead.label !== 'Person' && (pattern('claim.leadArticle').test(leadHead) || (leadHead.length <= 40 && documentBefore(leadHead)))) {
      const joined = actorMentions(ctx).filter((m) => m.start >= lead.start && m.end <= comma);
      const leadEnd = joined.reduce((end, m) => (m.start >= end && p.JOINED.test(text.slice(end, m.start)) ? m.end : end), lead.end);
      // "Le Global Times, le quotidien nationaliste chinois, a qualifié": so is a description in commas.
      if (pattern('claim.stateApposition', 'iu').test(text.slice(leadEnd, comma)) || pattern('claim.descriptiveApposition', 'iu').test(text.slice(leadEnd, comma))) inverted = null;
    }
  }
  // "…, comme l'a confirmé X", "C'est ce qu'affirme X", "ainsi que l'a reconnu X": X, after the verb, says the clause before.
  const echo = p.ECHO.exec(before);
  if (echo) inverted = echo;
  // "Washington n'a jamais accusé Pékin", "Moscou ne dément pas": a negated report says nothing, except a
  // negated confirmation, which cannot confirm ("Le Pentagone n'a pas confirmé l'information").
  const negated = p.NEGATED_BEFORE.test(before) || (p.NEGATION_RIGHT_BEFORE.test(before) && p.NEGATED_AFTER.test(text.slice(ve)));
  const confirming = pattern('claim.confirming').test(v[0]);
  if (negated && !confirming) return undefined;
  const unconfirmed = confirming && pattern('claim.negatedConfirmation').test(before);
  const ownAux = p.AUX_BEFORE.test(before) || !!inverted || infinitive || unconfirmed;
  // "a assuré que … et démenti que …": a participle sharing the auxiliary of a statement already heard in the sentence
  // ("a appelé à un cessez-le-feu et rejeté tout déplacement" shares it with an act, and reports nothing).
  const hasAux = ownAux || (usedSpeakers.size > 0 && p.ELIDED_AUX.test(before));
  // "a menacé de", "a promis de" state a threat or a promise; "un régime menacé par", "l'aide promise" describe.
  if (!hasAux && pattern('claim.auxOnly').test(v[0])) return undefined;
  // "l'entreprise X, accusée de fabriquer": a participle without auxiliary describes, it does not report.
  // "une accusation rejetée par Téhéran", "ces informations ont été démenties par Bamako": the agent after "par" speaks.
  const agent = !hasAux && !inverted ? passiveAgent(ctx, ve) : undefined;
  if (!hasAux && !agent && !pattern('claim.finite', 'i').test(v[0])) return undefined;
  if (!hasAux && pattern('claim.pastParticiple').test(v[0]) && !agent) return undefined;
  // "conteste l'accord signé avec X", "rejette la décision": opposing an act is a position, not the denial of a fact.
  // "a qualifié l'accord d'« historique »": calling something by a name denies only when the name says it is false.
  const callsFalse = () => {
    const name = text.slice(ve, ve + 80);
    return p.DENIAL_CONTENT.test(name) || p.DENIAL_CONTENT.test(name.replace(/[«»“”"]/gu, ' '));
  };
  const opposed = !!v[1] && (pattern('claim.actObject', 'iu').test(text.slice(ve, ve + 60)) || (pattern('claim.qualifying').test(v[0]) && !callsFalse()));
  return { word: v[0], start: vs, end: ve, denies: !!v[1] && !opposed, before, clauseStart: cs, inverted, echo: !!echo, hasAux, agent, incise, gerund };
}

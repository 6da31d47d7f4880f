import orgData from '../../data/lexicon/organizations.json';
import type { DocBuilder } from './builder';
import { actorMentions, type SentenceContext } from './context';
import { countryId } from './countries';
import type { EntityMention } from './entities';
import { ORGS } from './lexicon';

const M = orgData.membership;
const alt = (xs: string[]) => xs.map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]")).join('|');
const OF = `\\s*(?:${alt(M.of)})\\s*`;
// Fillers, and an ordinal: "le 31e membre de l'Otan".
const FILLER = `(?:${alt(M.fillers)}|\\d+(?:e|ème|er|re)?)`;
// "a rejoint en 2023 l'Otan": a date may sit between the verb and the body.
const WHEN = `(?:(?:en|depuis|dès)\\s+\\d{4}|le\\s+\\d{1,2}(?:er)?\\s+\\p{L}+(?:\\s+\\d{4})?)\\s*,?\\s*`;
// "La Turquie, membre de l'OTAN", "l'Arménie est membre de l'OTSC", "X, qui a rejoint l'Otan", "la Pologne et les autres membres de l'Otan".
// "le Qatar, petit émirat membre de l'Opep", "la France, puissance nucléaire et membre permanent du Conseil": describing words before the noun of an apposition.
const DESCRIBING = `(?:,\\s*(?:(?!(?:${alt(M.notDescriptors)})\\s)[\\p{Ll}-]+\\s+){1,3}(?:et\\s+)?(?=(?:${alt(M.nouns)})${OF}$))`;
const MEMBER_AFTER = new RegExp(`^\\s*(?:${DESCRIBING}|,\\s*(?:qui\\s+)?|\\s)(?:(?:${alt(M.copulas)})\\s+)?(?:${FILLER}\\s+)*(?:(?:${alt(M.nouns)})${OF}|(?:${alt(M.joins)})\\s*(?:${WHEN})?(?:la |le |les |l['’])?|(?:et|comme)\\s+(?:${alt(M.others)})${OF})$`, 'iu');
// "Toujours membre de l'OTSC, ..., l'Arménie", "Membre, comme la Russie, des Brics, l'Inde".
// "Au sein de l'Union européenne, la Hongrie ...".
const FRONTED = new RegExp(`^\\s*(?:(?:[\\p{L}-]+\\s+)?(?:${alt(M.nouns)})(?:\\s*,\\s*comme\\s+[^,]{1,40},)?${OF}|(?:${alt(M.fronted)})\\s*)$`, 'iu');
// "les pays membres de l'Otan, dont la Pologne et la Lituanie".
const LIST_AFTER = new RegExp(`^\\s*,?\\s*(?:${alt(M.listCues)})\\s*(?:la |le |les |l['’])?$`, 'iu');
const MEMBERS_OF = new RegExp(`(?:${alt(M.nouns)})${OF}$`, 'iu');
// "l'Otan compte désormais 32 membres, dont la Suède".
const COUNTS = new RegExp(`^\\s*(?:${alt(M.counts)})\\s+(?:[\\p{L}\\d]+\\s+){0,2}?(?:${alt(M.nouns)})\\s*,?\\s*(?:${alt(M.listCues)})\\s*(?:la |le |les |l['’])?`, 'iu');
// "l'Otan, à laquelle appartient la Turquie", "l'Asean, qui regroupe le Vietnam et les Philippines".
const WHICH_HAS = new RegExp(`^\\s*,?\\s*(?:${alt(M.whichHas)})\\s+(?:notamment\\s+)?(?:la |le |les |l['’])?`, 'iu');
// "membre de l'UE et de l'Otan": the second body has the first one's members.
const AND_OF = new RegExp(`^\\s*(?:,|et|ainsi que)${OF}$`, 'iu');
// "l'OTAN, dont la Suède est membre".
const WHOSE_MEMBER = /^\s*,?\s*dont\s+(?:la |le |les |l['’])?$/iu;
const IS_MEMBER = new RegExp(`^\\s*(?:(?:${alt(M.copulas)})\\s+)(?:(?:${alt(M.fillers)})\\s+)*(?:${alt(M.nouns)}|partie)(?![\\p{L}])`, 'iu');
// "l'adhésion de la Suède à l'Otan", "l'entrée de la Finlande dans l'alliance": the state is a member, unless it only asks.
const ACCESSION = new RegExp(`(?<![\\p{L}])(?:${alt(M.accession)})\\s+(?:de la|de l['’]|du|des|de|d['’])\\s*$`, 'iu');
const NOT_YET = new RegExp(`(?:${alt(M.notYet)})\\p{L}*\\s+(?:\\p{L}+\\s+){0,2}?(?:d['’]|de\\s|à\\s|l['’]|la\\s|le\\s)?\\s*$`, 'iu');
const GOVERNED = /(?<![\p{L}])(?:à|aux?|de|des|du|par|avec|contre|pour|sur|dans|entre|chez|vers|d['’])\s*(?:la\s+|le\s+|les\s+|l['’])?$/iu;

/** Bodies belong to their state (Kremlin PART_OF Russie) or parent body (Conseil de sécurité PART_OF ONU). */
export function linkOrganizations(doc: DocBuilder): void {
  for (const n of [...doc.nodes.values()]) {
    if (n.label !== 'Organization' || !n.mentions.length) continue;
    const evidence = [n.mentions[0].sentence];
    const iso = n.properties.country;
    // Only towards nodes the article itself names: a graph of this article, not of the lexicon.
    if (typeof iso === 'string' && iso) doc.rel('PART_OF', n.id, countryId(iso), evidence);
    const parent = ORGS.get(n.id)?.partOf;
    if (parent) doc.rel('PART_OF', n.id, parent, evidence);
  }
}

function canJoin(m: EntityMention): boolean {
  return m.label === 'Country' || m.label === 'Organization';
}

/** Reads MEMBER_OF in one sentence from the patterns of data/lexicon/organizations.json "membership". */
export function extractMemberships(doc: DocBuilder, ctx: SentenceContext): void {
  const text = ctx.text;
  const sid = ctx.sentence.id;
  const actors = actorMentions(ctx).filter(canJoin);
  const orgs = actors.filter((m) => m.label === 'Organization');
  const members = new Map<string, EntityMention[]>();
  const add = (member: EntityMention, org: EntityMention) => {
    if (member.id === org.id) return;
    doc.rel('MEMBER_OF', member.id, org.id, [sid]);
    members.set(org.id, [...(members.get(org.id) ?? []), member]);
  };
  // Coordinated subjects before a verb: "le Vietnam et les Philippines".
  const andAfter = (first: EntityMention, org: EntityMention) => {
    let pos = first.end;
    for (const a of actors.filter((x) => x.start >= pos && x.label === 'Country')) {
      if (!/^\s*(?:,|et)\s*(?:la |le |les |l['’])?\s*$/iu.test(text.slice(pos, a.start))) break;
      add(a, org);
      pos = a.end;
    }
  };
  for (const org of orgs) {
    const before = text.slice(0, org.start);
    // "X, membre de ORG", "X est membre de ORG", "X a rejoint ORG".
    // A body may belong too ("le Hezbollah, membre de l'axe ...").
    const member = [...actors].reverse().find((a) => a.end <= org.start && MEMBER_AFTER.test(text.slice(a.end, org.start)));
    if (member) {
      add(member, org);
      // "La France et l'Allemagne sont membres de l'Otan": every state of a plural subject joined by "et" or commas.
      if (/^\s*(?:sont|étaient|restent|demeurent|seront|sont devenus|font|faisaient|appartiennent|ont|avaient|adhèrent|sont entrés)\s/iu.test(text.slice(member.end, org.start))) {
        let pos = member.start;
        for (const a of [...actors].reverse().filter((x) => x.end <= member.start && x.label === 'Country')) {
          if (!/^\s*(?:,|et)\s*(?:la |le |les |l['’])?\s*$/iu.test(text.slice(a.end, pos)) || /(?<![\p{L}])(?:avec|comme|selon|pour|contre)\s+(?:la |le |les |l['’])?$/iu.test(text.slice(Math.max(0, a.start - 12), a.start))) break;
          add(a, org);
          pos = a.start;
        }
      }
      // "la Lituanie, membre de l'Otan comme sa voisine": the neighbour named before is a member too.
      const like = /^\s*,?\s*comme\s+(?:(sa|son|ses)\s+[\p{Ll}-]+|(?:la |le |les |l['’]))/iu.exec(text.slice(org.end, org.end + 30));
      if (like?.[1]) {
        const neighbour = [...actors].reverse().find((a) => a.end <= member.start && a.label === 'Country' && a.id !== member.id);
        if (neighbour) add(neighbour, org);
      } else if (like) {
        const other = actors.find((a) => a.start >= org.end + like[0].length - 4 && a.start <= org.end + like[0].length + 2 && a.label === 'Country');
        if (other) add(other, org);
      }
    }
    // "Toujours membre de ORG, l'alliance ..., l'Arménie": the sentence's subject after the fronted phrase.
    const fronted = FRONTED.exec(before);
    if (fronted) {
      const subject = actors.find((a) => a.start > org.end && a.label === 'Country' && !GOVERNED.test(text.slice(Math.max(0, a.start - 25), a.start)));
      if (subject) {
        add(subject, org);
        andAfter(subject, org);
      }
      // "Membre, comme la Russie, des Brics": the comparison is a member too.
      const like = actors.find((a) => a.end <= org.start && a.start >= fronted.index && /comme\s+(?:la |le |les |l['’])?$/iu.test(text.slice(Math.max(0, a.start - 12), a.start)));
      if (like) add(like, org);
    }
    // "les membres de l'Otan, dont la Pologne et la Lituanie".
    if (MEMBERS_OF.test(before)) {
      let pos = org.end;
      const first = actors.find((a) => a.start > org.end && LIST_AFTER.test(text.slice(org.end, a.start)));
      if (first) {
        add(first, org);
        pos = first.end;
        for (const a of actors.filter((x) => x.start >= pos)) {
          if (!/^\s*(?:,|et|ainsi que)\s*(?:la |le |les |l['’])?\s*$/iu.test(text.slice(pos, a.start))) break;
          add(a, org);
          pos = a.end;
        }
      }
    }
    // "l'adhésion de la Suède à l'Otan".
    const joined = [...actors].reverse().find((a) => a.end <= org.start && a.label === 'Country' && /^\s*(?:à|dans)\s*(?:la |le |les |l['’])?$/iu.test(text.slice(a.end, org.start)));
    if (joined) {
      const headStart = Math.max(0, joined.start - 30);
      const noun = ACCESSION.exec(text.slice(headStart, joined.start));
      const nounAt = headStart + (noun?.index ?? 0);
      if (noun && !NOT_YET.test(text.slice(Math.max(0, nounAt - 40), nounAt))) add(joined, org);
    }
    const counted = COUNTS.exec(text.slice(org.end)) ?? WHICH_HAS.exec(text.slice(org.end));
    if (counted) {
      const first = actors.find((a) => a.start === org.end + counted[0].length && a.label === 'Country');
      if (first) {
        add(first, org);
        andAfter(first, org);
      }
    }
    // "l'OTAN, dont la Suède est membre".
    const whose = actors.find((a) => a.start > org.end && a.label === 'Country' && WHOSE_MEMBER.test(text.slice(org.end, a.start)) && IS_MEMBER.test(text.slice(a.end)));
    if (whose) add(whose, org);
    const previous = orgs.filter((o) => o.end <= org.start).at(-1);
    if (previous && AND_OF.test(text.slice(previous.end, org.start))) for (const m of members.get(previous.id) ?? []) add(m, org);
  }
}

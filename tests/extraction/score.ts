import type { GraphDocument, GraphNode } from '@/lib/graph/schema';

/** A hand-made reference annotation (format of tests/fixtures/nk-troops-russia.fr.gold.json). */
export interface Gold {
  article: string;
  publishedAt?: string | null;
  boilerplate?: string[];
  entities: GoldEntity[];
  optional_entities?: GoldEntity[];
  roles?: Array<{ person: string; title: string; of: string[] }>;
  transfers?: GoldTransfer[];
  optional_transfers?: GoldTransfer[];
  exchanges?: Array<{ transfer: string; in_exchange_for: string; alternatives?: string[] }>;
  agreements?: GoldAgreement[];
  optional_agreements?: GoldAgreement[];
  stances?: Array<{ speaker: string; stance: string; about_transfer?: string; alternatives?: string[] }>;
  events?: Array<{ match: string[]; date?: string; located?: string; involved?: string[] }>;
}
interface GoldEntity { label: string; name: string; match: string[] }
interface GoldTransfer { id: string; kinds: string[]; from: string | null; to: string[]; quantity?: number | null; qualifier?: string[]; may_merge_with?: string }
interface GoldAgreement { id: string; match: string[]; parties?: string[]; signed_by?: string[]; date?: string; covers?: string[]; vetoed_by?: string; may_merge_with?: string }

export const CATEGORIES = ['entities', 'transfers', 'exchanges', 'roles', 'agreements', 'signatures', 'stances'] as const;
export type Category = (typeof CATEGORIES)[number] | 'events';

/** Recall and precision of one category, with what was missed and what was wrong (for the report). */
export interface CategoryScore {
  gold: number;
  found: number;
  extracted: number;
  correct: number;
  recall: number;
  precision: number;
  missed: string[];
  wrong: string[];
}

const fold = (s: string) =>
  s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}

function score(gold: number, found: number, extracted: number, correct: number, missed: string[], wrong: string[]): CategoryScore {
  return { gold, found, extracted, correct, recall: ratio(found, gold), precision: ratio(correct, extracted), missed, wrong };
}

/** Scores a GraphDocument against a gold annotation, category by category. */
export function scoreDocument(doc: GraphDocument, gold: Gold): Record<Category, CategoryScore> {
  const nodes = new Map(doc.nodes.map((n) => [n.id, n]));
  const rels = doc.relationships;
  const out = (type: string, src: string) => rels.filter((r) => r.type === type && r.source === src);
  const into = (type: string, tgt: string) => rels.filter((r) => r.type === type && r.target === tgt);
  const allEntities = [...gold.entities, ...(gold.optional_entities ?? [])];
  const formsOf = (name: string): string[] => {
    const e = allEntities.find((x) => fold(x.name) === fold(name));
    return (e ? [e.name, ...e.match] : [name]).map(fold);
  };
  const names = (n: GraphNode) => [n.name, ...n.aliases].map(fold);
  /** Does node n stand for the gold actor called `name`? */
  const is = (n: GraphNode | undefined, name: string) => !!n && names(n).some((x) => formsOf(name).includes(x));
  const entityNode = (n: GraphNode) => ['Person', 'Country', 'Organization', 'Location'].includes(n.label);

  // Entities: precision over entity nodes; a node matching an optional entity is neither right nor wrong.
  const entityNodes = doc.nodes.filter(entityNode);
  const matchesEntity = (n: GraphNode, e: GoldEntity) => n.label === e.label && names(n).some((x) => [e.name, ...e.match].map(fold).includes(x));
  const entMissed = gold.entities.filter((e) => !entityNodes.some((n) => matchesEntity(n, e)));
  const optionalOnly = entityNodes.filter((n) => !gold.entities.some((e) => matchesEntity(n, e)) && (gold.optional_entities ?? []).some((e) => matchesEntity(n, e)));
  const entWrong = entityNodes.filter((n) => !allEntities.some((e) => matchesEntity(n, e)));
  const entities = score(gold.entities.length, gold.entities.length - entMissed.length, entityNodes.length - optionalOnly.length, entityNodes.length - optionalOnly.length - entWrong.length, entMissed.map((e) => e.name), entWrong.map((n) => `${n.label} ${n.name}`));

  // Transfers: kinds overlap, sender and one recipient agree, quantity (when the gold has one) agrees.
  const transfers = doc.nodes.filter((n) => n.label === 'Transfer');
  const allGoldT = [...(gold.transfers ?? []), ...(gold.optional_transfers ?? [])];
  const tMatches = (t: GraphNode, g: GoldTransfer): boolean => {
    const kinds = (t.properties.kinds as string[] | undefined) ?? [String(t.properties.kind)];
    if (!kinds.some((k) => g.kinds.includes(k))) return false;
    // Every sender must be the gold one and every recipient an acceptable one: a half-right edge is wrong.
    const senders = into('SENT', t.id);
    const recipients = out('TO', t.id);
    if (g.from && (!senders.length || !senders.every((r) => is(nodes.get(r.source), g.from!)))) return false;
    if (g.to?.length && (!recipients.length || !recipients.every((r) => g.to.some((x) => is(nodes.get(r.target), x))))) return false;
    if (g.quantity != null) {
      if (t.properties.quantity !== g.quantity) return false;
      if (g.qualifier && t.properties.qualifier && !g.qualifier.includes(String(t.properties.qualifier))) return false;
    }
    return true;
  };
  const goldById = new Map(allGoldT.map((g) => [g.id, g]));
  /** Transfer nodes standing for a gold transfer id (or its declared merge partner). */
  const tFor = (id: string): GraphNode[] => {
    const g = goldById.get(id);
    if (!g) return [];
    const direct = transfers.filter((t) => tMatches(t, g));
    const partner = g.may_merge_with ? transfers.filter((t) => tMatches(t, goldById.get(g.may_merge_with!)!)) : [];
    const back = allGoldT.filter((x) => x.may_merge_with === id).flatMap((x) => transfers.filter((t) => tMatches(t, x)));
    return [...new Set([...direct, ...partner, ...back])];
  };
  const tMissed = (gold.transfers ?? []).filter((g) => tFor(g.id).length === 0);
  const tWrong = transfers.filter((t) => !allGoldT.some((g) => tMatches(t, g)));
  const tScore = score(gold.transfers?.length ?? 0, (gold.transfers?.length ?? 0) - tMissed.length, transfers.length, transfers.length - tWrong.length, tMissed.map((g) => g.id), tWrong.map((t) => describeTransfer(t, doc)));

  // Exchanges: an IN_EXCHANGE_FOR edge, either direction, between the two (or an alternative) transfers.
  const exEdges = rels.filter((r) => r.type === 'IN_EXCHANGE_FOR');
  const exMatches = (r: (typeof rels)[number], e: NonNullable<Gold['exchanges']>[number]) => {
    const left = new Set([e.transfer, ...(e.alternatives ?? [])].flatMap((id) => tFor(id).map((t) => t.id)));
    const right = new Set(tFor(e.in_exchange_for).map((t) => t.id));
    return (left.has(r.source) && right.has(r.target)) || (left.has(r.target) && right.has(r.source));
  };
  const exMissed = (gold.exchanges ?? []).filter((e) => !exEdges.some((r) => exMatches(r, e)));
  const exWrong = exEdges.filter((r) => !(gold.exchanges ?? []).some((e) => exMatches(r, e)));
  const exchanges = score(gold.exchanges?.length ?? 0, (gold.exchanges?.length ?? 0) - exMissed.length, exEdges.length, exEdges.length - exWrong.length, exMissed.map((e) => `${e.transfer}<->${e.in_exchange_for}`), exWrong.map((r) => `${describeTransfer(nodes.get(r.source)!, doc)} <-> ${describeTransfer(nodes.get(r.target)!, doc)}`));

  // Roles: person, one acceptable holder, and a title that contains (or is contained in) the gold title.
  const roleEdges = rels.filter((r) => r.type === 'HOLDS_ROLE');
  const roleMatches = (r: (typeof rels)[number], g: NonNullable<Gold['roles']>[number]) => {
    const title = fold(String(r.properties.title ?? ''));
    return is(nodes.get(r.source), g.person) && g.of.some((o) => is(nodes.get(r.target), o)) && !!title && (title.includes(fold(g.title)) || fold(g.title).includes(title));
  };
  const rMissed = (gold.roles ?? []).filter((g) => !roleEdges.some((r) => roleMatches(r, g)));
  const rWrong = roleEdges.filter((r) => !(gold.roles ?? []).some((g) => roleMatches(r, g)));
  const roles = score(gold.roles?.length ?? 0, (gold.roles?.length ?? 0) - rMissed.length, roleEdges.length, roleEdges.length - rWrong.length, rMissed.map((g) => `${g.person}: ${g.title}`), rWrong.map((r) => `${nodes.get(r.source)?.name}: ${r.properties.title} of ${nodes.get(r.target)?.name}`));

  // Agreements: a name containing an accepted form, the parties, the date, the veto and what it covers.
  const agreements = doc.nodes.filter((n) => n.label === 'Agreement');
  const allGoldA = [...(gold.agreements ?? []), ...(gold.optional_agreements ?? [])];
  const aMatches = (a: GraphNode, g: GoldAgreement): boolean => {
    const an = names(a);
    if (!g.match.map(fold).some((m) => an.some((x) => x.includes(m)))) return false;
    const parties = into('PARTY_TO', a.id).map((r) => nodes.get(r.source));
    if (!(g.parties ?? []).every((p) => parties.some((n) => is(n, p)))) return false;
    if (g.vetoed_by && !into('VETOED', a.id).some((r) => is(nodes.get(r.source), g.vetoed_by!))) return false;
    if (g.date) {
      const d = fold(`${a.properties.date ?? ''} ${a.properties.dateText ?? ''}`);
      if (!d.includes(fold(g.date))) return false;
    }
    if (g.covers?.length && !g.covers.every((c) => out('COVERS', a.id).some((r) => tFor(c).some((t) => t.id === r.target)))) return false;
    return true;
  };
  const aFor = (g: GoldAgreement) => {
    const partner = g.may_merge_with ? allGoldA.find((x) => x.id === g.may_merge_with) : undefined;
    return agreements.filter((a) => aMatches(a, g) || (partner ? aMatches(a, partner) : false));
  };
  const aMissed = (gold.agreements ?? []).filter((g) => aFor(g).length === 0);
  // An agreement is right when it is one of the gold ones by name and names no party the gold excludes.
  const aPlausible = (a: GraphNode, g: GoldAgreement) => {
    if (!g.match.map(fold).some((m) => names(a).some((x) => x.includes(m)))) return false;
    const parties = into('PARTY_TO', a.id).map((r) => nodes.get(r.source));
    return !g.parties?.length || parties.length === 0 || parties.some((n) => g.parties!.some((p) => is(n, p)));
  };
  const aWrong = agreements.filter((a) => !allGoldA.some((g) => aMatches(a, g) || aPlausible(a, g)));
  const agreementsScore = score(gold.agreements?.length ?? 0, (gold.agreements?.length ?? 0) - aMissed.length, agreements.length, agreements.length - aWrong.length, aMissed.map((g) => g.id), aWrong.map((a) => `${a.name} [${into('PARTY_TO', a.id).map((r) => nodes.get(r.source)?.name).join(', ')}]`));

  // Signatures: SIGNED from a gold signer to an agreement standing for the one they signed.
  const goldSigs = (gold.agreements ?? []).flatMap((g) => (g.signed_by ?? []).map((p) => ({ g, p })));
  const sigEdges = rels.filter((r) => r.type === 'SIGNED');
  const sigMatches = (r: (typeof rels)[number], s: { g: GoldAgreement; p: string }) => is(nodes.get(r.source), s.p) && aFor(s.g).some((a) => a.id === r.target);
  const looseSig = (r: (typeof rels)[number], s: { g: GoldAgreement; p: string }) =>
    is(nodes.get(r.source), s.p) && s.g.match.map(fold).some((m) => names(nodes.get(r.target)!).some((x) => x.includes(m)));
  const sMissed = goldSigs.filter((s) => !sigEdges.some((r) => sigMatches(r, s) || looseSig(r, s)));
  const sWrong = sigEdges.filter((r) => !goldSigs.some((s) => sigMatches(r, s) || looseSig(r, s)));
  const signatures = score(goldSigs.length, goldSigs.length - sMissed.length, sigEdges.length, sigEdges.length - sWrong.length, sMissed.map((s) => `${s.p} -> ${s.g.id}`), sWrong.map((r) => `${nodes.get(r.source)?.name} -> ${nodes.get(r.target)?.name}`));

  // Stances. Gold lists the stances that matter, not every reporting verb, so an extra stance is
  // wrong only when its speaker is no actor of the article, when it is about a transfer that is
  // no fact of the article, or when it contradicts a gold stance on the same speaker and transfer.
  const stanceEdges = rels.filter((r) => r.type === 'ASSERTS' || r.type === 'DENIES' || r.type === 'CANNOT_CONFIRM');
  const aboutTransfers = (claim: string) => out('ABOUT', claim).map((r) => nodes.get(r.target)!).filter((n) => n?.label === 'Transfer');
  const stMatches = (r: (typeof rels)[number], g: NonNullable<Gold['stances']>[number]) => {
    if (r.type !== g.stance) return false;
    if (![g.speaker, ...(g.alternatives ?? [])].some((s) => is(nodes.get(r.source), s))) return false;
    if (g.about_transfer) {
      const ok = new Set(tFor(g.about_transfer).map((t) => t.id));
      if (!aboutTransfers(r.target).some((t) => ok.has(t.id))) return false;
    }
    return true;
  };
  const stMissed = (gold.stances ?? []).filter((g) => !stanceEdges.some((r) => stMatches(r, g)));
  const stWrong = stanceEdges.filter((r) => {
    if ((gold.stances ?? []).some((g) => stMatches(r, g))) return false;
    const speaker = nodes.get(r.source)!;
    if (!allEntities.some((e) => matchesEntity(speaker, e))) return true;
    const about = aboutTransfers(r.target);
    if (about.some((t) => !allGoldT.some((g) => tMatches(t, g)))) return true;
    return (gold.stances ?? []).some((g) => g.about_transfer && g.stance !== r.type && is(speaker, g.speaker) && about.some((t) => tFor(g.about_transfer!).includes(t)));
  });
  const stances = score(gold.stances?.length ?? 0, (gold.stances?.length ?? 0) - stMissed.length, stanceEdges.length, stanceEdges.length - stWrong.length, stMissed.map((g) => `${g.speaker} ${g.stance}${g.about_transfer ? ` ${g.about_transfer}` : ''}`), stWrong.map((r) => `${nodes.get(r.source)?.name} ${r.type} "${nodes.get(r.target)?.name}"`));

  // Events are reported, not gated: the gold lists only a few of them.
  const events = doc.nodes.filter((n) => n.label === 'Event');
  const evMatches = (e: GraphNode, g: NonNullable<Gold['events']>[number]) => {
    if (!g.match.map(fold).some((m) => names(e).some((x) => x.includes(m)) || fold(String(e.properties.kind ?? '')).includes(m))) return false;
    if (g.date && !fold(`${e.properties.date ?? ''} ${e.properties.dateText ?? ''}`).includes(fold(g.date))) return false;
    if (g.located && !out('LOCATED_IN', e.id).some((r) => is(nodes.get(r.target), g.located!))) return false;
    if (g.involved && !g.involved.every((p) => into('INVOLVED_IN', e.id).some((r) => is(nodes.get(r.source), p)))) return false;
    return true;
  };
  const evMissed = (gold.events ?? []).filter((g) => !events.some((e) => evMatches(e, g)));
  const evCorrect = events.filter((e) => (gold.events ?? []).some((g) => evMatches(e, g)));
  const eventsScore = score(gold.events?.length ?? 0, (gold.events?.length ?? 0) - evMissed.length, events.length, evCorrect.length, evMissed.map((g) => g.match[0]), []);

  return { entities, transfers: tScore, exchanges, roles, agreements: agreementsScore, signatures, stances, events: eventsScore };
}

function describeTransfer(t: GraphNode, doc: GraphDocument): string {
  const name = (id: string) => doc.nodes.find((n) => n.id === id)?.name ?? id;
  const from = doc.relationships.filter((r) => r.type === 'SENT' && r.target === t.id).map((r) => name(r.source));
  const to = doc.relationships.filter((r) => r.type === 'TO' && r.source === t.id).map((r) => name(r.target));
  return `${t.properties.kind} "${t.name}" ${from.join('+') || '?'} -> ${to.join('+') || '?'}`;
}

/** One line per category: recall, precision and counts. */
export function formatScores(title: string, s: Record<Category, CategoryScore>): string {
  const pct = (x: number) => `${(x * 100).toFixed(0)}%`.padStart(5);
  const lines = [`${title}`];
  for (const [k, v] of Object.entries(s))
    lines.push(`  ${k.padEnd(11)} recall ${pct(v.recall)} (${v.found}/${v.gold})  precision ${pct(v.precision)} (${v.correct}/${v.extracted})${v.missed.length ? `  missed: ${v.missed.join('; ')}` : ''}${v.wrong.length ? `  wrong: ${v.wrong.join('; ')}` : ''}`);
  return lines.join('\n');
}

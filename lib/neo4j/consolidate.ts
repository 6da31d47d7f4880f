// From one article's GraphDocument (mentions, per-article ids) to the rows the loader writes into the
// consolidated fact layer (DESIGN.md §4b). Pure: no driver, so the rules are unit-testable.
//
// - A Transfer mention joins the fact (giver ids, receiver ids, kind); one whose giver or receiver the
//   text never names stays its own fact. An Agreement joins by proper name, else by (kind, sorted
//   parties); an Event by (kind, ISO date, place). Every mention keeps what its sentence said.
// - A Claim about a fact becomes stances on that fact (speaker -[ASSERTS|DENIES|CANNOT_CONFIRM]->,
//   outlet -[REPORTED]->), following claim -> claim chains ("cette affirmation"); a Claim node stays
//   only for a statement about no extracted fact.
// - TO always names the receiving actor: a Location target, or a country named as a place ("sur la
//   ligne de front ukrainienne", "en Ukraine" when another receiver is named), becomes DESTINATION.
import 'server-only';
import type { GraphDocument, GraphNode, GraphRelationship, PropertyValue, StoredRelationshipType } from '../graph/schema';
import { EVENT_KIND_WORDS, FACT_NODE_LABELS, TRANSFER_KIND_WORDS } from '../graph/fact-label';
import { slugify } from '../graph/normalize';

/** Rules deciding that a TO target is a place rather than the receiving actor (data, applied by `placeOfTo`). */
export interface PlaceRules {
  /** Transfer kinds that are deployed somewhere rather than handed over (troops go "en Ukraine"). */
  deployedKinds: ReadonlySet<string>;
  /** Text right before a country's mention that makes it a place: "en", "dans", "sur". */
  locativeBefore: RegExp;
  /** Text right before a mention that makes it a place whatever the kind: "ligne de front ukrainienne", "régions ukrainiennes". */
  placeNounBefore: RegExp;
}

export const DEFAULT_PLACE_RULES: PlaceRules = {
  deployedKinds: new Set(['troops', 'personnel', 'workers']),
  locativeBefore: /(?:^|[\s(])(?:en|dans|sur)\s+(?:l['’]\s*|la\s+|le\s+|les\s+)?$/i,
  placeNounBefore: /(?:front|frontière|régions?|territoires?|sol|zones?|villes?)\s+$/i,
};

const STANCES = new Set(['ASSERTS', 'DENIES', 'CANNOT_CONFIRM']);
const MENTION_KEYS = ['quantity', 'quantityMax', 'qualifier', 'quantityText', 'unit', 'kinds', 'date', 'dateText', 'status', 'stance', 'verb'] as const;

/** What one sentence said about a fact: stored on its MENTIONS relationship. */
export interface FactMentionRow {
  fact: string;
  sentence: string;
  start: number | null;
  end: number | null;
  text: string;
  props: Record<string, PropertyValue> & { mention: string; article: string; when: string | null };
}

/** A mention of a shared entity (offsets only). */
export interface EntityMentionRow {
  node: string;
  sentence: string;
  start: number;
  end: number;
  text: string;
}

/** A relationship as stored: the GraphDocument's, remapped onto fact ids, or a stance / place. */
export interface StoredRelationship extends Omit<GraphRelationship, 'type'> {
  type: StoredRelationshipType;
}

/** The rows of one article, ready for the loader. */
export interface ConsolidatedDocument {
  /** Fact nodes (consolidated ids) and the Claim nodes that stay. */
  facts: GraphNode[];
  /** Shared entities: actors and places. */
  entities: GraphNode[];
  factMentions: FactMentionRow[];
  entityMentions: EntityMentionRow[];
  relationships: StoredRelationship[];
  /** Per-article id -> stored id, for every node of the document. */
  idMap: Map<string, string>;
}

const ISO_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** The date a mention is placed at, for "latest figure" and first/last seen: an ISO date or the article's. */
export function mentionWhen(date: unknown, publishedAt: string | null): string | null {
  if (typeof date === 'string' && ISO_DATE.test(date)) return date;
  return publishedAt && /^\d{4}/.test(publishedAt) ? publishedAt.slice(0, 10) : null;
}

/** True when an agreement's name is a proper name (a capitalised word after the first: "traité de New START"). */
export function isProperName(name: string): boolean {
  return /\s\p{Lu}/u.test(name.trim()) || /^[«"“].+[»"”]$/.test(name.trim());
}

const sorted = (xs: Iterable<string>) => [...new Set(xs)].sort();

/** Relationships looked up by (type, end): what leaves a node, what arrives at it. */
interface RelIndex {
  out(type: string, source: string): StoredRelationship[];
  into(type: string, target: string): StoredRelationship[];
}

/** Indexes relationships by (type, end); rebuilt after the place step retypes TO edges. */
function indexRelationships(rels: StoredRelationship[]): RelIndex {
  const bySource = new Map<string, StoredRelationship[]>();
  const byTarget = new Map<string, StoredRelationship[]>();
  for (const r of rels) {
    const a = `${r.type} ${r.source}`;
    const b = `${r.type} ${r.target}`;
    (bySource.get(a) ?? bySource.set(a, []).get(a)!).push(r);
    (byTarget.get(b) ?? byTarget.set(b, []).get(b)!).push(r);
  }
  return {
    out: (type, source) => bySource.get(`${type} ${source}`) ?? [],
    into: (type, target) => byTarget.get(`${type} ${target}`) ?? [],
  };
}

/** The document's nodes and sentences by id. */
interface DocLookup {
  nodes: Map<string, GraphNode>;
  sentences: Map<string, GraphDocument['sentences'][number]>;
}

/**
 * TO -> DESTINATION (in place) where the target is where things go, not who receives them: a Location; a
 * country named as a place ("sur la ligne de front ukrainienne"); or a country people are deployed in ("en
 * Ukraine") when the article names another receiver for the same giver (North Korea sends troops to
 * Russia, its officers are "en Ukraine"). With no other receiver named, "en Russie" is the receiver.
 */
function retypePlaces(rels: StoredRelationship[], { nodes, sentences }: DocLookup, idx: RelIndex, rules: PlaceRules): void {
  const before = (r: StoredRelationship): string[] => {
    const target = nodes.get(r.target);
    return (target?.mentions ?? []).filter((m) => r.evidence.includes(m.sentence)).map((m) => (sentences.get(m.sentence)?.text ?? '').slice(0, m.start));
  };
  const every = (texts: string[], re: RegExp) => texts.length > 0 && texts.every((t) => re.test(t));
  const placeNamed = (r: StoredRelationship) => every(before(r), rules.placeNounBefore);
  const locative = (r: StoredRelationship) => every(before(r), rules.locativeBefore) || placeNamed(r);
  const directReceivers = new Map<string, Set<string>>();
  for (const r of rels)
    if (r.type === 'TO' && !locative(r))
      for (const s of idx.into('SENT', r.source)) {
        const set = directReceivers.get(s.source) ?? new Set<string>();
        set.add(r.target);
        directReceivers.set(s.source, set);
      }
  for (const r of rels) {
    if (r.type !== 'TO') continue;
    const target = nodes.get(r.target);
    const transfer = nodes.get(r.source);
    if (!target || !transfer) continue;
    if (target.label === 'Location' || placeNamed(r)) r.type = 'DESTINATION';
    else if (rules.deployedKinds.has(String(transfer.properties.kind)) && locative(r)) {
      const givers = idx.into('SENT', r.source).map((s) => s.source);
      const elsewhere = givers.some((g) => [...(directReceivers.get(g) ?? [])].some((x) => x !== r.target));
      if (elsewhere) r.type = 'DESTINATION';
    }
  }
}

/** Adds (in place) a DESTINATION to the place the text names as where a transfer's goods go, not who receives them ("sur la ligne de front ukrainienne"). */
function addNamedDestinations(rels: StoredRelationship[], doc: GraphDocument, { nodes }: DocLookup): void {
  for (const n of doc.nodes) {
    const dest = n.label === 'Transfer' ? n.properties.destination : undefined;
    if (typeof dest !== 'string' || !nodes.has(dest) || rels.some((r) => r.source === n.id && r.target === dest)) continue;
    const evidence = [...new Set(n.mentions.map((m) => m.sentence))];
    if (evidence.length) rels.push({ id: `${n.id}:destination`, type: 'DESTINATION', source: n.id, target: dest, properties: {}, evidence });
  }
}

/** Consolidated fact ids: per-article id -> fact id, with each fact's name and stored properties. */
interface FactIdentities {
  idMap: Map<string, string>;
  factNames: Map<string, string>;
  factProps: Map<string, Record<string, PropertyValue>>;
}

/** Gives each fact mention its consolidated id (transfer by ends and kind, agreement by name or parties, event by kind, date, place). */
function factIdentities(doc: GraphDocument, { nodes }: DocLookup, idx: RelIndex): FactIdentities {
  const idMap = new Map<string, string>();
  const factNames = new Map<string, string>();
  const factProps = new Map<string, Record<string, PropertyValue>>();
  const nameOf = (ids: string[]) => ids.map((id) => nodes.get(id)?.name ?? id).join(', ');
  for (const n of doc.nodes) {
    if (!FACT_NODE_LABELS.has(n.label)) continue;
    const kind = typeof n.properties.kind === 'string' ? n.properties.kind : 'other';
    let id = n.id;
    let name = n.name;
    const props: Record<string, PropertyValue> = { kind };
    if (n.label === 'Transfer') {
      const givers = sorted(idx.into('SENT', n.id).map((r) => r.source));
      const receivers = sorted(idx.out('TO', n.id).map((r) => r.target));
      if (givers.length > 0 && receivers.length > 0) {
        id = `transfer:${givers.join('+')}>${receivers.join('+')}:${kind}`;
        name = `${TRANSFER_KIND_WORDS[kind] ?? kind} · ${nameOf(givers)} → ${nameOf(receivers)}`;
      }
    } else if (n.label === 'Agreement') {
      const parties = sorted(idx.into('PARTY_TO', n.id).map((r) => r.source));
      const signers = sorted(idx.into('SIGNED', n.id).map((r) => r.source));
      if (isProperName(n.name)) id = `agreement:name:${slugify(n.name)}`;
      else if (parties.length > 0 || signers.length > 0) id = `agreement:${kind}:${(parties.length > 0 ? parties : signers).join('+')}`;
    } else if (n.label === 'Event') {
      const date = n.properties.date;
      const places = sorted(idx.out('LOCATED_IN', n.id).map((r) => r.target));
      if (typeof date === 'string' && ISO_DATE.test(date)) {
        id = `event:${kind}:${date}:${places.join('+') || '-'}`;
        props.date = date;
      }
      name = [EVENT_KIND_WORDS[kind] ?? n.name, typeof date === 'string' && ISO_DATE.test(date) ? date : null, places.length ? nameOf(places) : null]
        .filter(Boolean)
        .join(' · ');
    }
    idMap.set(n.id, id);
    if (!factNames.has(id)) factNames.set(id, name);
    factProps.set(id, props);
  }
  return { idMap, factNames, factProps };
}

/**
 * Claims about facts, each with the (per-article) facts it is about, following claim -> claim chains; a
 * claim about no fact keeps its own id in `idMap`, as does every other node not yet mapped.
 */
function absorbClaims(doc: GraphDocument, { nodes }: DocLookup, idx: RelIndex, idMap: Map<string, string>): Map<string, string[]> {
  const resolve = (claim: string, seen: Set<string>): string[] => {
    if (seen.has(claim)) return [];
    seen.add(claim);
    return idx.out('ABOUT', claim).flatMap((r) => {
      const t = nodes.get(r.target);
      if (!t) return [];
      if (t.label === 'Claim') return resolve(t.id, seen);
      return FACT_NODE_LABELS.has(t.label) ? [t.id] : [];
    });
  };
  const absorbed = new Map<string, string[]>();
  for (const n of doc.nodes) {
    if (n.label !== 'Claim') continue;
    const facts = sorted(resolve(n.id, new Set()));
    if (facts.length > 0) absorbed.set(n.id, facts);
    else idMap.set(n.id, n.id);
  }
  for (const n of doc.nodes) if (!idMap.has(n.id) && !absorbed.has(n.id)) idMap.set(n.id, n.id);
  return absorbed;
}

/** Relationships remapped onto fact ids; stances and reports of absorbed claims move onto their facts. */
function remapRelationships(rels: StoredRelationship[], { nodes }: DocLookup, idMap: Map<string, string>, absorbed: Map<string, string[]>): StoredRelationship[] {
  const relationships: StoredRelationship[] = [];
  for (const r of rels) {
    const claimAsTarget = absorbed.get(r.target);
    if (claimAsTarget) {
      if (!STANCES.has(r.type) && r.type !== 'REPORTED') continue;
      const claim = nodes.get(r.target)!;
      const quote = typeof claim.properties.text === 'string' ? claim.properties.text : claim.name;
      const date = claim.properties.date ?? null;
      for (const f of claimAsTarget)
        relationships.push({ ...r, id: `${r.id}:${f}`, target: idMap.get(f) ?? f, properties: r.type === 'REPORTED' ? {} : { quote, date } });
      continue;
    }
    if (absorbed.has(r.source)) continue; // ABOUT edges of an absorbed claim
    const source = idMap.get(r.source) ?? r.source;
    const target = idMap.get(r.target) ?? r.target;
    if (source === target) continue;
    relationships.push({ ...r, source, target });
  }
  return relationships;
}

/** Fact nodes (merged by id), entities, and what each sentence said of them. */
function nodeRows(
  doc: GraphDocument,
  { sentences }: DocLookup,
  rels: StoredRelationship[],
  { idMap, factNames, factProps }: FactIdentities,
  absorbed: Map<string, string[]>,
): Pick<ConsolidatedDocument, 'facts' | 'entities' | 'factMentions' | 'entityMentions'> {
  const articleId = doc.article.id;
  const facts = new Map<string, GraphNode>();
  const entities: GraphNode[] = [];
  const factMentions: FactMentionRow[] = [];
  const entityMentions: EntityMentionRow[] = [];
  const touching = new Map<string, string>();
  for (const r of rels) for (const end of [r.source, r.target]) if (!touching.has(end)) touching.set(end, r.evidence[0]);
  const firstEvidence = (id: string) => touching.get(id) ?? doc.sentences[0]?.id;
  for (const n of doc.nodes) {
    if (absorbed.has(n.id)) continue;
    const id = idMap.get(n.id)!;
    const isFact = FACT_NODE_LABELS.has(n.label) || n.label === 'Claim';
    if (!isFact) {
      entities.push(n);
      for (const m of n.mentions) entityMentions.push({ node: n.id, ...m });
      continue;
    }
    const seen = facts.get(id);
    const aliases = [n.name, ...n.aliases];
    if (seen) seen.aliases.push(...aliases.filter((a) => a !== seen.name && !seen.aliases.includes(a)));
    else
      facts.set(id, {
        id,
        label: n.label,
        name: factNames.get(id) ?? n.name,
        aliases: aliases.filter((a) => a !== (factNames.get(id) ?? n.name)),
        properties: factProps.get(id) ?? (n.label === 'Claim' ? { text: n.properties.text ?? n.name } : {}),
        mentions: [],
      });
    const props: FactMentionRow['props'] = { mention: n.id, article: articleId, when: mentionWhen(n.properties.date, doc.article.publishedAt) };
    for (const k of MENTION_KEYS) props[k] = n.properties[k] ?? null;
    if (n.label !== 'Transfer') props.kinds = null;
    const spans = n.mentions.length > 0 ? n.mentions : [{ sentence: firstEvidence(n.id), start: null, end: null, text: n.name }];
    for (const m of spans) if (m.sentence && sentences.has(m.sentence)) factMentions.push({ fact: id, sentence: m.sentence, start: m.start, end: m.end, text: m.text, props });
  }
  return { facts: [...facts.values()], entities, factMentions, entityMentions };
}

/** Turns one article's GraphDocument into consolidated rows (see the module comment). */
export function consolidate(doc: GraphDocument, rules: PlaceRules = DEFAULT_PLACE_RULES): ConsolidatedDocument {
  const lookup: DocLookup = { nodes: new Map(doc.nodes.map((n) => [n.id, n])), sentences: new Map(doc.sentences.map((s) => [s.id, s])) };
  const rels = doc.relationships.map((r): StoredRelationship => ({ ...r }));
  retypePlaces(rels, lookup, indexRelationships(rels), rules);
  addNamedDestinations(rels, doc, lookup);
  const idx = indexRelationships(rels);
  const identities = factIdentities(doc, lookup, idx);
  const absorbed = absorbClaims(doc, lookup, idx, identities.idMap);
  const relationships = remapRelationships(rels, lookup, identities.idMap, absorbed);
  return { ...nodeRows(doc, lookup, rels, identities, absorbed), relationships, idMap: identities.idMap };
}

// The graph vocabulary: labels, relationship types and enumerations, as plain constants. Kept apart from
// the zod schema (schema.ts) so the browser can read the vocabulary without bundling zod.

/** Node labels of the graph vocabulary (DESIGN.md section 4), provenance excluded. */
export const NODE_LABELS = [
  'Person',
  'Country',
  'Organization',
  'Location',
  'Agreement',
  'Transfer',
  'Claim',
  'Event',
] as const;

/** Relationship types a GraphDocument may carry (HAS_SENTENCE and MENTIONS exist only in Neo4j). */
export const RELATIONSHIP_TYPES = [
  'SENT',
  'TO',
  'IN_EXCHANGE_FOR',
  'COVERS',
  'PARTY_TO',
  'SIGNED',
  'VETOED',
  'HOLDS_ROLE',
  'MEMBER_OF',
  'PART_OF',
  'ASSERTS',
  'DENIES',
  'CANNOT_CONFIRM',
  'REPORTED',
  'ABOUT',
  'INVOLVED_IN',
  'LOCATED_IN',
] as const;

/**
 * Relationship types stored in Neo4j besides the GraphDocument's: DESTINATION (Transfer -> where it
 * goes, when that place is not the receiving actor; DESIGN.md §4b), written by the loader only.
 */
export const STORED_ONLY_RELATIONSHIP_TYPES = ['DESTINATION'] as const;

/** Every relationship type between entities in Neo4j (provenance excluded). */
export const STORED_RELATIONSHIP_TYPES = [...RELATIONSHIP_TYPES, ...STORED_ONLY_RELATIONSHIP_TYPES] as const;

export const TRANSFER_KINDS = [
  'troops',
  'personnel',
  'workers',
  'munitions',
  'artillery_shells',
  'missiles',
  'weapons',
  'containers',
  'funds',
  'technology',
  'aid',
  'oil',
  'other',
] as const;

export const QUALIFIERS = ['exact', 'approx', 'nearly', 'at_least', 'at_most', 'range'] as const;
export const STATUSES = ['asserted', 'alleged', 'denied', 'unconfirmed'] as const;

/** Statuses of a consolidated fact: a mention's, plus 'disputed' (asserted by one source, denied by another). */
export const FACT_STATUSES = ['asserted', 'alleged', 'disputed', 'denied', 'unconfirmed'] as const;

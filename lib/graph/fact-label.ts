// Display of consolidated facts (DESIGN.md §4b): the label an edge or a fact node carries,
// "troupes · ≈ 11 000 (déc. 2024) · 6 sources · démenti : Kremlin", computed from the fact's
// stored summary at read time so wording can change without a reload.

import { groupThousands } from './transfers';

/** French word per transfer kind, as a fact's label starts. */
export const TRANSFER_KIND_WORDS: Record<string, string> = {
  troops: 'troupes',
  personnel: 'personnel',
  workers: 'travailleurs',
  munitions: 'munitions',
  artillery_shells: "obus d'artillerie",
  missiles: 'missiles',
  weapons: 'armes',
  containers: 'conteneurs',
  funds: 'fonds',
  technology: 'technologie',
  aid: 'aide',
  oil: 'pétrole',
  other: 'transfert',
};

/** French noun per event kind (the extractor names events by the verb it saw: "capturées"). */
export const EVENT_KIND_WORDS: Record<string, string> = {
  strike: 'frappe',
  visit: 'visite',
  invasion: 'invasion',
  capture: 'capture',
  veto: 'veto',
  attack: 'attaque',
  meeting: 'rencontre',
  test: 'essai',
  deployment: 'déploiement',
  summit: 'sommet',
};

/** Labels whose nodes are consolidated facts. */
export const FACT_NODE_LABELS = new Set(['Transfer', 'Agreement', 'Event']);

const QUALIFIER_PREFIX: Record<string, string> = { approx: '≈ ', nearly: '≈ ', at_least: '≥ ', at_most: '≤ ' };
const MONTHS = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];

function num(v: unknown): number | null {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : null;
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x !== '') : [];
}

/** "déc. 2024" for "2024-12-03", "2024" for "2024"; null for anything that is not an ISO date. */
export function formatMonth(iso: unknown): string | null {
  if (typeof iso !== 'string') return null;
  const m = /^(\d{4})(?:-(\d{2}))?/.exec(iso);
  if (!m) return null;
  const month = m[2] ? Number(m[2]) : 0;
  return month >= 1 && month <= 12 ? `${MONTHS[month - 1]} ${m[1]}` : m[1];
}

/** A figure with its qualifier: "≈ 11 000", "3 000–5 000". */
export function formatFigure(quantity: unknown, qualifier: unknown, quantityMax?: unknown): string | null {
  const q = num(quantity);
  if (q === null) return null;
  const max = num(quantityMax);
  if (qualifier === 'range' && max !== null && max !== q) return `${groupThousands(q)}–${groupThousands(max)}`;
  return `${typeof qualifier === 'string' ? (QUALIFIER_PREFIX[qualifier] ?? '') : ''}${groupThousands(q)}`;
}

/** The head word of a fact: transfer kind, event kind, or the agreement's own name. */
export function factHead(label: string, props: Record<string, unknown>, name = ''): string {
  const kind = typeof props.kind === 'string' ? props.kind : '';
  if (label === 'Transfer') return TRANSFER_KIND_WORDS[kind] ?? (kind.replace(/_/g, ' ') || 'transfert');
  if (label === 'Event') return EVENT_KIND_WORDS[kind] ?? (kind || name || 'événement');
  return name || kind || label;
}

/**
 * The one-line summary of a consolidated fact: head, latest figure and its month, number of sources,
 * and who denies or cannot confirm it. Null for nodes that carry no fact summary (older data, actors).
 */
export function factLabel(label: string, props: Record<string, unknown>, name = ''): string | null {
  if (!FACT_NODE_LABELS.has(label) || num(props.sources) === null) return null;
  const parts = [factHead(label, props, name)];
  const figure = formatFigure(props.latestQuantity, props.latestQualifier, props.latestQuantityMax);
  if (figure) {
    const month = formatMonth(props.latestDate);
    parts.push(month ? `${figure} (${month})` : figure);
  }
  const sources = num(props.sources) ?? 0;
  parts.push(`${sources} source${sources > 1 ? 's' : ''}`);
  const deniers = strings(props.deniedBy);
  if (deniers.length > 0) parts.push(`démenti : ${deniers.join(', ')}`);
  const doubters = strings(props.unconfirmedBy);
  if (deniers.length === 0 && doubters.length > 0) parts.push(`non confirmé : ${doubters.join(', ')}`);
  return parts.join(' · ');
}

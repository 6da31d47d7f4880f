// Visual vocabulary of the explorer: colours per label, sizes per degree, edge looks per fact status.
// Pure functions over plain values so the legend, the canvas and the tests agree.

/** Colour per node label: distinct hues, readable on white, colour-blind-aware ordering. */
export const LABEL_COLORS: Record<string, string> = {
  Person: '#4e79a7',
  Country: '#e15759',
  Organization: '#59a14f',
  Location: '#9c755f',
  Agreement: '#edc948',
  Transfer: '#f28e2b',
  Claim: '#b07aa1',
  Event: '#76b7b2',
};

export const FALLBACK_COLOR = '#8c8c8c';
export const DIMMED_NODE_COLOR = '#e3e6ea';
export const DIMMED_EDGE_COLOR = '#eef0f2';
export const HIGHLIGHT_COLOR = '#d62728';
/** Doubtful edges on graphs too big for dashes: a pale red that reads as "disputed" next to grey and orange. */
export const DOUBT_EDGE_COLOR = '#e8a09a';

/** Colour of a node label (grey for unknown labels). */
export function labelColor(label: string): string {
  return LABEL_COLORS[label] ?? FALLBACK_COLOR;
}

/** Node size from its degree: grows with the square root so hubs stand out without swallowing the view. */
export function nodeSize(degree: number): number {
  return Math.min(22, 4 + 2.2 * Math.sqrt(Math.max(0, degree)));
}

/** Statuses that mean "do not take this at face value": drawn dashed and badged in the panel. */
export const DOUBTFUL_STATUSES = new Set(['alleged', 'disputed', 'denied', 'unconfirmed']);

/** True when a fact's status calls for a dashed edge / warning badge. */
export function isDoubtful(status: string | null | undefined): boolean {
  return !!status && DOUBTFUL_STATUSES.has(status);
}

const EDGE_COLORS: Record<string, string> = {
  SENT: '#c7771f',
  TO: '#c7771f',
  TRANSFER: '#d9731a',
  ASSERTS: '#8f6a8a',
  DENIES: '#c0392b',
  CANNOT_CONFIRM: '#a0a0a0',
  REPORTED: '#8f6a8a',
  ABOUT: '#a98fa4',
  IN_EXCHANGE_FOR: '#d4a017',
};

/** Edge colour per relationship type (neutral grey for structural ones). */
export function edgeColor(type: string): string {
  return EDGE_COLORS[type] ?? '#9aa4b1';
}

/**
 * Status of a fact node. Transfers carry `status`; claims may carry `status`/`stance`, otherwise the
 * stance edges pointing at them decide: any DENIES -> denied, any CANNOT_CONFIRM -> unconfirmed.
 */
export function factStatus(label: string, props: Record<string, unknown>, incomingTypes: Iterable<string> = []): string | null {
  const own = typeof props.status === 'string' ? props.status : null;
  if (label === 'Transfer') return own ?? 'asserted';
  if (label !== 'Claim') return own;
  const stance = typeof props.stance === 'string' ? props.stance.toLowerCase() : null;
  if (own) return own;
  if (stance && ['denied', 'denies', 'unconfirmed', 'cannot_confirm', 'alleged'].includes(stance))
    return stance.startsWith('den') ? 'denied' : stance === 'alleged' ? 'alleged' : 'unconfirmed';
  let status = 'asserted';
  for (const t of incomingTypes) {
    if (t === 'DENIES') return 'denied';
    if (t === 'CANNOT_CONFIRM') status = 'unconfirmed';
  }
  return status;
}

/** Short text for a claim node: its quoted text, cut at a word boundary. */
export function claimCaption(text: string, max = 48): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return `« ${t} »`;
  const cut = t.slice(0, max);
  const at = cut.lastIndexOf(' ');
  return `« ${(at > max * 0.6 ? cut.slice(0, at) : cut).trim()}… »`;
}

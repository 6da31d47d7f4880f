// Transfers can be read two ways: as nodes (sender -> [transfer] -> recipient) or folded into one
// labelled arrow per sender/recipient pair. Folding is computed here, from attributes only.
import { FRENCH, formatDecimal } from '../i18n/decimal';

/** Minimal read-only view of a graph: what folding needs, so tests can pass plain objects. */
export interface FoldSource {
  forEachNode(cb: (node: string, attrs: FoldNode) => void): void;
  forEachInEdge(node: string, cb: (edge: string, attrs: FoldEdge, source: string) => void): void;
  forEachOutEdge(node: string, cb: (edge: string, attrs: FoldEdge, source: string, target: string) => void): void;
}

/** The node attributes folding reads (the explorer's NodeAttrs has them all). */
export interface FoldNode {
  nodeLabel: string;
  name?: string;
  status?: string | null;
  props?: Record<string, unknown>;
}

/** The edge attributes folding reads. */
export interface FoldEdge {
  relType: string;
  props?: Record<string, unknown>;
}

/** A direct sender -> recipient edge standing for one Transfer node. */
export interface FoldedEdge {
  key: string;
  source: string;
  target: string;
  transfer: string;
  label: string;
  size: number;
  status: string;
  transferKind: string;
  date: string | null;
  /** Evidence of the transfer's SENT and TO edges, merged. */
  evidence: string[];
}

const QUALIFIER_PREFIX: Record<string, string> = {
  approx: '≈ ',
  nearly: '≈ ',
  at_least: '≥ ',
  at_most: '≤ ',
};

/** Groups thousands with spaces, French style ("10000" -> "10 000", "1234.5" -> "1 234,5"). */
export function groupThousands(n: number): string {
  // French groups with a narrow no-break space; labels and captions use a plain one.
  return formatDecimal(n, FRENCH).replace(/[\u202F\u00A0]/g, ' ');
}

function num(v: unknown): number | null {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : null;
}

/** Human label of a transfer from its properties: "≈ 10 000 soldats", "7 000 conteneurs de munitions". */
export function transferLabel(props: Record<string, unknown>, fallback = ''): string {
  const q = num(props.quantity);
  const qMax = num(props.quantityMax);
  const unit = typeof props.unit === 'string' && props.unit ? props.unit : typeof props.kind === 'string' ? props.kind.replace(/_/g, ' ') : '';
  if (q === null) return fallback || unit || 'transfert';
  // A figure the text gives in words only ("des milliers") is quoted, never turned into a number ("≥ 1 000").
  const said = typeof props.quantityText === 'string' ? props.quantityText.trim() : '';
  if (said && !/\d/.test(said)) return fallback || (unit ? `${said} de ${unit}` : said);
  const qualifier = typeof props.qualifier === 'string' ? props.qualifier : 'exact';
  const amount = qualifier === 'range' && qMax !== null ? `${groupThousands(q)}–${groupThousands(qMax)}` : `${QUALIFIER_PREFIX[qualifier] ?? ''}${groupThousands(q)}`;
  return unit ? `${amount} ${unit}` : amount;
}

/** Arrow thickness for a quantity: logarithmic, 1.5 px for unknown, about 6 px for 10 000, capped at 10. */
export function transferThickness(quantity: unknown): number {
  const q = num(quantity);
  if (q === null || q <= 0) return 1.5;
  return Math.min(10, 1.5 + 1.2 * Math.log10(q + 1));
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/** Folded edges for every Transfer node that has at least one sender and one recipient. */
export function foldTransfers(graph: FoldSource): FoldedEdge[] {
  const out: FoldedEdge[] = [];
  graph.forEachNode((node, attrs) => {
    if (attrs.nodeLabel !== 'Transfer') return;
    const props = attrs.props ?? {};
    const senders: string[] = [];
    const recipients: string[] = [];
    const evidence = new Set<string>();
    graph.forEachInEdge(node, (_e, ea, source) => {
      if (ea.relType !== 'SENT') return;
      senders.push(source);
      for (const s of strings(ea.props?.evidence)) evidence.add(s);
    });
    graph.forEachOutEdge(node, (_e, ea, _s, target) => {
      if (ea.relType !== 'TO') return;
      recipients.push(target);
      for (const s of strings(ea.props?.evidence)) evidence.add(s);
    });
    for (const s of new Set(senders))
      for (const r of new Set(recipients)) {
        if (s === r) continue;
        out.push({
          key: `fold:${node}:${s}:${r}`,
          source: s,
          target: r,
          transfer: node,
          label: typeof props.display === 'string' ? props.display : transferLabel(props, String(attrs.name ?? '')),
          size: transferThickness(props.quantity),
          status: typeof attrs.status === 'string' ? attrs.status : typeof props.status === 'string' ? props.status : 'asserted',
          transferKind: typeof props.kind === 'string' ? props.kind : 'other',
          date: typeof props.date === 'string' ? props.date : null,
          evidence: [...evidence],
        });
      }
  });
  return out;
}

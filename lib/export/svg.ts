import { estimateText, FONT_FAMILY, type CaptionBand, type CaptionOp } from './caption';
import { curveControl, curvePath, placeLabels, type PlacedLabel } from './labels';
import type { SceneEdge, SceneNode } from './types';

// Vector export built from the graph's positions and styles (not a traced bitmap): text stays text,
// each visible node is one <g class="node" data-id> so the picture can be restyled or audited later.

export interface SvgInput {
  width: number;
  height: number;
  /** CSS colour, or null for a transparent background. */
  background: string | null;
  header: CaptionBand;
  footer: CaptionBand;
  /** Node positions relative to the graph area, which sits between header and footer. */
  nodes: SceneNode[];
  edges: SceneEdge[];
  /** Font size of node labels, px. */
  labelSize?: number;
  /** Label plan (lib/export/labels.ts) in graph-area pixels; placed here with estimated widths when absent. */
  labels?: PlacedLabel[];
}

/** Escapes text for XML content and attribute values. */
export function xmlEscape(s: string): string {
  return s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] as string);
}

const n2 = (v: number) => (Math.round(v * 100) / 100).toString();

function captionOp(op: CaptionOp): string {
  if (op.kind === 'rule') return `<line x1="${n2(op.x1)}" y1="${n2(op.y)}" x2="${n2(op.x2)}" y2="${n2(op.y)}" stroke="${op.color}" stroke-width="1"/>`;
  if (op.kind === 'stroke')
    return `<line class="legend-stroke" x1="${n2(op.x1)}" y1="${n2(op.y)}" x2="${n2(op.x2)}" y2="${n2(op.y)}" stroke="${op.color}" stroke-width="2"${op.dashed ? ' stroke-dasharray="5 3"' : ''}/>`;
  if (op.kind === 'swatch') return `<circle class="legend-swatch" cx="${n2(op.x)}" cy="${n2(op.y)}" r="${op.r}" fill="${op.color}"/>`;
  return `<text class="caption-${op.role}" x="${n2(op.x)}" y="${n2(op.y)}" font-size="${op.size}" font-weight="${op.weight}" fill="${op.color}" text-anchor="${op.anchor}">${op.title ? `<title>${xmlEscape(op.title)}</title>` : ''}${xmlEscape(op.text)}</text>`;
}

function band(name: string, b: CaptionBand, top: number): string {
  if (b.ops.length === 0) return '';
  return `<g class="${name}" transform="translate(0 ${n2(top)})">\n${b.ops.map(captionOp).join('\n')}\n</g>`;
}

function markerId(color: string): string {
  return `arrow-${color.replace(/[^a-zA-Z0-9]/g, '')}`;
}

function edgeElement(e: SceneEdge, s: SceneNode, t: SceneNode): string {
  const k = e.curvature ?? 0;
  const dash = e.dashed ? ' stroke-dasharray="6 4"' : '';
  const common = `stroke="${e.color}" stroke-width="${n2(e.size)}"${dash} fill="none" marker-end="url(#${markerId(e.color)})"`;
  let shape: string;
  if (k === 0) {
    const dx = t.x - s.x;
    const dy = t.y - s.y;
    const len = Math.hypot(dx, dy) || 1;
    // End the line on the target's rim so the arrowhead is not hidden under the node.
    shape = `<line x1="${n2(s.x)}" y1="${n2(s.y)}" x2="${n2(t.x - (dx / len) * (t.size + 1))}" y2="${n2(t.y - (dy / len) * (t.size + 1))}" ${common}/>`;
  } else {
    // The same quadratic Bézier as @sigma/edge-curve, ended on the target's rim along its last tangent.
    const c = curveControl(s, t, k);
    const dx = t.x - c.x;
    const dy = t.y - c.y;
    const len = Math.hypot(dx, dy) || 1;
    const ex = t.x - (dx / len) * (t.size + 1);
    const ey = t.y - (dy / len) * (t.size + 1);
    shape = `<path class="arc" d="M${n2(s.x)},${n2(s.y)} Q${n2(c.x)},${n2(c.y)} ${n2(ex)},${n2(ey)}" ${common}/>`;
  }
  return `<g class="edge" data-id="${xmlEscape(e.id)}" data-type="${xmlEscape(e.type)}">${shape}</g>`;
}

function nodeElement(n: SceneNode): string {
  const ring = n.highlighted ? `<circle cx="${n2(n.x)}" cy="${n2(n.y)}" r="${n2(n.size + 4)}" fill="none" stroke="#1f2933" stroke-width="2"/>` : '';
  return (
    `<g class="node" data-id="${xmlEscape(n.id)}" data-label="${xmlEscape(n.label)}">${ring}` +
    `<circle cx="${n2(n.x)}" cy="${n2(n.y)}" r="${n2(n.size)}" fill="${n.color}" stroke="#ffffff" stroke-width="1"/></g>`
  );
}

/** An id usable in a URL reference (#...) for any label id. */
function pathId(id: string): string {
  return `label-path-${id.replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.charCodeAt(0).toString(16)}_`)}`;
}

/**
 * One placed label as an SVG <text> with a white halo (its full text as a tooltip when shortened). An edge
 * caption is written along its edge with a <textPath> on the plan's curve, the path kept beside the text.
 */
export function labelElement(l: PlacedLabel): string {
  const title = l.full ? `<title>${xmlEscape(l.full)}</title>` : '';
  const style = `font-size="${l.size}" font-weight="${l.weight}" fill="${l.color}" paint-order="stroke" stroke="#ffffff" stroke-width="3" stroke-linejoin="round"`;
  if (l.curve) {
    const id = pathId(l.id);
    return (
      `<path id="${id}" class="label-path" d="${curvePath(l.curve)}" fill="none" stroke="none"/>` +
      `<text class="label label-${l.kind}" data-id="${xmlEscape(l.id)}" ${style}>${title}` +
      `<textPath href="#${id}" startOffset="${n2(l.curve.at * 100)}%" text-anchor="middle">${xmlEscape(l.text)}</textPath></text>`
    );
  }
  return `<text class="label label-${l.kind}" data-id="${xmlEscape(l.id)}" x="${n2(l.x)}" y="${n2(l.y)}" text-anchor="${l.anchor}" ${style}>${title}${xmlEscape(l.text)}</text>`;
}

/** Builds a standalone SVG document: background, header, edges, nodes (one <g data-id> each), footer. */
export function buildSvg(input: SvgInput): string {
  const { width, height, header, footer } = input;
  const labelSize = input.labelSize ?? 14;
  const labels = input.labels ?? placeLabels({ nodes: input.nodes, edges: input.edges }, width, height - header.height - footer.height, estimateText, { nodeSize: labelSize }).labels;
  const byId = new Map(input.nodes.map((n) => [n.id, n]));
  const colors = [...new Set(input.edges.map((e) => e.color))];
  const markers = colors
    .map((c) => `<marker id="${markerId(c)}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${c}"/></marker>`)
    .join('');
  const edges = input.edges
    .map((e) => {
      const s = byId.get(e.source);
      const t = byId.get(e.target);
      return s && t ? edgeElement(e, s, t) : '';
    })
    .filter(Boolean);
  const nodes = input.nodes.map(nodeElement);
  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${xmlEscape(FONT_FAMILY)}">`,
    `<defs>${markers}</defs>`,
    input.background ? `<rect class="background" x="0" y="0" width="${width}" height="${height}" fill="${input.background}"/>` : '',
    band('header', header, 0),
    `<g class="graph" transform="translate(0 ${n2(header.height)})">`,
    `<g class="edges">\n${edges.join('\n')}\n</g>`,
    `<g class="nodes">\n${nodes.join('\n')}\n</g>`,
    `<g class="labels">\n${labels.map(labelElement).join('\n')}\n</g>`,
    '</g>',
    band('footer', footer, height - footer.height),
    '</svg>',
  ];
  return parts.filter(Boolean).join('\n') + '\n';
}

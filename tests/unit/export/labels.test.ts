import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { estimateText } from '@/lib/export/caption';
import { countBoxOverlaps, curveControl, curvePath, curvePoint, curveWalker, placeLabels, shorten } from '@/lib/export/labels';
import { buildSvg } from '@/lib/export/svg';
import type { SceneEdge, SceneNode } from '@/lib/export/types';

// A crowded picture: 120 nodes with long claim-like labels in a 900 x 500 area, and a bundle of
// parallel transfer arrows between two countries, the situation of the report maps that overlapped.
function crowd(seed = 'labels'): { nodes: SceneNode[]; edges: SceneEdge[] } {
  const rng = seedrandom(seed);
  const nodes: SceneNode[] = Array.from({ length: 120 }, (_, i) => ({
    id: `n${i}`,
    label: i < 4 ? 'Country' : i % 3 ? 'Claim' : 'Transfer',
    name: i < 4 ? ['Corée du Nord', 'Russie', 'Ukraine', 'Iran'][i] : `« une déclaration assez longue numéro ${i} »`,
    x: 20 + rng() * 860,
    y: 20 + rng() * 460,
    size: i < 4 ? 14 : 5,
    color: '#888888',
  }));
  nodes[0] = { ...nodes[0], x: 880, y: 250 };
  const edges: SceneEdge[] = Array.from({ length: 23 }, (_, i) => ({ id: `e${i}`, source: 'n1', target: 'n0', type: 'TRANSFER', label: `≈ ${(i + 1) * 100} obus`, color: '#e07b1a', size: 2, curvature: 0.1 + (0.5 * i) / 22 }));
  return { nodes, edges };
}

describe('label placement', () => {
  it('leaves zero overlapping label boxes and keeps every label inside the picture', () => {
    const scene = crowd();
    const plan = placeLabels(scene, 900, 500, estimateText);
    const boxes = plan.labels.map((l) => l.box);
    expect(countBoxOverlaps(boxes)).toBe(0);
    for (const b of boxes) {
      expect(b[0]).toBeGreaterThanOrEqual(0);
      expect(b[1]).toBeGreaterThanOrEqual(0);
      expect(b[2]).toBeLessThanOrEqual(900);
      expect(b[3]).toBeLessThanOrEqual(500);
    }
    // The crowd cannot all be labelled: what gives way is shortened or dropped, never overlapped.
    expect(plan.dropped + plan.shortened).toBeGreaterThan(0);
    expect(plan.labels.length + plan.dropped).toBe(120 + 23);
  });

  it('labels the countries first, and a label at the right edge moves left instead of being cut', () => {
    const plan = placeLabels(crowd(), 900, 500, estimateText);
    const kp = plan.labels.find((l) => l.id === 'n0');
    expect(kp?.text).toBe('Corée du Nord');
    expect(kp?.anchor).not.toBe('start');
    for (const id of ['n1', 'n2', 'n3']) expect(plan.labels.some((l) => l.id === id)).toBe(true);
  });

  it('keeps claim, fact and arrow labels off other discs; only actors may lie over one', () => {
    const scene = crowd('discs');
    const plan = placeLabels(scene, 900, 500, estimateText);
    const actors = new Set(scene.nodes.filter((n) => n.label === 'Country').map((n) => n.id));
    for (const l of plan.labels.filter((x) => !actors.has(x.id)))
      for (const n of scene.nodes) {
        if (n.id === l.id) continue;
        const disc: [number, number, number, number] = [n.x - n.size, n.y - n.size, n.x + n.size, n.y + n.size];
        expect(countBoxOverlaps([l.box, disc])).toBe(0);
      }
  });

  it('places the same way every time', () => {
    const a = placeLabels(crowd(), 900, 500, estimateText).labels;
    const b = placeLabels(crowd(), 900, 500, estimateText).labels;
    expect(b).toEqual(a);
  });

  it('shortens to the length asked, with an ellipsis and the closing guillemet kept', () => {
    const short = shorten('« une déclaration assez longue numéro 7 »', 18);
    expect(short.length).toBeLessThanOrEqual(18);
    expect(short).toMatch(/^« une déc.*… »$/);
    expect(shorten('Livraisons de munitions nord-coréennes', 18)).toBe('Livraisons de…');
    expect(shorten('Corée du Nord', 18)).toBe('Corée du Nord');
  });
});

describe('curved edges in the SVG', () => {
  it('follows the curve sigma draws: control point off the chord by length x curvature', () => {
    const c = curveControl({ x: 0, y: 0 }, { x: 100, y: 0 }, 0.2);
    expect(c).toEqual({ x: 50, y: -20 });
    expect(curvePoint({ x: 0, y: 0 }, { x: 100, y: 0 }, 0.2)).toEqual({ x: 50, y: -10 });
  });

  it('draws one arc per curved edge, as many as the scene has', () => {
    const scene = crowd();
    const svg = buildSvg({ width: 900, height: 500, background: null, header: { height: 0, ops: [] }, footer: { height: 0, ops: [] }, nodes: scene.nodes, edges: scene.edges });
    expect(svg.match(/<path class="arc"/g)).toHaveLength(23);
    const ds = new Set([...svg.matchAll(/<path class="arc" d="([^"]+)"/g)].map((m) => m[1]));
    expect(ds.size).toBe(23);
  });
});

describe('arrow captions along their edge', () => {
  // Two countries on a slope, a bundle of five parallel transfers between them, and one straight arrow.
  const nodes: SceneNode[] = [
    { id: 'ru', label: 'Country', name: 'Russie', x: 100, y: 400, size: 12, color: '#c33' },
    { id: 'kp', label: 'Country', name: 'Corée du Nord', x: 700, y: 100, size: 12, color: '#c33' },
    { id: 'ir', label: 'Country', name: 'Iran', x: 700, y: 420, size: 12, color: '#c33' },
  ];
  const edges: SceneEdge[] = [
    ...Array.from({ length: 5 }, (_, i) => ({ id: `t${i}`, source: 'kp', target: 'ru', type: 'TRANSFER', label: `≈ ${(i + 1) * 1000} obus`, color: '#e07b1a', size: 2, curvature: 0.08 + 0.06 * i })),
    { id: 'd', source: 'ir', target: 'ru', type: 'TRANSFER', label: 'drones', color: '#e07b1a', size: 2, curvature: 0 },
  ];

  it('writes each caption along its curve, left to right, and never over another', () => {
    const plan = placeLabels({ nodes, edges }, 800, 500, estimateText);
    const captions = plan.labels.filter((l) => l.kind === 'edge');
    expect(captions.length).toBeGreaterThanOrEqual(4);
    for (const l of captions) {
      expect(l.curve).toBeDefined();
      const walk = curveWalker(l.curve!);
      const mid = walk.station(walk.length * l.curve!.at);
      // Read left to right: the text's direction points right.
      expect(mid.ux).toBeGreaterThan(0);
      // The edge from Corée du Nord (top right) down to Russie: the caption is tilted like the edge, not horizontal.
      if (l.id.startsWith('t')) expect(Math.abs(mid.uy)).toBeGreaterThan(0.2);
    }
    expect(captions.find((l) => l.id === 'd')?.curve?.from.x).toBeLessThan(captions.find((l) => l.id === 'd')!.curve!.to.x);
    expect(countBoxOverlaps(plan.labels.map((l) => l.box))).toBe(0);
  });

  it('puts the same curve in the SVG as a textPath, one path id per caption', () => {
    const plan = placeLabels({ nodes, edges }, 800, 500, estimateText);
    const svg = buildSvg({ width: 800, height: 500, background: null, header: { height: 0, ops: [] }, footer: { height: 0, ops: [] }, nodes, edges, labels: plan.labels });
    const captions = plan.labels.filter((l) => l.kind === 'edge');
    const refs = [...svg.matchAll(/<textPath href="#([^"]+)"/g)].map((m) => m[1]);
    expect(refs).toHaveLength(captions.length);
    expect(new Set(refs).size).toBe(refs.length);
    for (const id of refs) expect(svg).toContain(`<path id="${id}" class="label-path"`);
    for (const l of captions) expect(svg).toContain(`d="${curvePath(l.curve!)}"`);
  });
});

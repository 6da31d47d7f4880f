import { describe, expect, it } from 'vitest';
import { createGraph, mergePayload } from '@/lib/graph/graphology';
import { foldTransfers, groupThousands, transferLabel, transferThickness } from '@/lib/graph/transfers';
import type { GraphPayload } from '@/lib/graph/payload';

const payload: GraphPayload = {
  truncated: false,
  nodes: [
    { id: 'country:KP', label: 'Country', name: 'Corée du Nord', properties: {} },
    { id: 'country:RU', label: 'Country', name: 'Russie', properties: {} },
    { id: 'transfer:t1', label: 'Transfer', name: 'soldats', properties: { kind: 'troops', quantity: 10000, qualifier: 'approx', unit: 'soldats', status: 'asserted' } },
    { id: 'transfer:t2', label: 'Transfer', name: 'conteneurs', properties: { kind: 'containers', quantity: 7000, qualifier: 'exact', unit: 'conteneurs de munitions', status: 'alleged' } },
  ],
  edges: [
    { id: 's1', type: 'SENT', source: 'country:KP', target: 'transfer:t1', properties: { evidence: ['a:s1'] } },
    { id: 't1', type: 'TO', source: 'transfer:t1', target: 'country:RU', properties: { evidence: ['a:s2'] } },
    { id: 's2', type: 'SENT', source: 'country:KP', target: 'transfer:t2', properties: { evidence: ['a:s3'] } },
    { id: 't2', type: 'TO', source: 'transfer:t2', target: 'country:RU', properties: { evidence: ['a:s3'] } },
  ],
};

describe('transfer labels', () => {
  it('reads like the article', () => {
    expect(transferLabel({ quantity: 10000, qualifier: 'approx', unit: 'soldats' })).toBe('≈ 10 000 soldats');
    expect(transferLabel({ quantity: 7000, qualifier: 'exact', unit: 'conteneurs de munitions' })).toBe('7 000 conteneurs de munitions');
    expect(transferLabel({ quantity: 1000, qualifier: 'at_least', unit: 'missiles' })).toBe('≥ 1 000 missiles');
    expect(transferLabel({ quantity: 3000, quantityMax: 5000, qualifier: 'range', unit: 'soldats' })).toBe('3 000–5 000 soldats');
    expect(transferLabel({ kind: 'artillery_shells' }, '')).toBe('artillery shells');
    expect(groupThousands(1234567)).toBe('1 234 567');
    expect(groupThousands(1234.567)).toBe('1 234,57');
    expect(groupThousands(-12000)).toBe('-12 000');
    expect(groupThousands(999)).toBe('999');
  });

  it('thickens with quantity, logarithmically and within bounds', () => {
    expect(transferThickness(null)).toBe(1.5);
    expect(transferThickness(10)).toBeLessThan(transferThickness(7000));
    expect(transferThickness(7000)).toBeLessThan(transferThickness(10000));
    expect(transferThickness(1e12)).toBe(10);
    expect(transferThickness(-5)).toBe(1.5);
  });
});

describe('folding transfers into arrows', () => {
  it('makes one labelled sender -> recipient edge per transfer, carrying status and evidence', () => {
    const g = createGraph();
    mergePayload(g, payload);
    const folds = foldTransfers(g);
    expect(folds).toHaveLength(2);
    const troops = folds.find((f) => f.transfer === 'transfer:t1')!;
    expect(troops).toMatchObject({ source: 'country:KP', target: 'country:RU', label: '≈ 10 000 soldats', status: 'asserted', transferKind: 'troops' });
    expect(troops.evidence.sort()).toEqual(['a:s1', 'a:s2']);
    expect(folds.find((f) => f.transfer === 'transfer:t2')!.status).toBe('alleged');
  });

  it('lives in the graph as folded edges that do not pull the layout, parallel ones curved apart', () => {
    const g = createGraph();
    mergePayload(g, payload);
    const folded = g.filterEdges((_e, a) => a.folded);
    expect(folded).toHaveLength(2);
    const attrs = folded.map((e) => g.getEdgeAttributes(e));
    expect(attrs.every((a) => a.weight === 0)).toBe(true);
    expect(new Set(attrs.map((a) => a.curvature)).size).toBe(2);
    // The alleged one is drawn dashed and says so without words.
    const alleged = attrs.find((a) => a.status === 'alleged')!;
    expect(alleged.type).toBe('dashed');
    expect(alleged.label.startsWith('? ')).toBe(true);
  });

  it('skips transfers without a sender or a recipient', () => {
    const g = createGraph();
    mergePayload(g, { ...payload, edges: payload.edges.filter((e) => e.id !== 't1') });
    expect(foldTransfers(g).map((f) => f.transfer)).toEqual(['transfer:t2']);
  });
});

describe('vague figures', () => {
  it('quotes "des milliers" instead of printing it as a number', () => {
    expect(transferLabel({ quantity: 1000, qualifier: 'at_least', quantityText: 'des milliers', unit: 'soldats' }, 'des milliers de soldats')).toBe('des milliers de soldats');
    expect(transferLabel({ quantity: 1000, qualifier: 'at_least', quantityText: 'des milliers', unit: 'soldats' })).toBe('des milliers de soldats');
    expect(transferLabel({ quantity: 3000000, qualifier: 'at_least', quantityText: 'plus de 3 millions', unit: 'obus' })).toBe('≥ 3 000 000 obus');
  });
});

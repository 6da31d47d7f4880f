// What a hover or selection may change while the node and edge layers stay as drawn.
import { describe, expect, it } from 'vitest';
import { sameLook } from '@/app/components/graph/still-layers';

const node = { x: 0.4, y: 0.6, size: 5, color: '#4e79a7', label: 'Pays 3', hidden: false, type: 'circle', zIndex: 0, forceLabel: false, highlighted: false };
const edge = { size: 1, color: '#c4c4c4', label: '', hidden: false, type: 'thin', zIndex: 0, forceLabel: false };

describe('sameLook', () => {
  it('ignores labels, label forcing, highlight and z-index: a hover on a big graph draws them on other layers', () => {
    expect(sameLook(node, { ...node, label: '', forceLabel: true, highlighted: true, zIndex: 4 })).toBe(true);
    expect(sameLook(edge, { ...edge, label: 'signed (minister)', forceLabel: true, zIndex: 3 })).toBe(true);
  });

  it('sees a dimmed colour, a thicker edge, a hidden item, a moved node or another program', () => {
    expect(sameLook(node, { ...node, color: '#e2e2e2' })).toBe(false);
    expect(sameLook(edge, { ...edge, size: 3 })).toBe(false);
    expect(sameLook(edge, { ...edge, hidden: true })).toBe(false);
    expect(sameLook(node, { ...node, x: 0.41 })).toBe(false);
    expect(sameLook(edge, { ...edge, type: 'arrow' })).toBe(false);
  });

  it('treats an item that appeared or went away as changed', () => {
    expect(sameLook(node, undefined)).toBe(false);
    expect(sameLook(undefined, node)).toBe(false);
    expect(sameLook(node, { ...node, borderColor: '#000' })).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { isExactHit } from '@/lib/neo4j/map';
import { printLabel } from '@/lib/export/scene';
import { buildSvg } from '@/lib/export/svg';

describe('focus names and print labels', () => {
  const hit = { id: 'country:KP', name: 'Corée du Nord', aliases: ['Pyongyang', 'North Korea'] };

  it('accepts the name, an alias or the id, ignoring accents and case — never a fuzzy neighbour', () => {
    expect(isExactHit(hit, 'coree du nord')).toBe(true);
    expect(isExactHit(hit, 'CORÉE DU NORD')).toBe(true);
    expect(isExactHit(hit, 'pyongyang')).toBe(true);
    expect(isExactHit(hit, 'country:KP')).toBe(true);
    expect(isExactHit(hit, 'Corée du Sud')).toBe(false);
    expect(isExactHit(hit, 'Corée')).toBe(false);
  });

  it('shortens long labels at a word and keeps the closing guillemet', () => {
    expect(printLabel('Russie')).toBe('Russie');
    const claim = printLabel('« la Corée du Nord envoyait des milliers de soldats pour aider la Russie »');
    expect(claim.length).toBeLessThanOrEqual(36);
    expect(claim.endsWith('… »')).toBe(true);
    expect(claim.startsWith('« la Corée')).toBe(true);
  });

  it('draws doubtful facts dashed in the SVG', () => {
    const band = { height: 0, ops: [] };
    const svg = buildSvg({
      width: 400, height: 300, background: null, header: band, footer: band,
      nodes: [{ id: 'a', label: 'Country', name: 'A', x: 10, y: 10, size: 5, color: '#e15759' }, { id: 'b', label: 'Transfer', name: 'B', x: 200, y: 100, size: 5, color: '#f28e2b' }],
      edges: [{ id: 'e', source: 'a', target: 'b', type: 'SENT', color: '#c7771f', size: 1, dashed: true }],
    });
    expect(svg).toContain('stroke-dasharray');
    expect(svg).not.toContain('class="background"');
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, decodeRender, decodeView, encodeView, filtersView, permalink, viewFilters, type ViewState } from '@/lib/export/permalink';

const FULL: ViewState = {
  focus: 'Corée du Nord',
  depth: 2,
  query: null,
  ids: ['country:KP', 'country:RU', 'org:a,b&c=d'],
  title: 'Troupes & munitions: « 10 000 » soldats?',
  transfers: 'edges',
  hiddenLabels: ['Claim', 'Event'],
  hiddenTypes: ['ABOUT'],
  hiddenKinds: ['oil'],
  hiddenStatuses: ['denied'],
  timeRange: [1704067200000, 1735603200000],
  camera: { x: 0.512345, y: 0.487654, ratio: 0.75, angle: 0 },
  selection: 'country:KP',
};

describe('permalink', () => {
  it('round-trips a full view through a URL', () => {
    const url = permalink('http://example.org/', '/map', FULL);
    expect(url.startsWith('http://example.org/map?')).toBe(true);
    expect(decodeView(new URL(url).searchParams)).toEqual(FULL);
  });

  it('round-trips a query view and the defaults', () => {
    const q: ViewState = { ...DEFAULT_VIEW, query: "MATCH (a)-[r:SENT]->(t) WHERE a.name = 'Russie' RETURN a, r, t\nLIMIT 25" };
    expect(decodeView(encodeView(q).toString())).toEqual(q);
    expect(decodeView(encodeView(DEFAULT_VIEW))).toEqual(DEFAULT_VIEW);
    expect(encodeView(DEFAULT_VIEW).toString()).toBe('');
  });

  it('is stable: encoding is independent of list order', () => {
    const shuffled = { ...FULL, ids: [...FULL.ids].reverse(), hiddenLabels: ['Event', 'Claim'] };
    expect(encodeView(shuffled).toString()).toBe(encodeView(FULL).toString());
  });

  it('ignores malformed values instead of failing', () => {
    const v = decodeView('depth=99&cam=1,2,nope&transfers=weird&time=5,1&sel=');
    expect(v.depth).toBe(3);
    expect(v.camera).toBeNull();
    expect(v.transfers).toBe('nodes');
    expect(v.timeRange).toBeNull();
    expect(v.selection).toBeNull();
  });

  it('converts to and from the explorer filter state', () => {
    const f = viewFilters(FULL);
    expect(f.hiddenLabels.has('Claim')).toBe(true);
    expect(f.transferMode).toBe('edges');
    expect({ ...FULL, ...filtersView(f) }).toEqual(FULL);
  });

  it('reads picture options', () => {
    expect(decodeRender('width=1600&height=1000&bg=transparent')).toEqual({ width: 1600, height: 1000, transparent: true });
    expect(decodeRender('width=-3')).toEqual({ width: null, height: null, transparent: false });
  });
});

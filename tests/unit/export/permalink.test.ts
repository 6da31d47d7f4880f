import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, decodeRender, decodeView, encodeView, filtersView, permalink, viewFilters, type ViewState } from '@/lib/export/permalink';

const FULL: ViewState = {
  focus: 'Corée du Nord',
  depth: 2,
  query: null,
  ids: ['country:KP', 'country:RU', 'org:a,b&c=d'],
  expanded: ['org:nato', 'person:kim-jong-un'],
  hidden: ['claim:x'],
  title: 'Troupes & munitions: « 10 000 » soldats?',
  transfers: 'edges',
  hiddenLabels: ['Claim', 'Event'],
  hiddenTypes: ['ABOUT'],
  hiddenKinds: ['oil'],
  hiddenStatuses: ['denied'],
  timeRange: [1704067200000, 1735603200000],
  undated: true,
  dim: true,
  camera: { x: 0.5123, y: 0.4877, ratio: 0.75, angle: 0 },
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

  it('a focus view with expansions, filters, camera and selection fits in under 200 characters and reproduces', () => {
    const view: Partial<ViewState> = {
      focus: 'country:KP',
      expanded: ['person:kim-jong-un', 'country:RU'],
      hidden: ['transfer:884b0df2091e9e4b:2'],
      hiddenLabels: ['Claim'],
      timeRange: [Date.UTC(2023, 0, 1), Date.UTC(2024, 11, 31)],
      undated: true,
      camera: { x: 0.51234567, y: 0.4876543, ratio: 0.3333333, angle: 0 },
      selection: 'country:KP',
    };
    const url = permalink('http://127.0.0.1:3000', '/', view);
    expect(url.length).toBeLessThan(200);
    const back = decodeView(new URL(url).searchParams);
    expect(back).toMatchObject({ focus: 'country:KP', expanded: ['country:RU', 'person:kim-jong-un'], hidden: ['transfer:884b0df2091e9e4b:2'], undated: true, selection: 'country:KP' });
    expect(back.timeRange).toEqual(view.timeRange);
    expect(back.camera).toEqual({ x: 0.5123, y: 0.4877, ratio: 0.3333, angle: 0 });
  });

  it('still opens links that carry the time range in milliseconds', () => {
    expect(decodeView('time=1704067200000,1735603200000').timeRange).toEqual([1704067200000, 1735603200000]);
  });

  it('reads picture options', () => {
    expect(decodeRender('width=1600&height=1000&bg=transparent')).toEqual({ width: 1600, height: 1000, transparent: true });
    expect(decodeRender('width=-3')).toEqual({ width: null, height: null, transparent: false });
  });
});

// The arithmetic of layers drawn a slice per frame: which slots a slice covers, and how the next one is sized.
import { describe, expect, it } from 'vitest';
import { inDrawOrder, mergeRanges, nextSliceSize, rangesOf } from '@/app/components/graph/slices';

const limits = { min: 500, max: 16_000, frameMs: 70 };

describe('rangesOf', () => {
  it('gives one range per program for a slice taken in draw order, across the boundary between two programs', () => {
    const slice = [
      { type: 'thin', slot: 8 },
      { type: 'thin', slot: 9 },
      { type: 'arrow', slot: 0 },
      { type: 'arrow', slot: 1 },
      { type: 'arrow', slot: 2 },
    ];
    expect([...rangesOf(slice)]).toEqual([
      ['thin', [8, 10]],
      ['arrow', [0, 3]],
    ]);
  });

  it('covers nothing for an empty slice', () => {
    expect(rangesOf([]).size).toBe(0);
  });
});

describe('mergeRanges', () => {
  it('extends what a layer shows by the next slice, and adds a program the slice starts', () => {
    const shown = new Map<string, [number, number]>([['thin', [0, 2_000]]]);
    mergeRanges(shown, new Map([['thin', [2_000, 2_400] as const], ['arrow', [0, 100] as const]]));
    expect([...shown]).toEqual([
      ['thin', [0, 2_400]],
      ['arrow', [0, 100]],
    ]);
  });
});

describe('nextSliceSize', () => {
  it('shrinks a slice whose frame took too long, in proportion', () => {
    expect(nextSliceSize(4_000, 140, limits)).toBe(2_000);
  });

  it('grows a quick one at most twofold', () => {
    expect(nextSliceSize(1_000, 10, limits)).toBe(2_000);
  });

  it('stays within the limits', () => {
    expect(nextSliceSize(600, 5_000, limits)).toBe(500);
    expect(nextSliceSize(12_000, 20, limits)).toBe(16_000);
  });
});

describe('inDrawOrder', () => {
  it('lists items program by program in the given order, slot by slot, whatever order they came in', () => {
    const items = [
      { key: 'c', type: 'arrow', slot: 1 },
      { key: 'a', type: 'thin', slot: 2 },
      { key: 'd', type: 'arrow', slot: 0 },
      { key: 'b', type: 'thin', slot: 0 },
    ];
    expect(inDrawOrder(items, ['thin', 'arrow'])?.map((i) => i.key)).toEqual(['b', 'a', 'd', 'c']);
    expect(inDrawOrder(items, ['arrow', 'thin'])?.map((i) => i.key)).toEqual(['d', 'c', 'b', 'a']);
  });

  it('gives null for an item whose program is not drawn', () => {
    expect(inDrawOrder([{ key: 'a', type: 'curved', slot: 0 }], ['thin'])).toBeNull();
  });
});

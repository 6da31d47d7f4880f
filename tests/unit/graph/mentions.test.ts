import { describe, expect, it } from 'vitest';
import { rebaseMention } from '@/lib/graph/mentions';

describe('rebaseMention', () => {
  it('rebases mentions stored relative to the article', () => {
    expect(rebaseMention({ text: 'La Russie et la Chine', start: 100 }, { start: 103, end: 109, text: 'Russie' })).toEqual({ start: 3, end: 9 });
    expect(rebaseMention({ text: 'La Russie et la Chine', start: 0 }, { start: 3, end: 9, text: 'Russie' })).toEqual({ start: 3, end: 9 });
  });

  it('finds the text when the offsets fit neither base, and gives up when it is not there', () => {
    expect(rebaseMention({ text: 'Selon Moscou, la Russie nie', start: 7 }, { start: 500, end: 506, text: 'russie' })).toEqual({ start: 17, end: 23 });
    expect(rebaseMention({ text: 'abc', start: 0 }, { start: 50, end: 55, text: 'zzz' })).toBeNull();
  });
});

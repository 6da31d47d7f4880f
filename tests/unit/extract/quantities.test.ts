import { describe, expect, it } from 'vitest';
import { findQuantities, parseNumber } from '@/lib/extract/quantities';

const first = (t: string) => {
  const q = findQuantities(t)[0];
  return q && { value: q.value, max: q.max, qualifier: q.qualifier };
};

describe('French quantities', () => {
  it('reads grouped thousands with any kind of space', () => {
    expect(parseNumber('10 000')).toBe(10000);
    expect(parseNumber('10\u00A0000')).toBe(10000);
    expect(parseNumber('10\u202F000')).toBe(10000);
    expect(parseNumber('1,5 milliard')).toBe(1.5e9);
  });

  it('keeps the qualifier an analyst needs', () => {
    expect(first('près de 10 000 soldats')).toEqual({ value: 10000, max: null, qualifier: 'nearly' });
    expect(first('plus de 40 missiles')).toEqual({ value: 40, max: null, qualifier: 'at_least' });
    expect(first('environ 7 000 conteneurs')).toEqual({ value: 7000, max: null, qualifier: 'approx' });
    expect(first('quelque 300 drones')).toEqual({ value: 300, max: null, qualifier: 'approx' });
    expect(first("jusqu'à 500 obus")).toEqual({ value: 500, max: null, qualifier: 'at_most' });
    expect(first('entre 2 000 et 3 000 hommes')).toEqual({ value: 2000, max: 3000, qualifier: 'range' });
    expect(first('un million de morts')).toEqual({ value: 1e6, max: null, qualifier: 'exact' });
    expect(first('des milliers de soldats')).toEqual({ value: 1000, max: null, qualifier: 'at_least' });
    expect(first('six soldats')).toEqual({ value: 6, max: null, qualifier: 'exact' });
    expect(first('des dizaines de milliers de soldats')).toEqual({ value: 10000, max: null, qualifier: 'at_least' });
  });

  it('does not read days of the month or years as counts', () => {
    expect(findQuantities('le 3 octobre')).toEqual([]);
    expect(findQuantities('en février 2022')).toEqual([]);
  });

  it('reads a sentence once however many steps ask for its quantities', () => {
    const text = 'Le Brésil a envoyé entre deux et trois mille soldats en Haïti.';
    expect(findQuantities(text)).toBe(findQuantities(text));
    expect(findQuantities(text)[0]).toMatchObject({ value: 2000, max: 3000, qualifier: 'range' });
  });
});

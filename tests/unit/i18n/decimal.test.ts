import { describe, expect, it } from 'vitest';
import { ENGLISH, FRENCH, formatDecimal } from '@/lib/i18n/decimal';

const formatters = new Map<string, Intl.NumberFormat>();
const intl = (locale: string, n: number) => {
  if (!formatters.has(locale)) formatters.set(locale, new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }));
  return formatters.get(locale)!.format(n);
};

describe('formatDecimal', () => {
  it('writes what Intl writes, en-GB and fr-FR, at most two decimals', () => {
    const values = [0, -0, 1, 7, 999, 1000, 1234, 12345, 123456, 1234567, 1e15, 1.005, 0.125, 0.135, 2.675, 9.995, 99.999, 999.995, 1234.5, 1234.567, -12000, -0.001, -1.005, 0.5, 1e-5, 1e-7, 1e21, 3.14159, 100.1];
    // Random values of every size and up to four decimals, as quantities and counts come.
    let seed = 7;
    const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let i = 0; i < 3000; i++) values.push(Math.round(rand() * 10 ** Math.floor(rand() * 12) * 10 ** 4) / 10 ** Math.floor(rand() * 5) * (rand() < 0.2 ? -1 : 1));
    for (const n of values) {
      expect(formatDecimal(n, ENGLISH), String(n)).toBe(intl('en-GB', n));
      expect(formatDecimal(n, FRENCH), String(n)).toBe(intl('fr-FR', n));
    }
  });

  it('leaves NaN and infinities to Intl', () => {
    expect(formatDecimal(NaN, ENGLISH)).toBe(intl('en-GB', NaN));
    expect(formatDecimal(-Infinity, FRENCH)).toBe(intl('fr-FR', -Infinity));
  });
});

// Numbers written out by hand, as Intl.NumberFormat writes them with at most two decimals in the two
// interface locales. Building a formatter loads its locale's data: 50–90 ms per locale and per page in
// headless Chromium (one page's first frame built 'fr-FR' for its transfer labels, and the explorer's
// mount 'en-GB' for its status line, each time in the task that had to be short).

/** How a locale writes a number: its thousands separator and decimal mark, and the locale Intl writes the rest in. */
export interface DecimalStyle {
  locale: string;
  group: string;
  decimal: string;
}

/** en-GB: "1,234.5". */
export const ENGLISH: DecimalStyle = { locale: 'en-GB', group: ',', decimal: '.' };
/** fr-FR as Intl writes it, with a narrow no-break space: "1 234,5". */
export const FRENCH: DecimalStyle = { locale: 'fr-FR', group: '\u202F', decimal: ',' };

/** Adds one to a string of decimal digits ("199" -> "200", "99" -> "100"). */
function increment(digits: string): string {
  const out = digits.split('');
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i] !== '9') {
      out[i] = String(Number(out[i]) + 1);
      return out.join('');
    }
    out[i] = '0';
  }
  return `1${out.join('')}`;
}

/**
 * `n` with at most two decimals, rounded half away from zero on its shortest decimal form (Intl's
 * rounding: 1.005 -> "1.01"), thousands grouped in threes. Falls back to Intl for what JavaScript writes
 * in exponent form (below 1e-6, from 1e21) and for NaN and infinities.
 */
export function formatDecimal(n: number, style: DecimalStyle): string {
  const text = String(Math.abs(n));
  if (!/^\d+(\.\d+)?$/.test(text)) return new Intl.NumberFormat(style.locale, { maximumFractionDigits: 2 }).format(n);
  let [whole, fraction = ''] = text.split('.');
  if (fraction.length > 2) {
    const kept = `${whole}${fraction.slice(0, 2)}`;
    const rounded = fraction[2] >= '5' ? increment(kept) : kept;
    whole = rounded.slice(0, -2);
    fraction = rounded.slice(-2);
  }
  fraction = fraction.replace(/0+$/, '');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, style.group);
  const negative = n < 0 || Object.is(n, -0);
  return `${negative ? '-' : ''}${grouped}${fraction ? `${style.decimal}${fraction}` : ''}`;
}

/** Text helpers shared by every extraction step: normalisation, folding, tokens. */

/** Canonical article text: NFC, LF line ends, no BOM, trimmed (the hash is taken over this). */
export function normalizeText(raw: string): string {
  return raw.replace(/^\uFEFF/, '').normalize('NFC').replace(/\r\n?/g, '\n').trim();
}

const LETTERS: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ħ: 'h', ı: 'i', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', ð: 'd', ə: 'a' };

/** Accent-free, lower-case, apostrophes and hyphens unified: the key used for every lookup. */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    // Letters NFD does not split: "Błaszczak" folds to "blaszczak", not "b aszczak".
    .replace(/[łøđħıßæœþðə]/g, (c) => LETTERS[c] ?? c)
    .replace(/[’‘`´]/g, "'")
    .replace(/[‐‑‒–]/g, '-')
    .replace(/[\s\u00A0\u202F]+/g, ' ')
    .trim();
}

/** Readable, accent-free slug for node ids ("Kim Yong-Hyun" -> "kim-yong-hyun"). */
export function slugify(s: string): string {
  return fold(s)
    .replace(/['"]/g, '-')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A word or punctuation mark with its offsets in the sentence and its folded key. */
export interface Token {
  text: string;
  key: string;
  start: number;
  end: number;
}

// Elided articles and pronouns are their own tokens so that "d’État" matches "d'État".
const TOKEN_RE =
  /(?:[lLdDjJmMnNsStTcC]|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu)['’](?=\p{L})|[\p{L}\p{N}]+(?:[-‐‑][\p{L}\p{N}]+)*|\S/gu;

/** Splits text into word tokens with offsets; elisions and punctuation are separate tokens. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    out.push({ text: m[0], key: fold(m[0]), start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

/** True when the word starts with a capital letter. */
export function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** Whether token `b` follows `a` with a single (possibly non-breaking) space between them, as words of one name do. */
export function adjacent(text: string, a: Token, b: Token): boolean {
  return /^[ \u00A0]$/.test(text.slice(a.end, b.start));
}

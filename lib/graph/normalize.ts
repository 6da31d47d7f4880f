/** Accent-free, case-free, punctuation-light key for matching names and aliases ("Corée du Nord" -> "coree du nord"). */
export function normalizeKey(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’'`‘]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim();
}

/** URL- and id-friendly slug ("Volodymyr Zelensky" -> "volodymyr-zelensky"). */
export function slugify(s: string): string {
  return normalizeKey(s).replace(/'/g, '').replace(/\s+/g, '-');
}

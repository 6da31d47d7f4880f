// Mention offsets as the evidence views need them. Pure: used by the explorer's queries and the article preview.

/** Rebases a mention onto its sentence: loaders may store offsets relative to the sentence or to the article. */
export function rebaseMention(sentence: { text: string; start?: number | null }, m: { start: number; end: number; text: string }): { start: number; end: number } | null {
  const t = sentence.text;
  const fits = (s: number, e: number) => s >= 0 && e <= t.length && s < e && t.slice(s, e).toLowerCase() === m.text.toLowerCase();
  if (fits(m.start, m.end)) return { start: m.start, end: m.end };
  const base = Number(sentence.start ?? 0);
  if (fits(m.start - base, m.end - base)) return { start: m.start - base, end: m.end - base };
  const i = t.toLowerCase().indexOf(m.text.toLowerCase());
  return i >= 0 ? { start: i, end: i + m.text.length } : null;
}

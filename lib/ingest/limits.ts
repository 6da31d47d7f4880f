// How big and how shaped an article may be: past these it is not article prose, and extraction time
// grows with line length.

/** Largest article file accepted, in bytes (documented in README: 5 MiB). */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/** Longest line accepted, in characters. */
export const MAX_LINE_CHARS = 100_000;
/** Longest stretch accepted without a sentence end or a line break, in characters. */
export const MAX_RUN_CHARS = 20_000;

/** The size limit in force: TRAME_MAX_ARTICLE_BYTES when set to a positive integer, else MAX_ARTICLE_BYTES. */
export function maxArticleBytes(env: NodeJS.ProcessEnv = process.env): number {
  const v = Number(env.TRAME_MAX_ARTICLE_BYTES);
  return Number.isInteger(v) && v > 0 ? v : MAX_ARTICLE_BYTES;
}

/** The longest line and the longest stretch without a sentence end, with where they start. */
export function textShape(text: string): { longestLine: number; lineNumber: number; longestRun: number; runOffset: number } {
  let longestLine = 0;
  let lineNumber = 1;
  let longestRun = 0;
  let runOffset = 0;
  let lineStart = 0;
  let runStart = 0;
  let line = 1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 10;
    if (c === 10) {
      if (i - lineStart > longestLine) {
        longestLine = i - lineStart;
        lineNumber = line;
      }
      line++;
      lineStart = i + 1;
    }
    if (c === 10 || c === 46 || c === 33 || c === 63 || c === 0x2026) {
      if (i - runStart > longestRun) {
        longestRun = i - runStart;
        runOffset = runStart;
      }
      runStart = i + 1;
    }
  }
  return { longestLine, lineNumber, longestRun, runOffset };
}

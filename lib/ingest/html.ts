// HTML page -> article text: Mozilla's Readability on a linkedom DOM (no browser needed), plus the
// page's declared charset.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/** True when the bytes (as ASCII-ish text) or the file name say "HTML page". */
export function looksLikeHtml(head: string, name = ''): boolean {
  if (/\.x?html?$/i.test(name)) return true;
  const start = head.replace(/^\uFEFF/, '').trimStart().slice(0, 2048).toLowerCase();
  if (/^<!doctype\s+html/.test(start) || /^<html[\s>]/.test(start)) return true;
  if (/^<\?xml[^>]*>\s*(<!doctype\s+html|<html[\s>])/.test(start)) return true;
  // A fragment that starts with markup and carries the page skeleton.
  return /^<[a-z!]/.test(start) && /<(head|body)[\s>]/.test(start);
}

/** The charset an HTML page declares in its first 4 KiB (<meta charset> or http-equiv), lower-cased. */
export function declaredCharset(head: string): string | undefined {
  const h = head.slice(0, 4096);
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i.exec(h);
  return m ? m[1].toLowerCase() : undefined;
}

// Elements whose whole content is not article text.
const CHROME = 'script, style, noscript, template, svg, math, iframe, object, embed, canvas, nav, footer, aside, form, button, select, textarea, video, audio, picture';

// Elements that end a paragraph, and elements that end a line.
const PARAGRAPH = /^(P|DIV|H[1-6]|ARTICLE|SECTION|MAIN|HEADER|BLOCKQUOTE|UL|OL|DL|TABLE|FIGURE|FIGCAPTION|PRE|ADDRESS|HR|DETAILS|SUMMARY)$/;
const LINE = /^(BR|LI|DT|DD|TR|CAPTION|OPTION)$/;

/**
 * The text of an HTML page: { text, title }. Mozilla's Readability (on a linkedom DOM) picks the article
 * out of the page's navigation, ads and related links; its paragraphs become lines of text. The title is
 * the first <h1>, else the page's <title>; it leads the text, as the extractor takes its first line as headline.
 */
export function htmlToText(html: string): { text: string; title: string } {
  let { document } = parseHTML(html);
  // A fragment (no <html>/<body>) parses outside the body: wrap it.
  if (!document.body?.textContent?.trim() && document.documentElement?.textContent?.trim()) document = parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
  const h1 = clean(document.querySelector('h1')?.textContent ?? '');
  const pageTitle = clean(document.querySelector('title')?.textContent ?? '');
  // Navigation, forms and media are never article text, even on a page too short for Readability to judge.
  for (const el of document.querySelectorAll(CHROME)) el.remove();
  const article = new Readability(document.cloneNode(true) as unknown as Document, { charThreshold: 100 }).parse();
  const body = article?.content
    ? blockText(parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document.body)
    : document.body
      ? blockText(document.body)
      : '';
  const text = layout(body);
  const title = h1 || pageTitle;
  const withTitle = title && !text.startsWith(title) ? `${title}\n\n${text}` : text;
  return { text: withTitle.trim(), title };
}

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** Text of a DOM subtree, block elements on their own lines (whitespace inside text collapses as a browser would). */
function blockText(root: DomNode): string {
  const out: string[] = [];
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      out.push((node.textContent ?? '').replace(/[ \t\r\n\f]+/g, ' '));
      return;
    }
    if (node.nodeType !== 1) return;
    const name = node.nodeName.toUpperCase();
    if (name === 'SCRIPT' || name === 'STYLE' || name === 'NOSCRIPT' || name === 'TEMPLATE') return;
    if (name === 'TD' || name === 'TH') out.push(' \t ');
    const block = PARAGRAPH.test(name) ? '\n\n' : LINE.test(name) ? '\n' : '';
    out.push(block);
    for (const child of Array.from(node.childNodes)) walk(child);
    out.push(block);
  };
  walk(root);
  return out.join('');
}

function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Collapses spaces inside lines, trims lines and keeps at most one blank line between paragraphs. */
function layout(s: string): string {
  return s
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\f\v\u00A0]+/g, (m) => (m.includes('\u00A0') && m.length === 1 ? '\u00A0' : ' ')).trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

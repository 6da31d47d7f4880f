/**
 * HTML page -> article text, without a DOM: scripts, styles, navigation and other chrome are dropped,
 * block elements become line breaks and character references are decoded. When the page has one
 * <article> (or <main>), only its content is kept. Pure and bounded: linear regex passes only.
 */

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
const DROP_WITH_CONTENT = [
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas',
  'nav', 'footer', 'aside', 'form', 'button', 'select', 'textarea', 'head', 'video', 'audio', 'picture',
];

// Elements that end a line (or a paragraph) of text.
const PARAGRAPH = /^(p|div|h[1-6]|article|section|main|header|blockquote|ul|ol|dl|table|figure|figcaption|pre|address|hr|details|summary)$/;
const LINE = /^(br|li|dt|dd|tr|caption|option)$/;

const TAG = /<\/?([a-zA-Z][a-zA-Z0-9:-]*)(?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*\s*\/?>/g;

/** The text of an HTML page: { text, title } (title from the first <h1>, else <title>; may be empty). */
export function htmlToText(html: string): { text: string; title: string } {
  let h = html
    .replace(/<!--[\s\S]*?(-->|$)/g, ' ')
    .replace(/<!\[CDATA\[[\s\S]*?(\]\]>|$)/g, ' ')
    .replace(/<![^>]*>/g, ' ')
    .replace(/<\?[^>]*>/g, ' ');

  const pageTitle = clean(decodeEntities(stripTags(/<title[^>]*>([\s\S]*?)<\/title\s*>/i.exec(h)?.[1] ?? '')));
  for (const tag of DROP_WITH_CONTENT) h = dropElement(h, tag);

  // One <article> (or else one <main>): that is the story; the rest is the site around it.
  for (const tag of ['article', 'main']) {
    const inner = onlyElementContent(h, tag);
    if (inner !== undefined && inner.replace(TAG, '').trim().length > 0) {
      h = inner;
      break;
    }
  }

  const h1 = clean(decodeEntities(stripTags(/<h1[^>]*>([\s\S]*?)<\/h1\s*>/i.exec(h)?.[1] ?? '')));
  const body = h
    .replace(TAG, (tag, name: string) => {
      const n = name.toLowerCase();
      if (PARAGRAPH.test(n)) return '\n\n';
      if (LINE.test(n)) return '\n';
      if (n === 'td' || n === 'th') return ' \t ';
      return '';
    })
    // A lone "<" that is not a tag (a < b) survives; stray angle-bracket junk of broken markup does not.
    .replace(/<\/?[a-zA-Z][^<>]*$/g, '');
  const text = layout(decodeEntities(body));
  const title = h1 || pageTitle;
  // Give the extractor the headline as the first line when the body does not start with it.
  const withTitle = title && !text.startsWith(title) ? `${title}\n\n${text}` : text;
  return { text: withTitle.trim(), title };
}

function stripTags(s: string): string {
  return s.replace(TAG, ' ');
}

function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Removes every <tag ...>...</tag> (case-insensitive, unclosed ones up to the end of the page). */
function dropElement(h: string, tag: string): string {
  const open = new RegExp(`<${tag}(?=[\\s/>])[^>]*>`, 'gi');
  const close = new RegExp(`</${tag}\\s*>`, 'gi');
  let out = '';
  let pos = 0;
  for (;;) {
    open.lastIndex = pos;
    const m = open.exec(h);
    if (!m) break;
    out += h.slice(pos, m.index) + ' ';
    if (m[0].endsWith('/>')) {
      pos = m.index + m[0].length;
      continue;
    }
    close.lastIndex = m.index + m[0].length;
    const c = close.exec(h);
    if (!c) return out;
    pos = c.index + c[0].length;
  }
  return out + h.slice(pos);
}

/** The inner HTML of the one <tag> element when the page has exactly one, else undefined. */
function onlyElementContent(h: string, tag: string): string | undefined {
  const opens = [...h.matchAll(new RegExp(`<${tag}(?=[\\s>])[^>]*>`, 'gi'))];
  if (opens.length !== 1) return undefined;
  const start = opens[0].index! + opens[0][0].length;
  const end = h.slice(start).search(new RegExp(`</${tag}\\s*>`, 'i'));
  return end < 0 ? h.slice(start) : h.slice(start, start + end);
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

/**
 * Windows-1252 characters for bytes 0x80..0x9F (the five undefined ones stay C1 controls). Node's
 * TextDecoder('windows-1252') decodes these bytes as Latin-1 controls, so Trame maps them itself.
 */
export const CP1252_C1: string[] = [
  '€', '\u0081', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u008D', 'Ž', '\u008F',
  '\u0090', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u009D', 'ž', 'Ÿ',
];

/** Decodes Windows-1252 bytes (Latin-1 plus the 0x80..0x9F punctuation: ’ “ ” – — € œ ...). */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const part = bytes.subarray(i, i + CHUNK);
    let s = '';
    for (const b of part) s += b >= 0x80 && b <= 0x9f ? CP1252_C1[b - 0x80] : String.fromCharCode(b);
    out += s;
  }
  return out;
}

// HTML 4 Latin-1 entity names for U+00A0..U+00FF, in code point order.
const LATIN1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest ' +
  'Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig ' +
  'agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';

export const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'",
  OElig: 'Œ', oelig: 'œ', Scaron: 'Š', scaron: 'š', Yuml: 'Ÿ', fnof: 'ƒ', circ: 'ˆ', tilde: '˜',
  ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009', zwnj: '', zwj: '', lrm: '', rlm: '', shy: '',
  ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„',
  dagger: '†', Dagger: '‡', bull: '•', hellip: '…', permil: '‰', prime: '′', Prime: '″', lsaquo: '‹', rsaquo: '›',
  euro: '€', trade: '™', larr: '←', rarr: '→', uarr: '↑', darr: '↓', harr: '↔', minus: '−', nbsp: '\u00A0',
  NewLine: '\n', Tab: '\t', nnbsp: '\u202F',
};
LATIN1.split(' ').forEach((name, i) => {
  if (!(name in NAMED_ENTITIES)) NAMED_ENTITIES[name] = String.fromCharCode(0xa0 + i);
});

/** Decodes named (the common set), decimal and hexadecimal character references; unknown ones stay as written. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?/g, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!Number.isFinite(code) || code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
      // Windows-1252 numeric references (&#146; for ’) are what many CMSs write.
      if (code >= 0x80 && code <= 0x9f) return CP1252_C1[code - 0x80];
      return String.fromCodePoint(code);
    }
    const v = NAMED_ENTITIES[ref];
    return v === undefined ? whole : v;
  });
}

// The explorer's page holds React's and Next's chunks back for its first frame: a head that loads the
// first-frame script gets them as low-priority preloads, marked for the entry (or next.config.js) to start.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFERRED_ATTRIBUTE, deferFrameworkScripts } from '@/lib/http/deferred-scripts';
import { DEFERRED_ATTRIBUTE as PAGE_ATTRIBUTE, HELD_FLAG } from '@/app/components/graph/deferred-scripts';

/** A head as Next.js renders the explorer's (its shape in a production build), nonce already taken off. */
const head = (firstFrame: boolean) =>
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>' +
  '<link rel="stylesheet" href="/_next/static/css/e0199c9f1e61908c.css" data-precedence="next"/>' +
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-4367f8e9f5d76314.js"/>' +
  '<script src="/_next/static/chunks/4bd1b696-f785427dddbba9fb.js" async=""></script>' +
  '<script src="/_next/static/chunks/main-app-505f2ba553b4ad5b.js" async=""></script>' +
  '<script src="/_next/static/chunks/app/page-8a2b94a5138c952e.js" async=""></script>' +
  (firstFrame ? '<script src="/_next/static/chunks/trame-first-frame-with-runtime-d1e2527ecd848979.js" async="" fetchPriority="high"></script>' : '') +
  '<script src="/_next/static/chunks/polyfills-42372ed130431b0a.js" noModule=""></script></head>' +
  '<body><div id="trame-first-frame"></div><script src="/_next/static/chunks/webpack-4367f8e9f5d76314.js" id="_R_" async=""></script>' +
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script></body></html>';

describe('the framework scripts held back for the first frame', () => {
  it("turns the head's async chunk scripts into marked low-priority preloads when the head loads the first-frame script", () => {
    const html = deferFrameworkScripts(head(true));
    const headPart = html.slice(0, html.indexOf('</head>'));
    for (const chunk of ['4bd1b696-f785427dddbba9fb', 'main-app-505f2ba553b4ad5b', 'app/page-8a2b94a5138c952e']) {
      expect(headPart).not.toContain(`<script src="/_next/static/chunks/${chunk}.js"`);
      expect(headPart).toContain(`<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/${chunk}.js" ${DEFERRED_ATTRIBUTE}=""/>`);
    }
    // The first-frame script itself, the legacy polyfills and the body (Next's runtime, the flight data) stay.
    expect(headPart).toContain('<script src="/_next/static/chunks/trame-first-frame-with-runtime-d1e2527ecd848979.js" async="" fetchPriority="high"></script>');
    expect(headPart).toContain('noModule=""></script>');
    expect(html.slice(html.indexOf('</head>'))).toBe(head(true).slice(head(true).indexOf('</head>')));
  });

  it('leaves a page without the first-frame script as it is: nothing would start its chunks', () => {
    expect(deferFrameworkScripts(head(false))).toBe(head(false));
    expect(deferFrameworkScripts('<p>no head</p>')).toBe('<p>no head</p>');
  });

  it("names the attribute and flag the page's entry and next.config.js's copy of the runtime look for, from one file", () => {
    expect(PAGE_ATTRIBUTE).toBe(DEFERRED_ATTRIBUTE);
    const held = JSON.parse(readFileSync('lib/api/held-scripts.json', 'utf8'));
    expect([DEFERRED_ATTRIBUTE, HELD_FLAG]).toEqual([held.attribute, held.flag]);
    // The config reads that file and spells neither itself.
    const config = readFileSync('next.config.js', 'utf8');
    expect(config).toContain("'./lib/api/held-scripts.json'");
    expect(config).not.toContain(held.attribute);
    expect(config).not.toContain(held.flag);
  });

  it('holds a chunk script however its attributes are written, and leaves one it could not stand for', () => {
    const variants = (chunk: string) => [
      `<script src="${chunk}" async=""></script>`,
      `<script async="" src="${chunk}"></script>`,
      `<script async src='${chunk}'></script>`,
      `<SCRIPT src="${chunk}" async="async" ></SCRIPT>`,
    ];
    const chunks = ['/_next/static/chunks/a-1.js', '/_next/static/chunks/b-2.js', '/_next/static/chunks/c-3.js', '/_next/static/chunks/d-4.js'];
    const kept = [
      '<script src="/_next/static/chunks/e-5.js" async="" crossorigin=""></script>',
      '<script src="/_next/static/chunks/f-6.js" async="" type="module"></script>',
      '<script src="/_next/static/chunks/g-7.js"></script>',
      '<script src="https://elsewhere.example/x.js" async=""></script>',
    ];
    const firstFrame = '<script async="" fetchPriority="high" src="/_next/static/chunks/trame-first-frame-with-runtime-d1e2527ecd848979.js"></script>';
    const page = `<html><head>${chunks.map((c, i) => variants(c)[i]).join('')}${kept.join('')}${firstFrame}</head><body></body></html>`;
    const html = deferFrameworkScripts(page);
    for (const chunk of chunks) expect(html).toContain(`<link rel="preload" as="script" fetchPriority="low" href="${chunk}" ${DEFERRED_ATTRIBUTE}=""/>`);
    for (const tag of [...kept, firstFrame]) expect(html).toContain(tag);
  });
});

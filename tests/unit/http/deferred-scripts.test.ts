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

  it("names the attribute and flag the page's entry and next.config.js's copy of the runtime look for", () => {
    expect(PAGE_ATTRIBUTE).toBe(DEFERRED_ATTRIBUTE);
    const config = readFileSync('next.config.js', 'utf8');
    expect(config).toContain(`const DEFERRED_ATTRIBUTE = '${DEFERRED_ATTRIBUTE}';`);
    expect(config).toContain(`const HELD_FLAG = '${HELD_FLAG}';`);
  });
});

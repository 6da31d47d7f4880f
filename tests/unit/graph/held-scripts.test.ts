// The explorer's first-frame entry starts React's and Next's chunks, which the cached page holds back as
// preloads, once its first frame has settled: each once, under the path the page wrote, with nothing left pending.
import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFERRED_ATTRIBUTE, HELD_FLAG, holdScriptsUntil } from '@/app/components/graph/deferred-scripts';

const CHUNKS = ['/_next/static/chunks/4bd1b696-f785427dddbba9fb.js', '/_next/static/chunks/main-app-505f2ba553b4ad5b.js'];

let page: Record<string, unknown>;
let document: Document;

beforeEach(() => {
  vi.useFakeTimers();
  ({ document } = parseHTML(
    `<html><head>${CHUNKS.map((src) => `<link rel="preload" as="script" fetchPriority="low" href="${src}" ${DEFERRED_ATTRIBUTE}=""/>`).join('')}</head><body></body></html>`,
  ));
  page = {};
  vi.stubGlobal('window', page);
  vi.stubGlobal('document', document);
  // A hidden tab: no animation frame ever comes.
  vi.stubGlobal('requestAnimationFrame', () => 1);
  vi.stubGlobal('cancelAnimationFrame', () => undefined);
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

const started = () => [...document.querySelectorAll('script')].map((s) => s.getAttribute('src'));

describe('the framework chunks held back for the first frame', () => {
  it('starts each once the first frame has settled, under the src the page wrote, even in a hidden tab', async () => {
    holdScriptsUntil(Promise.resolve());
    expect(page[HELD_FLAG]).toBe('held');
    await vi.advanceTimersByTimeAsync(250);
    expect(started()).toEqual(CHUNKS);
    expect(document.querySelectorAll(`link[${DEFERRED_ATTRIBUTE}]`)).toHaveLength(0);
    expect(page[HELD_FLAG]).toBe('released');
    // Nothing left to fire, and nothing started a second time.
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(started()).toEqual(CHUNKS);
  });

  it('starts them after the frame that shows the first one, leaving no timer behind', async () => {
    vi.stubGlobal('requestAnimationFrame', (frame: () => void) => setTimeout(frame, 16));
    holdScriptsUntil(Promise.resolve());
    await vi.advanceTimersByTimeAsync(20);
    expect(started()).toEqual(CHUNKS);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('holds them 3 s at the most for a first frame that never settles', async () => {
    holdScriptsUntil(new Promise(() => undefined));
    await vi.advanceTimersByTimeAsync(2_999);
    expect(started()).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(started()).toEqual(CHUNKS);
    expect(vi.getTimerCount()).toBe(0);
  });
});

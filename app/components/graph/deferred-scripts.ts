// The framework's chunks held back by the page (lib/http/deferred-scripts.ts) are started here once the first
// frame has been drawn, or once the first-frame entry knows it draws none. next.config.js starts them instead
// should the first-frame script fail, or at the window's load when the entry never took them in hand.

// The attribute and the flag come from the one file that the server (lib/http/deferred-scripts.ts) and
// next.config.js's copy of the runtime read too.
import held from '@/lib/api/held-scripts.json';

/** The attribute on a held-back script's preload, as lib/http/deferred-scripts.ts writes it. */
export const DEFERRED_ATTRIBUTE = held.attribute;

/** Set on the window by the first-frame entry while it holds the chunks back (next.config.js reads it). */
export const HELD_FLAG = held.flag;

/** The longest the chunks wait for a first frame: a slow overview must not hold React and the panels back. */
const MAX_HOLD_MS = 3_000;

/** How long a settled first frame waits for an animation frame that a hidden tab never runs. */
const HIDDEN_TAB_MS = 250;

/** Turns each held-back preload into the async script it was, once. */
function startHeldScripts(): void {
  for (const link of document.querySelectorAll<HTMLLinkElement>(`link[${DEFERRED_ATTRIBUTE}]`)) {
    link.removeAttribute(DEFERRED_ATTRIBUTE);
    const script = document.createElement('script');
    // The page's own path, not the resolved URL: webpack's chunk loader finds a chunk's script by its src
    // attribute, and loads the chunk a second time when none matches.
    script.src = link.getAttribute('href') ?? link.href;
    script.async = true;
    document.head.appendChild(script);
  }
}

/**
 * Holds the page's framework chunks back until `firstFrame` settles (drawn, nothing to draw, or failed), then
 * starts them after the frame that shows it: the chunks' compile and hydration land after the first frame's
 * composite, not between its data and its draw. The first frame is waited for MAX_HOLD_MS at most.
 */
export function holdScriptsUntil(firstFrame: Promise<unknown>): void {
  const w = window as unknown as Record<string, unknown>;
  w[HELD_FLAG] = 'held';
  let done = false;
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const release = () => {
    if (done) return;
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    w[HELD_FLAG] = 'released';
    startHeldScripts();
  };
  // One timer at a time, each replacing the last (the cap, then a hidden tab's fallback, then the task after
  // the frame): whichever releases clears what is pending, and nothing is left to fire for nothing.
  const after = (ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(release, ms);
  };
  after(MAX_HOLD_MS);
  void firstFrame.finally(() => {
    if (done) return;
    // In the task after the frame that shows it; a hidden tab runs no animation frame, hence the fallback.
    after(HIDDEN_TAB_MS);
    frame = requestAnimationFrame(() => after(0));
  });
}

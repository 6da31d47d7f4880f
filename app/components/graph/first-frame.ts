// The hand-over between the page's first-frame entry (first-frame-entry.ts), which draws the first graph
// before React has loaded, and the explorer, which adopts the live renderer and graph when it mounts.
// Whoever comes second decides: a renderer already created is taken as it is, with its graph drawn, or
// still empty while the overview is on its way (the explorer then loads it into that renderer, from the
// same request); an entry that had not created its renderer yet stands down, and the explorer creates its own.
import type { FilterState } from '@/lib/graph/filters';
import type { ExplorerGraph } from '@/lib/graph/graphology';
import type { ViewState } from './reducers';
import type { CanvasRenderer } from './renderer';

/** The element id of the canvas container the server puts in the page, at the explorer's canvas geometry. */
export const FIRST_FRAME_ID = 'trame-first-frame';

/** A first frame drawn before React: the explorer's graph, view state and renderer, ready to adopt. */
export interface FirstFrame {
  graph: ExplorerGraph;
  view: { current: ViewState };
  canvas: CanvasRenderer;
  /** The element sigma draws in; the explorer moves it into its own canvas container. */
  container: HTMLElement;
  /** Where the graph came from, as the explorer's load state names it. */
  source: 'neo4j' | 'fixture:big';
  filters: FilterState;
  /** The graph as drawn, with the totals its payload announced; absent while its data is on its way. */
  drawn?: { total: { nodes: number; edges: number } };
}

interface Slot {
  state: 'waiting' | 'ready' | 'taken' | 'refused';
  frame?: FirstFrame;
}

const KEY = '__trameFirstFrame';
const slots = () => window as unknown as Record<typeof KEY, Slot | undefined>;

/** The entry starts: false when the explorer mounted first (it then loads the graph itself). */
export function claimFirstFrame(): boolean {
  if (slots()[KEY]) return false;
  slots()[KEY] = { state: 'waiting' };
  return true;
}

/** What the explorer did meanwhile: nothing yet (`waiting`, `ready`), took the renderer, or mounted without it. */
export function firstFrameState(): Slot['state'] | undefined {
  return slots()[KEY]?.state;
}

/** The entry's renderer exists (drawn or not yet): the explorer takes it when it mounts. */
export function offerFirstFrame(frame: FirstFrame): void {
  slots()[KEY] = { state: 'ready', frame };
}

/** The entry gave up (its request failed, its drawing threw): the explorer creates its own renderer. */
export function withdrawFirstFrame(): void {
  slots()[KEY] = { state: 'refused' };
}

/**
 * The renderer the entry created before React, for the explorer to adopt (`drawn` tells whether it shows
 * the first graph already); null when there is none, and then the entry, should it still be on its way,
 * stands down. Asking again returns the same answer.
 */
export function takeFirstFrame(): FirstFrame | null {
  if (typeof window === 'undefined') return null;
  const slot = slots()[KEY];
  if (slot?.frame && (slot.state === 'ready' || slot.state === 'taken')) {
    slot.state = 'taken';
    return slot.frame;
  }
  slots()[KEY] = { state: 'refused' };
  return null;
}

/**
 * The element the entry's renderer draws in, while the explorer has not taken it yet; null when the entry
 * created none. React's client render of the page's placeholder replaces the server's copy of that element.
 */
export function liveFirstFrameContainer(): HTMLElement | null {
  const slot = slots()[KEY];
  return slot?.state === 'ready' && slot.frame ? slot.frame.container : null;
}

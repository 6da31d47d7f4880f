// The hand-over between the page's first-frame entry (first-frame-entry.ts), which draws the first graph
// before React has loaded, and the explorer, which adopts the live renderer and graph when it mounts.
// Whoever comes second decides: a frame already drawn is taken as it is; an entry still waiting for its
// code, styles or data when the explorer mounts is refused, and the explorer loads the graph itself.
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
  total: { nodes: number; edges: number };
  filters: FilterState;
}

interface Slot {
  state: 'waiting' | 'drawn' | 'taken' | 'refused';
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

/** Still wanted: the explorer has not mounted without it. */
export function firstFrameWanted(): boolean {
  return slots()[KEY]?.state === 'waiting';
}

/** The entry drew its frame: the explorer takes it when it mounts. */
export function offerFirstFrame(frame: FirstFrame): void {
  slots()[KEY] = { state: 'drawn', frame };
}

/**
 * The first frame drawn before React, for the explorer to adopt; null when none was drawn, and then the
 * entry, should it still be on its way, stands down. Asking again returns the same answer.
 */
export function takeFirstFrame(): FirstFrame | null {
  if (typeof window === 'undefined') return null;
  const slot = slots()[KEY];
  if (slot?.frame && (slot.state === 'drawn' || slot.state === 'taken')) {
    slot.state = 'taken';
    return slot.frame;
  }
  slots()[KEY] = { state: 'refused' };
  return null;
}

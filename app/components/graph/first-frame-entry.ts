// The page's first-frame entry: a separate script of sigma, graphology and the explorer's own graph and
// renderer code (no React), loaded from the page's head. It draws the first graph (the overview whose
// request left with the HTML, or the seeded fixture a test page carries) into the canvas container the
// server put in the page, while React and the explorer's panels are still loading; the explorer adopts
// the live renderer and graph when it mounts (first-frame.ts).
import { defaultFilters } from '@/lib/graph/filters';
import { createGraph, replaceWithPayload } from '@/lib/graph/graphology';
import type { GraphPayload } from '@/lib/graph/payload';
import { earlyOverviewBody } from '../explorer/early-overview';
import { markLoadStart } from '../explorer/perf';
import { firstScreenFilters, queryRecord, startParams } from '../explorer/start-params';
import { holdScriptsUntil } from './deferred-scripts';
import { claimFirstFrame, FIRST_FRAME_ID, firstFrameState, offerFirstFrame, withdrawFirstFrame, type FirstFrame } from './first-frame';
import { createCanvasRenderer, initialView } from './renderer';
import { attachFilled, sizeView } from './refresh';

/**
 * Resolves once every stylesheet of the page has loaded (sigma sizes itself from its container); null when
 * they all have: a graph at hand (a fixture) is then drawn in the task that runs this script, before the
 * framework's chunks that the same task may start.
 */
function stylesPending(): Promise<void> | null {
  const pending = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].filter((l) => !l.sheet);
  if (pending.length === 0) return null;
  return Promise.all(pending.map((l) => new Promise((resolve) => (l.addEventListener('load', resolve, { once: true }), l.addEventListener('error', resolve, { once: true }))))).then(() => {});
}

/** Draws the page's first graph before React, when the page has one to draw; the explorer adopts it. */
async function drawFirstFrame(): Promise<void> {
  const container = document.getElementById(FIRST_FRAME_ID);
  const start = startParams(queryRecord(new URLSearchParams(window.location.search)));
  // A console link opens another geometry; a permalink view (no early request) is replayed by the explorer.
  if (!container || start.consoleOpen) return;
  const generate = start.fixture === 'big' ? window.__trameFixtures?.big : undefined;
  const overview = start.fixture ? null : earlyOverviewBody(start.limit, false);
  if (!generate && !overview) return;
  if (!claimFirstFrame()) return;
  const styles = stylesPending();
  if (styles) await styles;
  if (firstFrameState() !== 'waiting') return;
  const filters = overview ? firstScreenFilters(defaultFilters()) : defaultFilters();
  const view = { current: initialView(filters) };
  const graph = createGraph();
  const canvas = createCanvasRenderer(graph, container, view);
  const frame: FirstFrame = { graph, view, canvas, container, source: generate ? 'fixture:big' : 'neo4j', filters };
  // From here the explorer may take the renderer at any time, drawn or not.
  offerFirstFrame(frame);
  let payload: GraphPayload;
  try {
    payload = generate ? generate(start.fixtureSize) : await overview!;
  } catch {
    // The explorer takes the same failed request and reports it.
    if (firstFrameState() === 'ready') {
      withdrawFirstFrame();
      canvas.release();
    }
    return;
  }
  // Taken meanwhile: the explorer loads the same response into it.
  if (firstFrameState() !== 'ready') return;
  markLoadStart(frame.source);
  try {
    // Filled while sigma shows an empty stand-in, as the explorer's batches do: sigma would otherwise handle
    // every added node and edge as an event, and draw only at the next animation frame.
    canvas.renderer.setGraph(createGraph());
    replaceWithPayload(graph, payload);
    sizeView(view.current, graph);
    attachFilled(canvas.renderer, graph, view.current);
  } catch (error) {
    withdrawFirstFrame();
    canvas.release();
    throw error;
  }
  frame.drawn = { total: payload.total ?? { nodes: payload.nodes.length, edges: payload.edges.length } };
}

const firstFrame = drawFirstFrame().catch((error) => console.error('trame first frame: drawing before the explorer failed, the explorer draws it instead:', error));
// React's and Next's chunks wait for it (lib/http/deferred-scripts.ts).
holdScriptsUntil(firstFrame);

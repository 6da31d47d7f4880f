// Which edge programs a canvas registers, and when: each is two to four shaders that software WebGL compiles
// in round trips to the GPU process, so a program is registered only once edges of its type are drawn, or
// ahead of that in a task of its own while the page has nothing else to do.
import type Sigma from 'sigma';
import type { EdgeProgramType } from 'sigma/rendering';
import type { EdgeAttrs, ExplorerGraph, NodeAttrs } from '@/lib/graph/graphology';
import { THIN_EDGE, type ViewState } from './reducers';

type EdgePrograms = Record<string, EdgeProgramType<NodeAttrs, EdgeAttrs>>;

// The programs each canvas may register, by type, kept so that registering a type twice gives sigma the
// same class (a new class would make it compile the program again).
const available = new WeakMap<Sigma<NodeAttrs, EdgeAttrs>, EdgePrograms>();

/** The edge programs `renderer` may draw with; registered only as ensureEdgePrograms finds them needed. */
export function offerEdgePrograms(renderer: Sigma<NodeAttrs, EdgeAttrs>, programs: EdgePrograms): void {
  available.set(renderer, programs);
}

/** The edge program types drawing `graph` as the view stands: thin always, each edge's own unless thin. */
export function edgeTypesFor(graph: ExplorerGraph, view: Pick<ViewState, 'thinEdges' | 'edgesHidden'>): Set<string> {
  const types = new Set<string>([THIN_EDGE]);
  if (!view.thinEdges && !view.edgesHidden) graph.forEachEdge((_e, a) => void types.add(a.type));
  return types;
}

/**
 * Registers the edge programs the graph is about to be drawn with, when some are missing. Each program is
 * two to four shaders that software WebGL compiles in round trips to the GPU process (tens of ms each on a
 * loaded machine): a first frame with edges hidden, or a dense view of thin lines, waits for none of the
 * others. Call it before edges show or change type; sigma throws on an edge whose type has no program. True
 * when it registered some: that re-indexes the whole graph (sigma's setSetting) and schedules a frame.
 */
export function ensureEdgePrograms(renderer: Sigma<NodeAttrs, EdgeAttrs>, graph: ExplorerGraph, view: Pick<ViewState, 'thinEdges' | 'edgesHidden'>, types?: Set<string>): boolean {
  const programs = available.get(renderer);
  if (!programs) return false;
  const current = renderer.getSetting('edgeProgramClasses');
  // All registered already (once the first graph drew): no walk over the edges on each selection or filter change.
  // Sigma registers its own `arrow` program by default: Trame's (no picking pass on big graphs, nothing drawn
  // while edges are hidden, slot ranges while they come back) replaces it, so a type counts only with Trame's class.
  if (Object.keys(programs).every((type) => current[type] === programs[type])) return false;
  const missing = [...(types ?? edgeTypesFor(graph, view))].filter((type) => current[type] !== programs[type] && programs[type]);
  if (missing.length === 0) return false;
  renderer.setSetting('edgeProgramClasses', { ...current, ...Object.fromEntries(missing.map((type) => [type, programs[type]])) });
  return true;
}

type Registering = {
  settings: { edgeProgramClasses: EdgePrograms };
  registerEdgeProgram(type: string, program: EdgeProgramType<NodeAttrs, EdgeAttrs>): void;
};

/**
 * Compiles, one program per idle task, the edge programs `graph`'s edges will be drawn with once they show,
 * while they are hidden (a layout moving the nodes alone); `cancel` stops what is still to come. Registered
 * without sigma's setSetting: that re-indexes the whole graph and draws a frame, where a program registered
 * now has nothing to draw until the re-index that shows the edges fills it. A graph drawn before React (a
 * fixture) never compiled them, and at 1k nodes their compile, in the task that took the final positions, made
 * it a long task of the settling map.
 */
export function compileEdgeProgramsAhead(renderer: Sigma<NodeAttrs, EdgeAttrs>, graph: ExplorerGraph, view: Pick<ViewState, 'thinEdges'>): { cancel(): void } {
  const programs = available.get(renderer);
  let pending: number | null = null;
  // Idle callbacks: the tasks wait for a moment with no frame or input to serve (a timer where there are none).
  const idle = typeof requestIdleCallback === 'function' ? (run: () => void) => requestIdleCallback(run, { timeout: 1_000 }) : (run: () => void) => setTimeout(run, 0) as unknown as number;
  const stop = typeof cancelIdleCallback === 'function' ? cancelIdleCallback : (id: number) => clearTimeout(id);
  const next = () => {
    pending = null;
    if (!programs || view.thinEdges || renderer.getGraph() !== graph) return;
    const own = renderer as unknown as Registering;
    const current = own.settings.edgeProgramClasses;
    const type = [...edgeTypesFor(graph, { thinEdges: false, edgesHidden: false })].find((t) => programs[t] && current[t] !== programs[t]);
    if (!type) return;
    // The setting names it as setSetting would have: a later settings update finds it there and registers nothing.
    own.settings.edgeProgramClasses = { ...current, [type]: programs[type] };
    own.registerEdgeProgram(type, programs[type]);
    pending = idle(next);
  };
  pending = idle(next);
  return {
    cancel() {
      if (pending !== null) stop(pending);
      pending = null;
    },
  };
}

// Which edge programs a canvas registers, and when: each is two to four shaders that software WebGL compiles
// in round trips to the GPU process, so a program is registered only once edges of its type are drawn, and
// may be compiled ahead of that in a task of its own while the page has nothing else to do. Both go through
// sigma's public API (its settings, the program classes it constructs): nothing reaches into its privates.
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

// Programs built ahead for a renderer, by type, until sigma registers that type: sigma constructs a program
// class with (its edge layer's WebGL context, its edge picking buffer, itself), and the class then hands it
// the instance already built (compiled) instead of building another. Keyed by the renderer.
const built = new WeakMap<object, Map<string, { kill(): void }>>();
// What sigma built each renderer's first edge program with (at its creation): how a program is built ahead.
const buildArgs = new WeakMap<object, unknown[]>();

/**
 * `programs`, each class taking, when sigma builds it for a renderer, the instance compileEdgeProgramsAhead
 * built for that renderer and type, if any. A class keeps its identity towards sigma (one class per type).
 */
export function buildableAhead(programs: EdgePrograms): EdgePrograms {
  return Object.fromEntries(
    Object.entries(programs).map(([type, Program]) => {
      const Base = Program as unknown as new (...args: unknown[]) => { kill(): void };
      class Ahead extends Base {
        constructor(...args: unknown[]) {
          const renderer = args[2] as object;
          const ready = built.get(renderer)?.get(type);
          if (ready) {
            built.get(renderer)!.delete(type);
            return ready as Ahead;
          }
          super(...args);
          if (!buildArgs.has(renderer)) buildArgs.set(renderer, args);
        }
      }
      return [type, Ahead as unknown as EdgeProgramType<NodeAttrs, EdgeAttrs>];
    }),
  );
}

/** Frees the programs built ahead for `renderer` that sigma never took (its WebGL programs and buffers). */
export function dropProgramsBuiltAhead(renderer: Sigma<NodeAttrs, EdgeAttrs>): void {
  for (const program of built.get(renderer)?.values() ?? []) program.kill();
  built.delete(renderer);
}

/**
 * Compiles, one program per idle task, the edge programs `graph`'s edges will be drawn with once they show,
 * while they are hidden (a layout moving the nodes alone); `cancel` stops what is still to come. Each is built
 * as sigma would build it and kept aside (buildableAhead): sigma takes it when the type is registered, through
 * the setSetting of ensureEdgePrograms in the re-index that shows the edges (showEdges), which then compiles
 * nothing. Registered now, through setSetting, it would re-index the whole graph and draw a frame for a
 * program that has nothing to draw yet. A graph drawn before React (a fixture) never compiled them, and at
 * 1k nodes their compile, in the task that took the final positions, made it a long task of the settling map.
 */
export function compileEdgeProgramsAhead(renderer: Sigma<NodeAttrs, EdgeAttrs>, graph: ExplorerGraph, view: Pick<ViewState, 'thinEdges'>): { cancel(): void } {
  const programs = available.get(renderer);
  let pending: number | null = null;
  // Idle callbacks: the tasks wait for a moment with no frame or input to serve (a timer where there are none).
  const idle = typeof requestIdleCallback === 'function' ? (run: () => void) => requestIdleCallback(run, { timeout: 1_000 }) : (run: () => void) => setTimeout(run, 0) as unknown as number;
  const stop = typeof cancelIdleCallback === 'function' ? cancelIdleCallback : (id: number) => clearTimeout(id);
  // The graph's edge types, walked once (at the first idle task) rather than at each program.
  let types: string[] | null = null;
  const next = () => {
    pending = null;
    const args = buildArgs.get(renderer);
    if (!programs || !args || view.thinEdges || renderer.getGraph() !== graph) return;
    const current = renderer.getSetting('edgeProgramClasses');
    const ready = built.get(renderer) ?? new Map<string, { kill(): void }>();
    types ??= [...edgeTypesFor(graph, { thinEdges: false, edgesHidden: false })];
    const type = types.find((t) => programs[t] && current[t] !== programs[t] && !ready.has(t));
    if (!type) return;
    const Program = programs[type] as unknown as new (...a: unknown[]) => { kill(): void };
    ready.set(type, new Program(...args));
    built.set(renderer, ready);
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

// Edge programs for sigma. Sigma v3 ships no dashed edges, so the dashed program reuses the curved
// arrow program of @sigma/edge-curve and cuts its fragments into dashes: a fragment is dropped when its
// distance to the source, in screen pixels, falls in the gap part of a 10 px period. On a gently curved
// edge that distance grows along the curve, so the dashes are regular; the arrow head stays solid.
import { createEdgeArrowProgram, DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS, EdgeLineProgram, type EdgeProgramType } from 'sigma/rendering';
import { createEdgeCurveProgram } from '@sigma/edge-curve';
import type { EdgeAttrs, NodeAttrs } from '@/lib/graph/graphology';
import type { SlotRanges } from './slices';

const DASH = `
  #ifndef PICKING_MODE
  if (distToTarget > targetArrowLength && mod(length(gl_FragCoord.xy - v_cpA), 10.0) > 6.0) {
    gl_FragColor = transparent;
    return;
  }
  #endif
  float halfThickness = thickness / 2.0;`;

// The packages' own EdgeArrowProgram / EdgeCurvedArrowProgram, built for Trame's attribute types. Arrow
// captions follow their edge: sigma rotates a straight edge's label, and the curve program (the dashed one
// too, by inheritance) writes it glyph by glyph along the arc, kept upright.
const EdgeArrow = createEdgeArrowProgram<NodeAttrs, EdgeAttrs>();
const EdgeCurvedArrow = createEdgeCurveProgram<NodeAttrs, EdgeAttrs>({ arrowHead: DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS });

type Definition = { FRAGMENT_SHADER_SOURCE: string };
type Ctor = new (...args: never[]) => { getDefinition(): Definition };

/** Curved arrow edges drawn dashed: used for alleged, denied and unconfirmed facts. */
export const EdgeDashedArrowProgram = (() => {
  const Base = EdgeCurvedArrow as unknown as Ctor;
  class Dashed extends Base {
    getDefinition(): Definition {
      const def = super.getDefinition();
      const src = def.FRAGMENT_SHADER_SOURCE;
      // Fail loudly if the upstream shader changes shape, rather than silently drawing solid lines.
      if (!src.includes('float halfThickness = thickness / 2.0;') || !src.includes('distToTarget')) throw new Error('dashed edges: unexpected curve shader');
      return { ...def, FRAGMENT_SHADER_SOURCE: src.replace('float halfThickness = thickness / 2.0;', DASH) };
    }
  }
  return Dashed as unknown as EdgeProgramType<NodeAttrs, EdgeAttrs>;
})();

/** Program per edge `type` attribute (see lib/graph/graphology.ts assignCurvature). */
export const EDGE_PROGRAMS: Record<EdgeAttrs['type'], EdgeProgramType<NodeAttrs, EdgeAttrs>> = {
  arrow: EdgeArrow,
  curved: EdgeCurvedArrow,
  dashed: EdgeDashedArrowProgram,
};

/**
 * One-pixel lines with no picking pass, for views too dense to tell edges apart (lib/graph/graphology
 * CHEAP_EDGES). Where WebGL is rasterised in software, the cost of a frame follows the pixels the edges
 * cover: 30k antialiased arrows, drawn twice (once more offscreen for edge picking), took 2–3 s a frame here,
 * thin lines a fifth of that. Edges are not clickable at that size anyway (GraphCanvas EDGE_EVENTS_MAX).
 */
export const EdgeThinProgram = (() => {
  const Base = EdgeLineProgram as unknown as new (gl: WebGLRenderingContext, pickingBuffer: WebGLFramebuffer | null, renderer: unknown) => object;
  class Thin extends Base {
    constructor(gl: WebGLRenderingContext, _pickingBuffer: WebGLFramebuffer | null, renderer: unknown) {
      super(gl, null, renderer);
    }
  }
  return Thin as unknown as EdgeProgramType<NodeAttrs, EdgeAttrs>;
})();


type ProgramInfo = { gl: WebGL2RenderingContext; frameBuffer: WebGLFramebuffer | null; buffer: WebGLBuffer; constantBuffer: WebGLBuffer };

type Part = {
  pickProgram: unknown;
  isInstanced: boolean;
  VERTICES: number;
  STRIDE: number;
  ATTRIBUTES: unknown[];
  CONSTANT_ATTRIBUTES: unknown[];
  array: Float32Array;
  constantArray: Float32Array;
  drawWebGL(method: number, info: ProgramInfo): void;
  bindProgram(info: ProgramInfo): void;
  bindAttribute(attr: unknown, info: unknown, offset: number, setDivisor?: boolean): number;
  ATTRIBUTES_ITEMS_COUNT: number;
};

// The array each WebGL buffer was last sized for here: a buffer sized for a program's current array takes
// a slice's slots alone. Sigma replaces the array when it re-indexes into more slots.
const sizedFor = new WeakMap<WebGLBuffer, Float32Array>();

/**
 * Binds a program part as sigma does, uploading slots [from, to) only, the slots the frame draws: sigma
 * uploads the whole array at each frame, a copy of every edge to the GPU process for each slice of 30k.
 */
function bindSlots(part: Part, [from, to]: readonly [number, number]): Part['bindProgram'] {
  return (info) => {
    const gl = info.gl;
    let offset = 0;
    if (part.isInstanced) {
      gl.bindBuffer(gl.ARRAY_BUFFER, info.constantBuffer);
      for (const attr of part.CONSTANT_ATTRIBUTES) offset += part.bindAttribute(attr, info, offset, false);
      gl.bufferData(gl.ARRAY_BUFFER, part.constantArray, gl.STATIC_DRAW);
      offset = 0;
    }
    gl.bindBuffer(gl.ARRAY_BUFFER, info.buffer);
    for (const attr of part.ATTRIBUTES) offset += part.bindAttribute(attr, info, offset, part.isInstanced || undefined);
    if (sizedFor.get(info.buffer) !== part.array) {
      gl.bufferData(gl.ARRAY_BUFFER, part.array.byteLength, gl.DYNAMIC_DRAW);
      sizedFor.set(info.buffer, part.array);
    }
    if (to > from) gl.bufferSubData(gl.ARRAY_BUFFER, from * part.STRIDE * Float32Array.BYTES_PER_ELEMENT, part.array.subarray(from * part.STRIDE, to * part.STRIDE));
    gl.bindBuffer(gl.ARRAY_BUFFER, null);
  };
}

/**
 * Draws only slots [from, to) of a program part: a vertex range, or for an instanced part the instance
 * attributes pointed `from` items further (WebGL2 has no base instance). Slots drawn in ascending order
 * over several frames lay down the same pixels, in the same order, as one draw of them all.
 */
function drawSlots(part: Part, [from, to]: readonly [number, number]): Part['drawWebGL'] {
  return (method, info) => {
    const gl = info.gl;
    gl.bindFramebuffer(gl.FRAMEBUFFER, info.frameBuffer);
    if (to <= from) return;
    if (!part.isInstanced) return gl.drawArrays(method, from * part.VERTICES, (to - from) * part.VERTICES);
    gl.bindBuffer(gl.ARRAY_BUFFER, info.buffer);
    let offset = from * part.ATTRIBUTES_ITEMS_COUNT * Float32Array.BYTES_PER_ELEMENT;
    for (const attr of part.ATTRIBUTES) offset += part.bindAttribute(attr, info, offset, true);
    gl.bindBuffer(gl.ARRAY_BUFFER, null);
    gl.drawArraysInstanced(method, 0, part.VERTICES, to - from);
  };
}

type Drawing = new (...args: never[]) => { render(params: unknown): void; programs?: Part[]; normalProgram?: { gl: WebGLRenderingContext } };

/** Slot ranges by the WebGL context a program draws on (the node and edge layers), or null: every slot. */
export type RangesFor = (gl: WebGLRenderingContext) => SlotRanges | null;

/**
 * Renders `program` through `draw`, each of its parts limited to `type`'s range from `ranges`, nothing when
 * the ranges leave `type` out, every slot when there are none. `noPicking` drops the offscreen picking pass.
 */
function renderRanged(program: InstanceType<Drawing>, type: string, ranges: RangesFor, noPicking: boolean, draw: () => void): void {
  // A compound program (arrow: line and head) holds its parts; a single one is its own part.
  const parts = (program.programs ?? [program]) as unknown as (Part & { normalProgram: { gl: WebGLRenderingContext } })[];
  const only = ranges(parts[0].normalProgram.gl);
  const span = only?.get(type);
  if (only && !span) return;
  const passes = parts.map((p) => p.pickProgram);
  if (noPicking) for (const p of parts) p.pickProgram = null;
  if (span)
    for (const p of parts) {
      p.drawWebGL = drawSlots(p, span);
      p.bindProgram = bindSlots(p, span);
    }
  try {
    draw();
  } finally {
    parts.forEach((p, i) => {
      p.pickProgram = passes[i];
      // The prototype's own draw and binding again.
      if (span) {
        delete (p as Partial<Part>).drawWebGL;
        delete (p as Partial<Part>).bindProgram;
      }
    });
  }
}

/** `programs`, each one's render going through `through(program, type, draw)`, `draw` being its own. */
function wrapRender<P>(programs: Record<string, P>, through: (program: InstanceType<Drawing>, type: string, draw: () => void) => void): Record<string, P> {
  return Object.fromEntries(
    Object.entries(programs).map(([type, Program]) => {
      const Base = Program as unknown as Drawing;
      class Wrapped extends Base {
        render(params: unknown): void {
          through(this, type, () => super.render(params));
        }
      }
      return [type, Wrapped as unknown as P];
    }),
  );
}

/** The same node programs, limited to the slot ranges `ranges` gives while a layer grows (still-layers). */
export function withSlotRanges<P>(programs: Record<string, P>, ranges: RangesFor): Record<string, P> {
  return wrapRender(programs, (program, type, draw) => renderRanged(program, type, ranges, false, draw));
}

/**
 * The same programs, drawing nothing while `skip()` holds, and no offscreen picking pass while `picking()`
 * does not. Edges hidden while a layout moves keep their slots (so they come back without re-indexing), but
 * sigma would still draw each of them every frame as an empty shape, twice with edge picking: vertex work
 * for 30k edges per frame in software WebGL, and the first frame waited for the edge shaders to be compiled
 * for it. Sigma builds every edge program with the picking pass of the canvas it was created for, and keeps
 * drawing it once edge events are off (graphs of more than 2,000 edges): a second draw of every edge, a
 * quarter of the pixels, that nothing reads. While `ranges` gives slot ranges, each program draws only its
 * own (edges coming back a slice per frame over the picture already drawn).
 */
export function skippingWhile(
  programs: Record<string, EdgeProgramType<NodeAttrs, EdgeAttrs>>,
  skip: () => boolean,
  picking: () => boolean = () => true,
  ranges: RangesFor = () => null,
): Record<string, EdgeProgramType<NodeAttrs, EdgeAttrs>> {
  return wrapRender(programs, (program, type, draw) => {
    if (!skip()) renderRanged(program, type, ranges, !picking(), draw);
  });
}

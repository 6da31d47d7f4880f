// The single-iteration functions graphology's layouts ship without type declarations.
declare module 'graphology-layout-forceatlas2/iterate' {
  /** One ForceAtlas2 iteration over graphology's flat node (10 per node) and edge (3 per edge) matrices. */
  export default function iterate(settings: Record<string, unknown>, nodes: Float32Array, edges: Float32Array): object;
}
declare module 'graphology-layout-noverlap/iterate' {
  /** One Noverlap iteration over a flat (x, y, size) matrix. */
  export default function iterate(settings: Record<string, unknown>, nodes: Float32Array): { converged: boolean };
}

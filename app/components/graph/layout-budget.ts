/**
 * The ForceAtlas2 time budget Trame used before layouts ran to convergence: under a second for small
 * graphs, up to 6 s for 10k nodes. The benchmark's bare page keeps it as its fixed reference.
 */
export function layoutBudgetMs(order: number): number {
  return Math.min(6_000, 600 + order * 0.5);
}

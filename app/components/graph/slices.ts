// Slices of a layer drawn one per frame (refresh.ts growBySlices): the slot ranges a slice covers and how big
// the next one may be. Pure, so that the arithmetic is tested without a WebGL context.

/** Per program type, the slots [from, to) a frame draws; a type absent draws nothing. */
export type SlotRanges = ReadonlyMap<string, readonly [number, number]>;

/** Limits of slice sizes: `frameMs` is the frame time aimed at. */
export interface SliceLimits {
  min: number;
  max: number;
  frameMs: number;
}

/** The slot range per program that items (consecutive in draw order) cover. */
export function rangesOf(items: readonly { type: string; slot: number }[]): Map<string, [number, number]> {
  const ranges = new Map<string, [number, number]>();
  for (const { type, slot } of items) {
    const r = ranges.get(type);
    if (r) {
      r[0] = Math.min(r[0], slot);
      r[1] = Math.max(r[1], slot + 1);
    } else ranges.set(type, [slot, slot + 1]);
  }
  return ranges;
}

/** `into` extended by `ranges`, program by program (slices come in slot order: the union is one range). */
export function mergeRanges(into: Map<string, [number, number]>, ranges: SlotRanges): void {
  for (const [type, [from, to]] of ranges) {
    const had = into.get(type);
    into.set(type, had ? [Math.min(had[0], from), Math.max(had[1], to)] : [from, to]);
  }
}

/**
 * The next slice's size after a slice of `size` items whose frame took `frameMs`: scaled towards the aimed
 * frame time, at most doubled, within the limits.
 */
export function nextSliceSize(size: number, frameMs: number, limits: SliceLimits): number {
  const scaled = size * Math.min(2, limits.frameMs / Math.max(1, frameMs));
  return Math.round(Math.min(limits.max, Math.max(limits.min, scaled)));
}

/** An item of a layer with its program and its slot in that program's buffers. */
export interface Slotted {
  key: string;
  type: string;
  slot: number;
}

/**
 * `items` in the order sigma draws them: program by program in `programs`' order, slot by slot within one.
 * Slots of a program are distinct, so each item goes straight to its place (no comparison sort: at 30k edges
 * the sort was tens of ms of the first slice's frame). Null when an item's program is not among `programs`.
 */
export function inDrawOrder(items: Iterable<Slotted>, programs: readonly string[]): Slotted[] | null {
  const byType = new Map<string, (Slotted | undefined)[]>(programs.map((type) => [type, []]));
  for (const item of items) {
    const placed = byType.get(item.type);
    if (!placed) return null;
    placed[item.slot] = item;
  }
  const out: Slotted[] = [];
  for (const placed of byType.values()) for (const item of placed) if (item) out.push(item);
  return out;
}

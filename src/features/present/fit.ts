/** Sub-pixel layout can put a bottom edge a fraction past its box; that is not an overflow. */
const TOLERANCE_PX = 0.5;

/**
 * How many stacked items show whole in a box `available` pixels tall. When all of them fit,
 * all show; otherwise the last `reserve` pixels are kept for the "+N more" line, so a card is
 * never cut in half and never hidden behind the line.
 *
 * @param bottoms each item's bottom edge, measured from the top of the box, in order
 */
export function fitCount(bottoms: readonly number[], available: number, reserve: number): number {
  const last = bottoms[bottoms.length - 1];
  if (last === undefined) return 0;
  if (last <= available + TOLERANCE_PX) return bottoms.length;
  const limit = available - reserve + TOLERANCE_PX;
  let count = 0;
  while (count < bottoms.length && bottoms[count]! <= limit) count++;
  return count;
}

/**
 * How many items end below the visible part of a scrolling box: the ones a zoomed panel has cut
 * or not yet shown. Any order: a zoomed cell lays its cards out in columns.
 *
 * @param bottoms each item's bottom edge, in the same coordinates as `visibleBottom`
 */
export function countBelow(bottoms: readonly number[], visibleBottom: number): number {
  return bottoms.filter((bottom) => bottom > visibleBottom + TOLERANCE_PX).length;
}

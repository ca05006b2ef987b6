import { type Pest, PEST, SWOT } from '../../domain/axes';
import { cellLayout } from '../../domain/cellLayout';
import type { Factor } from '../../domain/schema';
import { NEAR_MARGIN_PX } from './useNearViewport';

/** No card in Comfortable is shorter than this; a row's height is estimated from it, low on purpose. */
const SHORTEST_CARD_PX = 40;

let viewportHeight: number | undefined;

/**
 * The viewport's height, read once and again on each resize. Read in the selector itself, during a
 * pointer drag at 1,000 factors, it forced a layout in the middle of a store update: 10 ms of the
 * drag's 99 ms busy in the bench's profile.
 */
function currentViewportHeight(): number {
  if (viewportHeight === undefined) {
    viewportHeight = window.innerHeight;
    window.addEventListener('resize', () => (viewportHeight = window.innerHeight), { passive: true });
  }
  return viewportHeight;
}

/**
 * Whether the rows above `pest` certainly reach past the viewport and its margin when the page
 * is at its top (in Comfortable, where a row is as tall as its longest cell). Such a row's cells
 * mount no card until scrolled near: at 1,000 factors the first render mounted the first ten
 * cards of all 16 cells, and the observer unmounted the three lower rows' right after.
 */
export function rowBelowFirstScreen(factors: readonly Factor[], pest: Pest): boolean {
  if (typeof window === 'undefined') return false;
  return rowTops(factors)[PEST.indexOf(pest)]! > currentViewportHeight() + NEAR_MARGIN_PX;
}

const rowTopsOf = new WeakMap<readonly Factor[], number[]>();

/**
 * Each row's estimated top, worked out once per factors array. Every cell asks on every store
 * change: worked out by each, it was the costliest selector of an add at 100 factors.
 */
function rowTops(factors: readonly Factor[]): number[] {
  let tops = rowTopsOf.get(factors);
  if (!tops) {
    const layout = cellLayout(factors);
    let top = 0;
    tops = PEST.map((row) => {
      const rowTop = top;
      top += Math.max(...SWOT.map((swot) => layout.get(`${row}:${swot}`)!.length)) * SHORTEST_CARD_PX;
      return rowTop;
    });
    rowTopsOf.set(factors, tops);
  }
  return tops;
}

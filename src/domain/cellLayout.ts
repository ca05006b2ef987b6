import { ALL_CELLS, cellKey, type CellKey } from './axes';
import type { Factor } from './schema';

// Cached per factors array: the document gives a new array only when a scenario's factors
// change, so the grid, the document writer and the selectors share one computation.
const layoutCache = new WeakMap<readonly Factor[], Map<CellKey, string[]>>();
const indexCache = new WeakMap<readonly Factor[], Map<string, Factor>>();

/** Each cell's factor ids in order. The arrays are shared: never change them. */
export function cellLayout(factors: readonly Factor[]): Map<CellKey, string[]> {
  let layout = layoutCache.get(factors);
  if (!layout) {
    layout = new Map(ALL_CELLS.map((cell) => [cellKey(cell), [] as string[]]));
    for (const factor of factors) layout.get(`${factor.pest}:${factor.swot}`)!.push(factor.id);
    layoutCache.set(factors, layout);
  }
  return layout;
}

/** The factors by id. Shared: never change it. */
export function factorIndex(factors: readonly Factor[]): Map<string, Factor> {
  let index = indexCache.get(factors);
  if (!index) {
    index = new Map(factors.map((factor) => [factor.id, factor]));
    indexCache.set(factors, index);
  }
  return index;
}

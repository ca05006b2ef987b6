import { ALL_CELLS, cellIndex, cellKey, type CellKey } from './axes';
import type { Factor } from './schema';

// Cached per array: the document gives a new array only when a scenario's factors change, so
// the grid, the document writer and the selectors share one computation.
const layoutCache = new WeakMap<readonly Factor[], Map<CellKey, string[]>>();
const indexCache = new WeakMap<readonly unknown[], ReadonlyMap<string, unknown>>();

/** Each cell's factor ids in order. The arrays are shared: never change them. */
export function cellLayout(factors: readonly Factor[]): Map<CellKey, string[]> {
  let layout = layoutCache.get(factors);
  if (!layout) {
    const lists = ALL_CELLS.map((): string[] => []);
    for (const factor of factors) lists[cellIndex(factor.pest, factor.swot)!]!.push(factor.id);
    layout = new Map(ALL_CELLS.map((cell, at) => [cellKey(cell), lists[at]!]));
    layoutCache.set(factors, layout);
  }
  return layout;
}

/** The records by id. Shared: never change it. */
export function indexById<T extends { id: string }>(items: readonly T[]): ReadonlyMap<string, T> {
  let index = indexCache.get(items) as ReadonlyMap<string, T> | undefined;
  if (!index) {
    index = new Map(items.map((item) => [item.id, item]));
    indexCache.set(items, index);
  }
  return index;
}

/** The factors by id. Shared: never change it. */
export const factorIndex = (factors: readonly Factor[]): ReadonlyMap<string, Factor> => indexById(factors);

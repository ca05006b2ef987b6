import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';

/**
 * Order keys place items (a cell's factors, the list of scenarios) without storing a list:
 * each item carries a key that sorts between its neighbours', so moving one card rewrites one
 * key, and two people moving different cards never touch the same entry. Two people who put a
 * card at the same spot may get equal keys; ties sort by id, the same way on every replica.
 */
export interface Keyed {
  id: string;
  key: string;
}

export const compareKeyed = (a: Keyed, b: Keyed): number =>
  a.key < b.key ? -1 : a.key > b.key ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/**
 * The indexes of a longest run, in order, of items whose keys already sort as wanted.
 * Those keep their keys; only the others need new ones.
 */
function longestSortedRun(items: ReadonlyArray<Keyed | null>): Set<number> {
  const tails: number[] = []; // tails[k]: index of the smallest tail of a sorted run of length k + 1
  const previous = new Array<number>(items.length).fill(-1);
  items.forEach((item, index) => {
    if (!item) return;
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      // Strictly by key: of two equal keys only one is kept, so a kept pair always has room between.
      if (items[tails[mid]!]!.key < item.key) low = mid + 1;
      else high = mid;
    }
    if (low > 0) previous[index] = tails[low - 1]!;
    tails[low] = index;
  });
  const kept = new Set<number>();
  for (let at = tails.at(-1) ?? -1; at >= 0; at = previous[at]!) kept.add(at);
  return kept;
}

/**
 * New keys for the items of `ids`, in that order, given the keys some of them have now.
 * Returns only the keys that must change: as few as keep the order.
 */
export function reorderKeys(ids: readonly string[], currentKey: (id: string) => string | undefined): Map<string, string> {
  const items = ids.map((id) => {
    const key = currentKey(id);
    return key === undefined ? null : { id, key };
  });
  const kept = longestSortedRun(items);
  const changes = new Map<string, string>();
  let index = 0;
  while (index < ids.length) {
    if (kept.has(index)) {
      index++;
      continue;
    }
    // A run of items that need keys, between two kept neighbours (or an end).
    const start = index;
    while (index < ids.length && !kept.has(index)) index++;
    const lower = start > 0 ? items[start - 1]!.key : null;
    const upper = index < ids.length ? items[index]!.key : null;
    const keys = generateNKeysBetween(lower, upper, index - start);
    for (let k = start; k < index; k++) changes.set(ids[k]!, keys[k - start]!);
  }
  return changes;
}

export const firstKey = (): string => generateKeyBetween(null, null);

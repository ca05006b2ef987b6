import type { TowsQuadrant } from '../../domain/axes';

/** Where a strategy sits or would land: a quadrant and a position in it. */
export interface Slot {
  quadrant: TowsQuadrant;
  index: number;
}

export type QuadrantLists = Record<TowsQuadrant, readonly string[]>;

// The TOWS grid as it is drawn: strengths on top, weaknesses below; opportunities left, threats right.
const GRID: readonly (readonly TowsQuadrant[])[] = [
  ['SO', 'ST'],
  ['WO', 'WT'],
];
const placeOf = (quadrant: TowsQuadrant) => {
  const row = GRID.findIndex((cells) => cells.includes(quadrant));
  return { row, column: GRID[row]!.indexOf(quadrant) };
};

export const byQuadrant = (list: (quadrant: TowsQuadrant) => readonly string[]): QuadrantLists => ({
  SO: list('SO'),
  ST: list('ST'),
  WO: list('WO'),
  WT: list('WT'),
});

/** The lists without the strategy being moved: the places it can land are 0…length of each. */
export const without = (lists: QuadrantLists, strategyId: string): QuadrantLists =>
  byQuadrant((quadrant) => lists[quadrant].filter((id) => id !== strategyId));

/** The lists as they would be with the strategy dropped at `at`. */
export function placed(lists: QuadrantLists, strategyId: string, at: Slot): QuadrantLists {
  const rest = without(lists, strategyId);
  const target = [...rest[at.quadrant]];
  target.splice(Math.min(at.index, target.length), 0, strategyId);
  return { ...rest, [at.quadrant]: target };
}

/**
 * One arrow key's step, over the lists without the moving strategy. Up and down move within the
 * quadrant and, past its end, into the quadrant above or below; left and right cross to the
 * quadrant beside it at the same position. Null when there is nowhere further to go.
 */
export function step(rest: QuadrantLists, at: Slot, key: string): Slot | null {
  const { row, column } = placeOf(at.quadrant);
  const length = rest[at.quadrant].length;
  switch (key) {
    case 'ArrowUp':
      if (at.index > 0) return { ...at, index: at.index - 1 };
      return row > 0 ? { quadrant: GRID[row - 1]![column]!, index: rest[GRID[row - 1]![column]!].length } : null;
    case 'ArrowDown':
      if (at.index < length) return { ...at, index: at.index + 1 };
      return row < GRID.length - 1 ? { quadrant: GRID[row + 1]![column]!, index: 0 } : null;
    case 'ArrowLeft':
    case 'ArrowRight': {
      const next = GRID[row]![column + (key === 'ArrowLeft' ? -1 : 1)];
      return next ? { quadrant: next, index: Math.min(at.index, rest[next].length) } : null;
    }
    default:
      return null;
  }
}

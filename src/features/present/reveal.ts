import { ALL_CELLS, type Cell } from '../../domain/axes';
import type { Factor } from '../../domain/schema';

type Placed = Pick<Factor, 'id' | 'pest' | 'swot'>;

/**
 * The order in which reveal mode shows factors: cell by cell in reading order of the matrix
 * (political strengths, political weaknesses, …, technological threats), and within a cell
 * in the cell's own order, so the room sees each cell build up the way it was written.
 */
export function revealOrder(factors: readonly Placed[]): string[] {
  const byCell = new Map<string, string[]>(ALL_CELLS.map((cell) => [`${cell.pest}:${cell.swot}`, []]));
  for (const factor of factors) byCell.get(`${factor.pest}:${factor.swot}`)?.push(factor.id);
  return [...byCell.values()].flat();
}

export interface RevealStep {
  /** The revealed ids after the step, in the order they were revealed. */
  revealed: string[];
  /** The factor the step showed or hid. */
  id: string;
}

/**
 * Shows the first factor in `order` that is still hidden. Revealed ids are kept as a list
 * rather than a count so that factors added, moved or sorted mid-reveal keep their state.
 */
export function revealNext(order: readonly string[], revealed: readonly string[]): RevealStep | null {
  const shown = new Set(revealed);
  const id = order.find((candidate) => !shown.has(candidate));
  return id === undefined ? null : { revealed: [...revealed, id], id };
}

/** Hides again the shown factor that comes last in `order`: the inverse of `revealNext`. */
export function hideLast(order: readonly string[], revealed: readonly string[]): RevealStep | null {
  const shown = new Set(revealed);
  for (let index = order.length - 1; index >= 0; index--) {
    const id = order[index]!;
    if (shown.has(id)) return { revealed: revealed.filter((candidate) => candidate !== id), id };
  }
  return null;
}

/** How many factors of `order` are shown; ids of factors since deleted do not count. */
export function revealedCount(order: readonly string[], revealed: readonly string[]): number {
  const shown = new Set(revealed);
  return order.filter((id) => shown.has(id)).length;
}

/** The cell a factor sits in, to move the focus to where the room's eyes should go. */
export function cellOfFactor(factors: readonly Placed[], id: string): Cell | null {
  const factor = factors.find((candidate) => candidate.id === id);
  return factor ? { pest: factor.pest, swot: factor.swot } : null;
}

import { type Cell, PEST, SWOT } from '../../domain/axes';

/** Where a card picked up from the keyboard would land: a cell and a position among its other cards. */
export interface Landing {
  cell: Cell;
  index: number;
}

/**
 * One arrow key's step, as the grid is drawn. Up and down move through the cell and on into the
 * cell above (at its end) or below (at its start); left and right cross to the neighbouring SWOT
 * column at the same position. `size` counts a cell's cards without the one being moved, so the
 * places in a cell are 0…size. Null when there is nowhere further that way.
 */
export function stepLanding(at: Landing, key: string, size: (cell: Cell) => number): Landing | null {
  const row = PEST.indexOf(at.cell.pest);
  const column = SWOT.indexOf(at.cell.swot);
  const cellAt = (r: number, c: number): Cell | null => (PEST[r] && SWOT[c] ? { pest: PEST[r], swot: SWOT[c] } : null);
  switch (key) {
    case 'ArrowUp': {
      if (at.index > 0) return { ...at, index: at.index - 1 };
      const above = cellAt(row - 1, column);
      return above ? { cell: above, index: size(above) } : null;
    }
    case 'ArrowDown': {
      if (at.index < size(at.cell)) return { ...at, index: at.index + 1 };
      const below = cellAt(row + 1, column);
      return below ? { cell: below, index: 0 } : null;
    }
    case 'ArrowLeft':
    case 'ArrowRight': {
      const beside = cellAt(row, column + (key === 'ArrowLeft' ? -1 : 1));
      return beside ? { cell: beside, index: Math.min(at.index, size(beside)) } : null;
    }
    default:
      return null;
  }
}

/**
 * The card a keyboard drag is moving, which must keep the keyboard focus when it is remounted in
 * another cell. Set for the drag and cleared once focus is back on the card after the drop.
 */
export const keyboardFocus: { factorId: string | null } = { factorId: null };

/**
 * As a drag ends, the card drawn in its place takes the focus (as it renders); one not drawn by
 * the next frame (Overview shows a few cards per cell, a phone one cell) never takes it later.
 */
export function focusWhereDropped(factorId: string): void {
  keyboardFocus.factorId = factorId;
  requestAnimationFrame(() => (keyboardFocus.factorId = null));
}

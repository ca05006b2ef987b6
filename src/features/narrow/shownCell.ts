import { create } from 'zustand';
import { ALL_CELLS, type Cell, sameCell } from '../../domain/axes';

/** Which cell the narrow layout shows: this tab's view, never part of the document. */
export const useShownCell = create<{ cell: Cell; show(cell: Cell): void; step(by: 1 | -1): void }>()((set, get) => ({
  cell: ALL_CELLS[0]!,
  show: (cell) => set({ cell }),
  step(by) {
    const at = ALL_CELLS.findIndex((cell) => sameCell(cell, get().cell));
    set({ cell: ALL_CELLS[(at + by + ALL_CELLS.length) % ALL_CELLS.length]! });
  },
}));

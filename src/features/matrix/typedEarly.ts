import type { Cell } from '../../domain/axes';

// What was typed into a cell's new-factor field before the form's code had arrived (see
// PendingAddForm), and whether Enter was pressed: the form starts from it, and submits it if so.
const typed = new Map<string, { title: string; entered: boolean }>();
const keyOf = (cell: Cell) => `${cell.pest}:${cell.swot}`;

export const keepTypedEarly = (cell: Cell, title: string, entered = false): void => void typed.set(keyOf(cell), { title, entered });
export const typedEarly = (cell: Cell) => typed.get(keyOf(cell)) ?? { title: '', entered: false };
export const forgetTypedEarly = (cell: Cell): void => void typed.delete(keyOf(cell));

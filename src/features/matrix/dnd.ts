import { type Announcements, type CollisionDetection, pointerWithin, rectIntersection } from '@dnd-kit/core';
import { type Cell, cellKey } from '../../domain/axes';

/** What each draggable or droppable carries, so handlers never guess from an id's shape. */
export type DragData = { type: 'factor'; factorId: string; cell: Cell } | { type: 'cell'; cell: Cell; tile?: boolean };

export function isDragData(value: unknown): value is DragData {
  const type = (value as { type?: unknown } | null | undefined)?.type;
  return type === 'factor' || type === 'cell';
}

export const cellDroppableId = (cell: Cell): string => `cell:${cellKey(cell)}`;

/**
 * The droppables are the cells (and a phone's map tiles), never the cards: the cell under the
 * pointer, or, when the pointer is between cells, the one the dragged card overlaps most. The
 * place within the cell is the board's to work out (pointerLanding), and so is a pointer outside
 * the matrix (MatrixBoard's `landsIn`).
 */
export const collisionDetection: CollisionDetection = (args) => {
  const under = pointerWithin(args);
  return under.length > 0 ? under : rectIntersection(args);
};

/** Screen-reader text comes from the board's handlers, which know titles and positions. */
export const silentAnnouncements: Announcements = {
  onDragStart: () => undefined,
  onDragOver: () => undefined,
  onDragEnd: () => undefined,
  onDragCancel: () => undefined,
};

import {
  closestCorners,
  type CollisionDetection,
  getFirstCollision,
  pointerWithin,
  rectIntersection,
  type Announcements,
} from '@dnd-kit/core';
import { type Cell, cellKey } from '../../domain/axes';

/** What each draggable or droppable carries, so handlers never guess from an id's shape. */
export type DragData = { type: 'factor'; factorId: string; cell: Cell } | { type: 'cell'; cell: Cell };

export function isDragData(value: unknown): value is DragData {
  const type = (value as { type?: unknown } | null | undefined)?.type;
  return type === 'factor' || type === 'cell';
}

export const cellDroppableId = (cell: Cell): string => `cell:${cellKey(cell)}`;

/**
 * The pointer decides first; when it is over a cell that has cards, the nearest card in that
 * cell wins, so the drop position follows the pointer rather than the cell as a whole.
 */
export const collisionDetection: CollisionDetection = (args) => {
  if (!args.pointerCoordinates) return closestCorners(args);
  const pointer = pointerWithin(args);
  const hits = pointer.length > 0 ? pointer : rectIntersection(args);
  const firstId = getFirstCollision(hits, 'id');
  if (firstId == null) return [];
  const first = args.droppableContainers.find((container) => container.id === firstId);
  const data = first?.data.current;
  if (isDragData(data) && data.type === 'cell') {
    const key = cellKey(data.cell);
    const cards = args.droppableContainers.filter((container) => {
      const d = container.data.current;
      return isDragData(d) && d.type === 'factor' && cellKey(d.cell) === key && container.id !== args.active.id;
    });
    if (cards.length > 0) {
      const nearest = closestCorners({ ...args, droppableContainers: cards });
      if (nearest.length > 0) return nearest;
    }
  }
  return hits;
};

/** Screen-reader text comes from the board's handlers, which know titles and positions. */
export const silentAnnouncements: Announcements = {
  onDragStart: () => undefined,
  onDragOver: () => undefined,
  onDragEnd: () => undefined,
  onDragCancel: () => undefined,
};

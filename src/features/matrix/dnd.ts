import {
  closestCorners,
  type CollisionDetection,
  getFirstCollision,
  KeyboardCode,
  type KeyboardCoordinateGetter,
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

const ARROWS: string[] = [KeyboardCode.Down, KeyboardCode.Right, KeyboardCode.Up, KeyboardCode.Left];

/**
 * Arrow keys during a keyboard drag: find the nearest card or empty cell in that direction
 * and move the dragged card onto it. Up and down step through a cell and on into the next.
 */
export const keyboardCoordinates: KeyboardCoordinateGetter = (event, { context }) => {
  if (!ARROWS.includes(event.code)) return undefined;
  event.preventDefault();
  const { active, droppableRects, droppableContainers, collisionRect } = context;
  if (!active || !collisionRect) return undefined;
  const candidates = droppableContainers.getEnabled().filter((entry) => {
    if (entry.id === active.id) return false;
    const rect = droppableRects.get(entry.id);
    const data = entry.data.current;
    if (!rect) return false;
    // A cell with cards is reached through its cards; only an empty cell is a target itself.
    if (isDragData(data) && data.type === 'cell' && (entry.data.current as { count?: number }).count) return false;
    switch (event.code) {
      case KeyboardCode.Down:
        return rect.top > collisionRect.top + 1;
      case KeyboardCode.Up:
        return rect.top < collisionRect.top - 1;
      case KeyboardCode.Left:
        return rect.left + rect.width <= collisionRect.left + 1;
      default:
        return rect.left >= collisionRect.left + collisionRect.width - 1;
    }
  });
  const nearest = getFirstCollision(
    closestCorners({ active, collisionRect, droppableRects, droppableContainers: candidates, pointerCoordinates: null }),
    'id',
  );
  if (nearest == null) return undefined;
  const rect = droppableRects.get(nearest);
  return rect ? { x: rect.left, y: rect.top } : undefined;
};

/** Screen-reader text comes from the board's handlers, which know titles and positions. */
export const silentAnnouncements: Announcements = {
  onDragStart: () => undefined,
  onDragOver: () => undefined,
  onDragEnd: () => undefined,
  onDragCancel: () => undefined,
};

/**
 * Keys pressed between a keyboard pick-up and dnd-kit's drag start (which comes a task later, and
 * whose key listener is attached later still) would otherwise be lost or taken as focus moves.
 * The card holds them here, in order, and the board replays them once the drag has started.
 */
export interface HeldKey {
  key: string;
  code: string;
  shiftKey: boolean;
}

export const pickUp: { factorId: string | null; held: HeldKey[]; since: number; abandoned: boolean } = {
  factorId: null,
  held: [],
  since: 0,
  abandoned: false,
};

/** Keys held longer than this without a drag starting were not a pick-up after all. */
const PICK_UP_WINDOW_MS = 5000;

export function holdingKeysFor(factorId: string, now: number): boolean {
  if (pickUp.factorId !== null && now - pickUp.since > PICK_UP_WINDOW_MS) pickUp.factorId = null;
  return pickUp.factorId === factorId;
}

const pressOn = (target: EventTarget, key: HeldKey) => target.dispatchEvent(new KeyboardEvent('keydown', { ...key, bubbles: true, cancelable: true }));

/**
 * Replays held keys on the picked-up card, one frame apart, so each lands after the layout the
 * previous one caused. If focus left the card before the drag started, the user has moved on:
 * the held keys are dropped and the drag is cancelled, so nothing moves.
 */
export function replayHeldKeys(card: () => Element | null): void {
  const keys = pickUp.held;
  const abandoned = pickUp.abandoned;
  pickUp.factorId = null;
  pickUp.held = [];
  pickUp.abandoned = false;
  if (abandoned) {
    setTimeout(() => pressOn(document, { key: 'Escape', code: 'Escape', shiftKey: false }));
    return;
  }
  const target = card;
  const next = (index: number) => {
    const key = keys[index];
    if (!key) return;
    // The card may have been remounted in its new cell; dnd-kit listens on the document anyway.
    const element = target();
    pressOn(element && document.activeElement === element ? element : document, key);
    requestAnimationFrame(() => setTimeout(() => next(index + 1)));
  };
  // After dnd-kit's own keydown listener, which it attaches in a timeout of its own.
  setTimeout(() => next(0));
}

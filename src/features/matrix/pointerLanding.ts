import { type Cell, cellKey } from '../../domain/axes';

let last: { x: number; y: number } | null = null;

/** The pointer's last position in the viewport, while the board tracks it. */
export const lastPointer = () => last;

/**
 * Follows the pointer (mouse, pen or finger). dnd-kit reports how far a drag has moved, adjusted
 * for scrolling, but the landing place is read against the cards' boxes in the viewport.
 */
export function trackPointer(): () => void {
  const onPointer = (event: PointerEvent) => (last = { x: event.clientX, y: event.clientY });
  const onTouch = (event: TouchEvent) => {
    const touch = event.touches[0];
    if (touch) last = { x: touch.clientX, y: touch.clientY };
  };
  const options = { capture: true, passive: true } as const;
  window.addEventListener('pointerdown', onPointer, options);
  window.addEventListener('pointermove', onPointer, options);
  window.addEventListener('touchmove', onTouch, options);
  return () => {
    window.removeEventListener('pointerdown', onPointer, options);
    window.removeEventListener('pointermove', onPointer, options);
    window.removeEventListener('touchmove', onTouch, options);
  };
}

/**
 * Where a card dragged by the pointer lands: before the first card whose middle is below the
 * pointer, else after the last. A cell's cards are read as they stood when the pointer came into
 * it (in the card's own cell, with the card still in its place), the way the user saw them when
 * aiming. Read from the live layout instead, the placeholder's own move shifts the cards
 * under a still pointer, and one pointer position could mean two places depending on the way it
 * came. Positions are kept relative to the cell's list, so a scrolled page or list still reads
 * right; cards mounted later (a large cell mounts those near the viewport) are read when first seen.
 */
export function createPointerLanding() {
  // The middles of the cards of the cell the pointer is in, by factor id.
  let cached: { key: string; middles: Map<string, number> } | null = null;
  return {
    /** A position in `rest` (the cell's stored order without the dragged card). */
    landing(cell: Cell, draggedId: string, rest: readonly string[], pointerY: number): number {
      const key = cellKey(cell);
      const list = document.querySelector<HTMLElement>(`section[data-cell="${key}"] .cell__list:not(.cell__list--removed)`);
      if (!list) return rest.length;
      const origin = list.getBoundingClientRect().top - list.scrollTop;
      const cards = list.querySelectorAll<HTMLElement>('[data-factor-id]');
      const middleOf = (card: HTMLElement) => {
        const box = card.getBoundingClientRect();
        return box.top + box.height / 2 - origin;
      };
      // All at once on the way in, before the placeholder comes and moves them.
      if (cached?.key !== key) cached = { key, middles: new Map([...cards].map((card) => [card.dataset.factorId!, middleOf(card)])) };
      const seen = cached.middles;
      // Positions are looked up for the answer only, not for every card on every pointer move. A
      // card not in `rest` (gone in another tab since the cell was drawn) is passed over.
      let lastAbove: string | null = null;
      for (const card of cards) {
        const id = card.dataset.factorId!;
        if (id === draggedId) continue;
        let middle = seen.get(id);
        if (middle === undefined) seen.set(id, (middle = middleOf(card)));
        if (pointerY - origin >= middle) {
          lastAbove = id;
          continue;
        }
        const index = rest.indexOf(id);
        if (index >= 0) return index;
      }
      const after = lastAbove === null ? -1 : rest.indexOf(lastAbove);
      return after < 0 ? rest.length : after + 1;
    },
    /** Forgets the layout read: a new drag reads it afresh. */
    reset() {
      cached = null;
    },
  };
}

import { type Cell, cellKey } from '../../domain/axes';

/**
 * The few places where Present mode reads the DOM: which card has the focus, and which cards a
 * cell shows. The DOM is the truth for both, because only layout knows which cards fit.
 */
export function cellElement(surface: HTMLElement | null, cell: Cell): HTMLElement | null {
  return surface?.querySelector<HTMLElement>(`[data-cell="${cellKey(cell)}"]`) ?? null;
}

/** The card that has the keyboard focus, if any: the one that + and − act on. */
export function focusedCard(surface: HTMLElement | null): HTMLElement | null {
  const active = document.activeElement;
  if (!surface || !(active instanceof HTMLElement) || !surface.contains(active)) return null;
  return active.closest<HTMLElement>('[data-factor-id]');
}

/** The cards of a cell that are on screen, in order; cards behind "+N more" are inert. */
export function shownCards(cellEl: HTMLElement): HTMLElement[] {
  return Array.from(cellEl.querySelectorAll<HTMLElement>('[data-factor-id]')).filter((card) => !card.closest('[inert]'));
}

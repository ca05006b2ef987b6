import { type RefObject, useLayoutEffect } from 'react';
import { cellElement } from './dom';
import type { ViewState } from './viewState';

/**
 * Keeps the keyboard focus where Present mode can use it: on the current cell whenever a command
 * asks (see `focusTick`), and back on it when the focused card disappeared or was hidden behind
 * "+N more" (an undo, a sort, a reveal step), since a lost focus would silence every shortcut
 * that acts on "the selected card".
 */
export function useFocusFollow(surface: RefObject<HTMLElement | null>, view: ViewState): void {
  const { focus, focusTick, overlay } = view;

  useLayoutEffect(() => {
    const cellEl = cellElement(surface.current, focus);
    if (!cellEl) return;
    const active = document.activeElement;
    // A card of the cell keeps the focus: moving within a cell is the card's business.
    if (active instanceof HTMLElement && cellEl.contains(active) && active !== cellEl && !active.closest('[inert]')) return;
    cellEl.focus();
    // The zoom follows the focus, and a reveal can move it: keep the focused cell in sight.
    cellEl.scrollIntoView?.({ block: 'nearest' });
    // Runs per request (focusTick), not per focus change: a click has already put the focus there.
  }, [focusTick]);

  // After every render: rescue a focus that fell to the page or into a hidden card.
  useLayoutEffect(() => {
    if (overlay) return;
    const active = document.activeElement;
    const lost = !active || active === document.body || Boolean(surface.current?.contains(active) && active.closest('[inert]'));
    if (lost) cellElement(surface.current, focus)?.focus({ preventScroll: true });
  });
}

import { type RefObject, useEffect, useLayoutEffect, useRef } from 'react';
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

  // The last cell or card the keyboard was on. Quick capture and the minutes field take the focus
  // and give it up by unmounting; the presenter was voting on a card, and + must still find it.
  const lastPlace = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const root = surface.current;
    if (!root) return;
    const remember = (event: FocusEvent) => {
      if (event.target instanceof HTMLElement && event.target.matches('[data-cell], [data-factor-id]')) lastPlace.current = event.target;
    };
    root.addEventListener('focusin', remember);
    return () => root.removeEventListener('focusin', remember);
  }, [surface]);

  /** The cell, or the card of it that had the focus before it fell to the page, if still shown. */
  const restoreIn = (cellEl: HTMLElement | null): HTMLElement | null => {
    const last = lastPlace.current;
    return last?.isConnected && cellEl?.contains(last) && !last.closest('[inert]') ? last : cellEl;
  };

  useLayoutEffect(() => {
    const cellEl = cellElement(surface.current, focus);
    if (!cellEl) return;
    const active = document.activeElement;
    // A card of the cell keeps the focus: moving within a cell is the card's business.
    if (active instanceof HTMLElement && cellEl.contains(active) && active !== cellEl && !active.closest('[inert]')) return;
    // Closing quick capture or the minutes field left the focus nowhere: back to where it was.
    const fellToPage = !active || active === document.body;
    (fellToPage ? restoreIn(cellEl)! : cellEl).focus();
    // The zoom follows the focus, and a reveal can move it: keep the focused cell in sight.
    cellEl.scrollIntoView?.({ block: 'nearest' });
    // Runs per request (focusTick), not per focus change: a click has already put the focus there.
  }, [focusTick]);

  // After every render: rescue a focus that fell to the page or into a hidden card.
  useLayoutEffect(() => {
    if (overlay) return;
    const active = document.activeElement;
    const lost = !active || active === document.body || Boolean(surface.current?.contains(active) && active.closest('[inert]'));
    if (!lost) return;
    // Back to that card only while it is still shown in the current cell (not undone, sorted away or zoomed out of).
    restoreIn(cellElement(surface.current, focus))?.focus({ preventScroll: true });
  });
}

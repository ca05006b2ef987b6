import { type RefObject, useLayoutEffect } from 'react';
import { fitSizeVariable, MIN_TITLE_PX } from './fitFont';

const VARIABLE = '--p-fit-title';

/**
 * Shrinks the card titles of a row or column view, never below 24 px, until every panel shows
 * all its cards without scrolling: a whole PEST row is then readable at once, with nothing
 * behind a scroll bar. Re-fits whenever the box or a list changes size (a reveal, a vote, a font).
 */
export function useFitFont(boxRef: RefObject<HTMLElement | null>, enabled: boolean, layoutKey: string): void {
  useLayoutEffect(() => {
    const box = boxRef.current;
    if (!box || !enabled) return;
    const panels = () => Array.from(box.querySelectorAll<HTMLElement>('.p-panel'));
    const fits = () => panels().every((panel) => panel.scrollHeight <= panel.clientHeight + 0.5);
    const fit = () => {
      box.style.removeProperty(VARIABLE);
      const card = box.querySelector('.card');
      // The theme's size for this screen is the most a title gets; an empty row has nothing to fit.
      fitSizeVariable(box, VARIABLE, card ? parseFloat(getComputedStyle(card).fontSize) : MIN_TITLE_PX, fits);
    };
    fit();
    // Fitting resizes the lists, which calls back once more and lands on the same size.
    const observer = new ResizeObserver(() => fit());
    observer.observe(box);
    for (const list of Array.from(box.querySelectorAll('.p-panel__list'))) observer.observe(list);
    return () => {
      observer.disconnect();
      box.style.removeProperty(VARIABLE);
    };
    // New panels mount when the row changes; within one row the observer sees every change.
  }, [boxRef, enabled, layoutKey]);
}

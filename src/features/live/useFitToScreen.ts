import { type RefObject, useLayoutEffect } from 'react';

const LARGEST_PX = 44;
/** Below this a projected title is no longer worth fitting: the page scrolls instead. */
const SMALLEST_PX = 12;

/**
 * Sizes the second screen's text to the largest whole pixel size at which the page fits the
 * window without scrolling, so a projector shows the whole room at once, as large as it can.
 * Re-fits when the window changes size and whenever `content` (the room) changes.
 */
export function useFitToScreen(pageRef: RefObject<HTMLElement | null>, content: unknown): void {
  useLayoutEffect(() => {
    const page = pageRef.current;
    if (!page) return;
    const fits = (size: number) => {
      page.style.fontSize = `${size}px`;
      const { scrollHeight, scrollWidth, clientHeight, clientWidth } = document.documentElement;
      return scrollHeight <= clientHeight && scrollWidth <= clientWidth;
    };
    const fit = () => {
      // Fitting is monotonic in the size: bigger text never takes less room.
      let [low, high] = [SMALLEST_PX, LARGEST_PX];
      while (low < high) {
        const middle = Math.ceil((low + high) / 2);
        if (fits(middle)) low = middle;
        else high = middle - 1;
      }
      page.style.fontSize = `${low}px`;
    };
    fit();
    window.addEventListener('resize', fit);
    return () => window.removeEventListener('resize', fit);
  }, [pageRef, content]);
}

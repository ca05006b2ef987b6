import { type RefObject, useLayoutEffect } from 'react';
import { fitSizeVariable } from './fitFont';

const VARIABLE = '--p-fit-head';

/**
 * Shrinks the SWOT headings inside `box` together, never below the smallest title size, until
 * none is cut off: "Сильные стороны" is wider than a column at 1280 × 720 at the theme's size.
 * Wrapping them instead took the height the cards need. English fits at once, so this costs one
 * measurement there.
 */
export function useFitHeadings(boxRef: RefObject<HTMLElement | null>, selector: string, layoutKey: string): void {
  useLayoutEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    const fit = () => {
      box.style.removeProperty(VARIABLE);
      const headings = Array.from(box.querySelectorAll<HTMLElement>(selector));
      if (headings.length === 0) return;
      const fits = () => headings.every((heading) => heading.scrollWidth <= heading.clientWidth + 0.5);
      if (fits()) return;
      fitSizeVariable(box, VARIABLE, parseFloat(getComputedStyle(headings[0]!).fontSize), fits);
    };
    fit();
    // The box's size is the screen's; a heading's size changes only the rows inside it.
    const observer = new ResizeObserver(() => fit());
    observer.observe(box);
    return () => {
      observer.disconnect();
      box.style.removeProperty(VARIABLE);
    };
  }, [boxRef, selector, layoutKey]);
}

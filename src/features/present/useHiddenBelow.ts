import { type RefObject, useLayoutEffect, useState } from 'react';
import { countBelow } from './fit';

/**
 * How many of a scrolling panel's cards are cut off or hidden below what it shows, kept up to date
 * as the panel scrolls or changes size (a new card, the web font, a new screen size).
 */
export function useHiddenBelow(panelRef: RefObject<HTMLElement | null>, listRef: RefObject<HTMLElement | null>, items: readonly unknown[]): number {
  const [below, setBelow] = useState(0);

  useLayoutEffect(() => {
    const panel = panelRef.current;
    const list = listRef.current;
    if (!panel || !list) return;
    const measure = () => {
      const box = panel.getBoundingClientRect();
      const visibleBottom = box.top + panel.clientTop + panel.clientHeight;
      setBelow(countBelow(Array.from(list.children, (item) => item.getBoundingClientRect().bottom), visibleBottom));
    };
    measure();
    panel.addEventListener('scroll', measure, { passive: true });
    const observer = new ResizeObserver(measure);
    observer.observe(panel);
    observer.observe(list);
    return () => {
      panel.removeEventListener('scroll', measure);
      observer.disconnect();
    };
  }, [panelRef, listRef, items]);

  return below;
}

import { type RefObject, useLayoutEffect, useState } from 'react';
import { fitCount } from './fit';

/**
 * How many of a list's items show whole. Items past the count stay in the layout (hidden by
 * the caller), so their height never depends on the count and measuring cannot oscillate.
 * Re-measures when the box or any item changes size, e.g. when the web font arrives.
 */
export function useFitCount(
  listRef: RefObject<HTMLElement | null>,
  moreRef: RefObject<HTMLElement | null>,
  items: readonly unknown[],
): number {
  const [fit, setFit] = useState(items.length);

  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const measure = () => {
      const top = list.getBoundingClientRect().top;
      const bottoms = Array.from(list.children, (child) => child.getBoundingClientRect().bottom - top);
      const more = moreRef.current;
      const gap = parseFloat(getComputedStyle(list).rowGap) || 0;
      const reserve = more ? more.getBoundingClientRect().height + gap : 0;
      setFit(fitCount(bottoms, list.clientHeight, reserve));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(list);
    for (const child of Array.from(list.children)) observer.observe(child);
    if (moreRef.current) observer.observe(moreRef.current);
    return () => observer.disconnect();
  }, [listRef, moreRef, items]);

  return Math.min(fit, items.length);
}

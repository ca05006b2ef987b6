import { type RefObject, useEffect, useState } from 'react';

type Listener = (near: boolean, height: number) => void;
const listeners = new WeakMap<Element, Listener>();
let observer: IntersectionObserver | null = null;
/** How far outside the viewport cards are mounted already, so that they are there when scrolled in. */
export const NEAR_MARGIN_PX = 400;

// One observer for every chunk on the page; a generous margin mounts cards before they scroll in.
function shared(): IntersectionObserver | null {
  if (typeof IntersectionObserver === 'undefined') return null;
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) listeners.get(entry.target)?.(entry.isIntersecting, entry.boundingClientRect.height);
    },
    { rootMargin: `${NEAR_MARGIN_PX}px 0px` },
  );
  return observer;
}

export interface Nearness {
  near: boolean;
  /** The element's height when it last left the viewport's margin; a placeholder keeps it so the page does not jump. */
  height: number | null;
}

/**
 * Whether the element is on screen or close to it (always, without IntersectionObserver).
 * The observer reports the height too, so nothing has to force a layout to measure it.
 */
export function useNearViewport(ref: RefObject<Element | null>, initially: boolean): Nearness {
  const [state, setState] = useState<Nearness>(() => ({
    near: initially || typeof IntersectionObserver === 'undefined',
    height: null,
  }));
  useEffect(() => {
    const element = ref.current;
    const io = shared();
    if (!element || !io) return;
    listeners.set(element, (near, reported) =>
      setState((previous) => {
        // Only a height reported on leaving is the content's; on arriving it is the placeholder's.
        const height = previous.near && !near ? reported : previous.height;
        return previous.near === near && previous.height === height ? previous : { near, height };
      }),
    );
    io.observe(element);
    return () => {
      io.unobserve(element);
      listeners.delete(element);
    };
  }, [ref]);
  return state;
}

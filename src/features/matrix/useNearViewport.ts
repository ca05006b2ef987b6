import { type RefObject, useEffect, useState } from 'react';

type Listener = (near: boolean) => void;
const listeners = new WeakMap<Element, Listener>();
let observer: IntersectionObserver | null = null;

// One observer for every chunk on the page; a generous margin mounts cards before they scroll in.
function shared(): IntersectionObserver | null {
  if (typeof IntersectionObserver === 'undefined') return null;
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) listeners.get(entry.target)?.(entry.isIntersecting);
    },
    { rootMargin: '400px 0px' },
  );
  return observer;
}

/** Whether the element is on screen or close to it. Without IntersectionObserver, always true. */
export function useNearViewport(ref: RefObject<Element | null>, initially: boolean): boolean {
  const [near, setNear] = useState(() => initially || typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    const io = shared();
    if (!element || !io) return;
    listeners.set(element, setNear);
    io.observe(element);
    return () => {
      io.unobserve(element);
      listeners.delete(element);
    };
  }, [ref]);
  return near;
}

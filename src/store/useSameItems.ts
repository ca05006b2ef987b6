import { useRef } from 'react';

/**
 * Wraps a selector that returns an array, so that it returns the previous array while the items
 * are the same, and a component re-renders only when they change. zustand's `useShallow` does the
 * same, but compares arrays through two Maps built on every store change: in a drag, with sixteen
 * cells each holding a few selectors, that allocation was a measured share of the frame.
 */
export function useSameItems<S, A extends readonly unknown[]>(selector: (state: S) => A): (state: S) => A {
  const previous = useRef<A | null>(null);
  return (state) => {
    const next = selector(state);
    const last = previous.current;
    if (last && sameItems(last, next)) return last;
    previous.current = next;
    return next;
  };
}

function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

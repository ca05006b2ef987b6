import { useSyncExternalStore } from 'react';

/** Below this width the grid gives way to one cell at a time, made for touch. */
const NARROW = '(max-width: 699.98px)';

const query = typeof window === 'undefined' || !window.matchMedia ? null : window.matchMedia(NARROW);
const subscribe = (onChange: () => void) => {
  query?.addEventListener('change', onChange);
  return () => query?.removeEventListener('change', onChange);
};

export const isNarrow = (): boolean => query?.matches ?? false;

export function useNarrow(): boolean {
  return useSyncExternalStore(subscribe, isNarrow, () => false);
}

import { useSyncExternalStore } from 'react';
import { NARROW_QUERY } from '../../app/firstScreen/keys';

const query = typeof window === 'undefined' || !window.matchMedia ? null : window.matchMedia(NARROW_QUERY);

// Every card asks, so the answer is kept here and one listener follows the query: reading
// `matches` during a render can make the browser bring its style up to date first.
let narrow = query?.matches ?? false;
const listeners = new Set<() => void>();
query?.addEventListener('change', (event) => {
  narrow = event.matches;
  for (const listener of listeners) listener();
});

const subscribe = (onChange: () => void) => {
  listeners.add(onChange);
  return () => listeners.delete(onChange);
};

export const isNarrow = (): boolean => narrow;

export function useNarrow(): boolean {
  return useSyncExternalStore(subscribe, isNarrow, () => false);
}

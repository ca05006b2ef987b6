import type { StoreApi } from 'zustand';

type Listener<T> = (state: T, previous: T) => void;

export interface HeldNotifications {
  /** From now until `release`, changes to the store notify no one. */
  hold(): void;
  /** Notifies once, of every change made while held, with the state from before the first. */
  release(): void;
}

/**
 * Lets a store take several changes for one notification. A document transaction ends in several
 * updates of the store (the content, the undo history, the save status), and every update runs
 * every subscribed component's selector: at 100 factors, a few hundred of them. The state itself
 * changes at once, as before; only telling the subscribers waits. Holds nest.
 */
export function holdableNotifications<T>(store: StoreApi<T>): HeldNotifications {
  const listeners = new Set<Listener<T>>();
  let depth = 0;
  let changed = false;
  let before: T = store.getState();
  store.subscribe((state, previous) => {
    if (depth === 0) return listeners.forEach((listener) => listener(state, previous));
    if (!changed) before = previous;
    changed = true;
  });
  store.subscribe = (listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  const release = () => {
    if (depth === 0 || --depth > 0 || !changed) return;
    changed = false;
    const state = store.getState();
    if (!Object.is(state, before)) listeners.forEach((listener) => listener(state, before));
  };
  return {
    hold() {
      // Never past the current task, whatever happens to the code that was to release it.
      if (depth++ === 0) {
        queueMicrotask(() => {
          while (depth > 0) release();
        });
      }
    },
    release,
  };
}

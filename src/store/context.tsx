import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { useStore } from 'zustand';
import { createActions, type Actions } from './actions';
import type { AppState, AppStore } from './appStore';

const StoreContext = createContext<AppStore | null>(null);

export function StoreProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function useAppStore(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('outside <StoreProvider>');
  return store;
}

/** Subscribes to one narrow slice; the component re-renders only when that slice changes. */
export function useApp<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStore(), selector);
}

/** Actions from a module loaded with the view that offers them (strategy, evidence, scenario dialogs). */
export function useBoundActions<T>(create: (store: AppStore) => T): T {
  const store = useAppStore();
  return useMemo(() => create(store), [store, create]);
}

export function useActions(): Actions {
  const store = useAppStore();
  return useMemo(() => createActions(store), [store]);
}

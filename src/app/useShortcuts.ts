import { useEffect } from 'react';
import type { AppStore } from '../store/appStore';

/** True while the user types into a field, where keys belong to the field (and its own undo). */
export function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  if (!element || !element.tagName) return false;
  return element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName);
}

/** Shortcuts that work anywhere in the editor. */
export function useEditorShortcuts(store: AppStore, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || isTyping(event.target) || store.getState().drag) return;
      const mod = event.ctrlKey || event.metaKey;
      // On a layout without Latin letters (Russian, Kazakh), the Latin letter on the same key.
      const key = /^\p{L}$/u.test(event.key) && !/^[a-z]$/i.test(event.key) && event.code.startsWith('Key') ? event.code.slice(3).toLowerCase() : event.key.toLowerCase();
      if (mod && key === 'z') {
        event.preventDefault();
        if (event.shiftKey) store.getState().redo();
        else store.getState().undo();
      } else if (mod && key === 'y') {
        event.preventDefault();
        store.getState().redo();
      } else if (!mod && !event.altKey && key === 'p') {
        event.preventDefault();
        store.getState().setMode('present');
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store, enabled]);
}

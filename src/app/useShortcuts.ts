import { useEffect } from 'react';
import type { AppStore } from '../store/appStore';
import { shortcutKey } from '../ui/shortcutKey';

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
      const key = shortcutKey(event.key, event.code);
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

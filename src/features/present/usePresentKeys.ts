import { useEffect, useLayoutEffect, useRef } from 'react';
import { type Command, commandFor } from './keymap';

/** True while the user types into a field: there the keys, and the field's own undo, belong to it. */
export function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  if (!element?.tagName) return false;
  return element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName);
}

/** Enter and Space press a focused button; they must not also run a shortcut. */
function pressesControl(event: KeyboardEvent): boolean {
  if (event.key !== 'Enter' && event.key !== ' ') return false;
  const element = event.target as HTMLElement | null;
  return Boolean(element?.closest?.('button, a[href], summary, [role="button"]'));
}

/**
 * Sends the keys of the keymap to `run` while Present mode is open. A key `run` turns down (an
 * open dialog ignores it) keeps its default, so ↑ ↓ scroll the dialog instead of doing nothing.
 */
export function usePresentKeys(run: (command: Command) => boolean, revealing: boolean): void {
  const latest = useRef({ run, revealing });
  useLayoutEffect(() => {
    latest.current = { run, revealing };
  });

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.isComposing || isTyping(event.target) || pressesControl(event)) return;
      const command = commandFor(event, { revealing: latest.current.revealing });
      if (command && latest.current.run(command)) event.preventDefault();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

import type { KeyboardEvent } from 'react';

/**
 * The WAI-ARIA menu keys for an open menu: arrows, Home and End move between its items (wrapping),
 * Escape and Tab close it. Keys it does not handle are left to the page.
 */
export function onMenuKeyDown(event: KeyboardEvent<HTMLElement>, close: () => void): void {
  const items = Array.from(event.currentTarget.querySelectorAll<HTMLElement>('[role=menuitem]'));
  const at = items.indexOf(document.activeElement as HTMLElement);
  const move = (to: number) => items[(to + items.length) % items.length]?.focus();
  if (event.key === 'ArrowDown') move(at + 1);
  else if (event.key === 'ArrowUp') move(at - 1);
  else if (event.key === 'Home') move(0);
  else if (event.key === 'End') move(items.length - 1);
  else if (event.key === 'Escape' || event.key === 'Tab') close();
  else return;
  event.preventDefault();
}

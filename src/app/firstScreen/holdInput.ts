import { shownAs, withModifier } from './heldEvent';
import { APP_SHOWN_EVENT, type AppShown, type HeldEvent } from './keys';

/** Keys the browser acts on without the page (reload, find, history) stay the browser's. */
const leftToBrowser = (event: KeyboardEvent) => withModifier(event) || /^F\d+$/.test(event.key);

/**
 * The innermost element drawn at a point, found by its box: the copy is inert, and the browser
 * finds nothing in an inert element at a point.
 */
function drawnAt(win: Window, x: number, y: number): Element | null {
  let found: Element | null = win.document.elementFromPoint(x, y);
  for (const element of win.document.querySelectorAll('[data-first-screen] *')) {
    const box = element.getBoundingClientRect();
    if (x >= box.left && x < box.right && y >= box.top && y < box.bottom && win.getComputedStyle(element).pointerEvents !== 'none') found = element;
  }
  return found;
}

/**
 * Keeps the clicks and keys made while the first screen's copy is shown, and keeps the app from
 * seeing any more until it has carried out those (replayInput.ts) and releases them: a key is never
 * applied out of its turn. Pressing a pointer does nothing meanwhile; the click that follows it is
 * what is kept.
 */
export function holdInputWhileShown(win: Window): void {
  const events: HeldEvent[] = [];
  const hold = (event: Event) => {
    // The replay's own clicks and keys pass.
    if (!event.isTrusted) return;
    event.stopImmediatePropagation();
    if (event instanceof KeyboardEvent) {
      const { key, code, shiftKey, ctrlKey, altKey, metaKey } = event;
      events.push({ key: { key, code, shiftKey, ctrlKey, altKey, metaKey } });
      // Space would scroll the page, and so on: what a key does is the app's to decide, later.
      if (!leftToBrowser(event)) event.preventDefault();
    } else if (event.type === 'click') {
      const { clientX: x, clientY: y } = event as MouseEvent;
      events.push({ click: { x, y, shown: shownAs(drawnAt(win, x, y)) } });
    } else {
      event.preventDefault();
    }
  };
  const types = ['pointerdown', 'mousedown', 'click', 'keydown'];
  for (const type of types) win.addEventListener(type, hold, true);
  const release = () => {
    for (const type of types) win.removeEventListener(type, hold, true);
  };
  win.addEventListener(APP_SHOWN_EVENT, (event) => ((event as CustomEvent<AppShown>).detail.held = { events, release }), { once: true });
}

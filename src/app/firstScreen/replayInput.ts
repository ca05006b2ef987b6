/**
 * Clicks and keys that arrive while the first screen's copy is shown are kept (holdInput.ts) and
 * carried out on the app once it has replaced the copy, in the order they came: a click on the
 * spot it was made (the app draws its matrix where the copy did), a key on what has the focus.
 *
 * A click is carried out only if the app draws there what the copy showed; otherwise the replay
 * ends, as it does at a key whose action cannot be redone faithfully.
 *
 * A key is replayed as a keydown the app's own handlers see; where the app leaves it to the
 * browser, the browser's action is redone here for the few keys that have one worth redoing
 * (typing into a field, Enter and Space on a control). A key whose action cannot be redone
 * faithfully, Tab above all, ends the replay there: the keys after it were meant for another
 * place, and a key applied to the wrong place is worse than one not applied.
 */
import { shownAs, withModifier } from './heldEvent';
import type { HeldInput } from './keys';

export const HELD_INPUT_DONE = 'held-input-done';

const CONTROL = 'button, a[href], input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
const TYPED_INTO = 'textarea, input:not([type=checkbox], [type=radio], [type=button], [type=submit], [type=reset], [type=file])';
/** What Enter and Space press when the app leaves the key to the browser. */
const PRESSED_BY: Record<string, string> = {
  Enter: 'button, a[href], summary, input[type=button], input[type=submit]',
  ' ': 'button, summary, input[type=checkbox], input[type=radio], input[type=button], input[type=submit]',
};

/** Carries out the input held on the copy, and what comes while it does, then lets input through. */
export async function replayHeldInput(win: Window, held: HeldInput): Promise<void> {
  try {
    // The list grows while this runs: input keeps being held until it is released.
    for (const input of held.events) {
      const carriedOut = 'click' in input ? click(win.document, input.click) : press(win, input.key);
      if (!carriedOut) break;
      // Each step's result (a field opened and focused, say) is there before the next step.
      await new Promise((done) => win.setTimeout(done));
    }
  } finally {
    // Whatever happened, the page must never stay deaf to input.
    held.release();
  }
  // Tests wait for this before they look at what the held input did.
  performance.mark(HELD_INPUT_DONE);
}

function click(document: Document, { x, y, shown }: { x: number; y: number; shown: string }): boolean {
  const drawn = document.elementFromPoint(x, y);
  // The app draws something else there (a message above the matrix moved it, say): the click,
  // and the keys after it, were meant for what the copy showed.
  if (shownAs(drawn) !== shown) return false;
  const control = drawn?.closest<HTMLElement>(CONTROL);
  if (!control) return true;
  control.focus();
  if (!control.matches(TYPED_INTO) && control.localName !== 'select') control.click();
  return true;
}

function press(win: Window, key: KeyboardEventInit & { key: string }): boolean {
  const { document } = win;
  const target = (document.activeElement ?? document.body) as HTMLElement;
  const unhandled = target.dispatchEvent(new KeyboardEvent('keydown', { ...key, bubbles: true, cancelable: true, composed: true }));
  if (!unhandled) return true;
  const typing = target.matches(TYPED_INTO);
  if (typing && key.key.length === 1 && !withModifier(key)) return document.execCommand('insertText', false, key.key);
  if (typing && key.key === 'Backspace' && !withModifier(key)) return document.execCommand('delete');
  const form = target.localName === 'input' ? target.closest('form') : null;
  if (key.key === 'Enter' && typing && form) {
    form.requestSubmit();
    return true;
  }
  if (key.key === 'Enter' && typing && target.localName === 'textarea') return document.execCommand('insertLineBreak');
  const pressed = PRESSED_BY[key.key];
  if (pressed && target.matches(pressed)) {
    target.click();
    return true;
  }
  // In a field, any other key moved the caret or edited; elsewhere Tab moved the focus and Escape
  // closed a dialog. A key that would only have scrolled the page is simply not redone.
  return !typing && key.key !== 'Tab' && !(key.key === 'Escape' && target.closest('dialog[open]'));
}

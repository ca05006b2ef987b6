import { useEffect } from 'react';
import { sameCell } from '../../domain/axes';
import { text } from '../../i18n/core';
import { appText } from '../../i18n/en/app';
import type { Actions } from '../../store/actions';
import type { AppStore } from '../../store/appStore';
import { dragOutcome, keyboardLanding } from './dragOutcome';
import { focusWhereDropped, keyboardFocus } from './keyboardDrag';

/**
 * The keyboard half of drag and drop, after the WAI-ARIA pattern: a card picked up with Space
 * moves with the arrows, Space or Enter drops it, Escape puts it back exactly. One listener on
 * the document, in the capture phase, reads the drag from the store as each key arrives, so
 * keys however fast are applied in order, and a key outside a drag is never taken for one.
 */
export function useKeyboardDrag(store: AppStore, actions: Actions): void {
  useEffect(() => {
    const state = () => store.getState();
    const { titleOf, where, drop, cancel } = dragOutcome(store, actions);

    function onKeyDown(event: KeyboardEvent) {
      const drag = state().drag;
      if (!drag?.keyboard) return;
      if (['Shift', 'Control', 'Alt', 'Meta'].includes(event.key)) return;
      const { factorId } = drag;
      // Tab puts the card back and goes on to where it leads; every other key belongs to the drag
      // while it lasts, and none reaches a shortcut or a field.
      if (event.key !== 'Tab') {
        event.preventDefault();
        event.stopPropagation();
      }
      const dropping = event.key === ' ' || event.key === 'Enter';
      if (dropping || event.key === 'Escape' || event.key === 'Tab') {
        if (dropping && event.repeat) return;
        (dropping ? drop : cancel)(drag);
        focusWhereDropped(factorId);
        return;
      }
      const next = keyboardLanding(state(), drag, event.key);
      if (!next) return;
      keyboardFocus.factorId = factorId;
      state().together(() => {
        state().setDrag({ ...drag, cell: next.cell, index: next.index });
        state().announce(text(appText).matrix.over({ title: titleOf(factorId), where: where(next.cell, factorId) }));
      });
      // Within a cell the card's node only moves, and nothing scrolls it into view as its focus
      // does when it changes cell: a long cell would carry it off screen. Only while the drag
      // lasts: a scroll after a drop or Escape would move the page under the user's next click.
      if (sameCell(next.cell, drag.cell)) {
        requestAnimationFrame(() => {
          if (state().drag?.factorId === factorId) document.querySelector(`[data-factor-id="${CSS.escape(factorId)}"]`)?.scrollIntoView({ block: 'nearest' });
        });
      }
    }
    document.addEventListener('keydown', onKeyDown, true);
    return () => document.removeEventListener('keydown', onKeyDown, true);
  }, [store, actions]);
}

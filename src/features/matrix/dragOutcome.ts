import { type Cell, sameCell } from '../../domain/axes';
import { cellLabel } from '../../i18n/axes';
import { text } from '../../i18n/core';
import { appText } from '../../i18n/en/app';
import type { Actions } from '../../store/actions';
import type { AppState, AppStore } from '../../store/appStore';
import { selectCellIds, selectFactor, selectStoredCellIds } from '../../store/selectors';
import type { DragPreview } from '../../store/types';
import { type Landing, stepLanding } from './keyboardDrag';

/** Where one arrow key takes a card picked up from the keyboard, counting each cell without it; null when nowhere. */
export function keyboardLanding(state: AppState, drag: DragPreview, key: string): Landing | null {
  const size = (cell: Cell) => selectStoredCellIds(state, cell).filter((id) => id !== drag.factorId).length;
  return stepLanding({ cell: drag.cell, index: drag.index }, key, size);
}

/** What the pointer's drag and the keyboard's share: how a drag is put into words, and how it ends. */
export function dragOutcome(store: AppStore, actions: Actions) {
  const titleOf = (factorId: string) => selectFactor(store.getState(), factorId)?.title ?? text(appText).matrix.factorFallback;
  /** Where the card shows now, "<cell>, position n of m". */
  const where = (cell: Cell, factorId: string) => {
    const ids = selectCellIds(store.getState(), cell);
    return text(appText).matrix.position({ cell: cellLabel(cell), position: ids.indexOf(factorId) + 1, total: ids.length });
  };
  return {
    titleOf,
    where,
    /** Lands the card where the drag shows it, as one move (none if it is back where it was). */
    drop(drag: DragPreview) {
      const stored = selectStoredCellIds(store.getState(), drag.origin).indexOf(drag.factorId);
      const unchanged = sameCell(drag.cell, drag.origin) && drag.index === stored;
      store.getState().together(() => {
        // The move lands first, so the card never shows back in its old place between the two.
        const moved = unchanged || actions.moveFactor(drag.factorId, drag.cell, drag.index);
        store.getState().setDrag(null);
        if (moved) store.getState().announce(text(appText).matrix.moved({ title: titleOf(drag.factorId), where: where(drag.cell, drag.factorId) }));
      });
    },
    /** Puts the card back exactly where it was. */
    cancel(drag: DragPreview) {
      store.getState().together(() => {
        store.getState().setDrag(null);
        store.getState().announce(text(appText).matrix.cancelled({ title: titleOf(drag.factorId), where: where(drag.origin, drag.factorId) }));
      });
    },
  };
}

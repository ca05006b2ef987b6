import { type KeyboardEvent, type MouseEvent, memo, type TouchEvent, useCallback, useId, useLayoutEffect, useRef } from 'react';
import type { Cell } from '../../domain/axes';
import { useActions, useApp, useAppStore } from '../../store/context';
import { useSameItems } from '../../store/useSameItems';
import { moveCardFocus } from './focusNavigation';
import { selectActiveScenario, selectCellIds, selectDiffMarks, selectFactor } from '../../store/selectors';
import { cellLabel } from '../../i18n/axes';
import { text } from '../../i18n/core';
import { appText } from '../../i18n/en/app';
import { useDragSource } from './DragSource';
import { keyboardFocus } from './keyboardDrag';
import { FactorCard } from './FactorCard';
import { preloadable } from '../../app/preloadable';
import { useNarrow } from '../narrow/useNarrow';

// A card's "Move to…" button on a phone. If its code cannot be fetched the card goes without it (a
// long press still drags the card) rather than every card repeating the same failure message.
const MoveToMenu = preloadable(
  () => import('../narrow/MoveToMenu').then((m) => m.MoveToMenu),
  undefined,
  () => null,
);

/** After a delete, keyboard focus moves to the next card of the cell (or the previous one), not to the page. */
function focusNeighbour(card: HTMLElement) {
  const item = card.closest('[role=listitem]');
  const next = (item?.nextElementSibling ?? item?.previousElementSibling)?.querySelector<HTMLElement>('[data-factor-id]');
  next?.focus();
}

interface DraggableFactorProps {
  factorId: string;
  cell: Cell;
  topVoted?: boolean;
  onOpen(factorId: string): void;
}

/**
 * A card in the grid, with what makes it movable: a press hands it to the matrix's one dnd-kit
 * draggable (MatrixDragSource) for a pointer or touch drag, and Space picks it up for the board's
 * own keyboard drag.
 */
export const DraggableFactor = memo(function DraggableFactor({ factorId, cell, topVoted = false, onOpen }: DraggableFactorProps) {
  // One subscription for everything the card shows.
  const [factor, selected, mark, picked, threshold, dragged, lifted] = useApp(
    useSameItems((state) => [
      selectFactor(state, factorId),
      state.selectedFactorId === factorId,
      selectDiffMarks(state)?.get(factorId),
      state.picked.includes(factorId),
      selectActiveScenario(state).significanceThreshold,
      state.drag?.factorId === factorId,
      state.drag?.keyboard === true && state.drag.factorId === factorId,
    ] as const),
  );
  const source = useDragSource();
  const actions = useActions();
  const store = useAppStore();
  const narrow = useNarrow();
  const node = useRef<HTMLDivElement | null>(null);
  // A card moved from the keyboard is remounted in each cell it passes; the focus goes with it.
  useLayoutEffect(() => {
    if (keyboardFocus.factorId !== factorId || !node.current) return;
    if (document.activeElement !== node.current) node.current.focus();
    if (!store.getState().drag) keyboardFocus.factorId = null;
  });

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      // Space picks the card up. The move is ours, not dnd-kit's: it touches this card and the
      // two cells concerned, and the board's key handler applies every later key in order.
      if (event.key === ' ' && !event.repeat && !store.getState().drag) {
        event.preventDefault();
        const state = store.getState();
        const index = selectCellIds(state, cell).indexOf(factorId);
        keyboardFocus.factorId = factorId;
        const where = text(appText).matrix.position({ cell: cellLabel(cell), position: index + 1, total: selectCellIds(state, cell).length });
        state.together(() => {
          state.setDrag({ factorId, origin: cell, cell, index, keyboard: true });
          state.select(factorId);
          state.announce(text(appText).matrix.pickedUp({ title: factor?.title ?? text(appText).matrix.factorFallback, where }));
        });
        return;
      }
      if (event.key === 'Enter' && !event.repeat) {
        event.preventDefault();
        if (event.shiftKey) store.getState().togglePicked(factorId);
        else onOpen(factorId);
        return;
      }
      if (event.key.startsWith('Arrow') && !store.getState().drag) {
        if (moveCardFocus(event.currentTarget, event.key)) event.preventDefault();
        return;
      }
      if (event.key === 'Delete' || event.key === 'Backspace') {
        event.preventDefault();
        focusNeighbour(event.currentTarget);
        actions.removeFactor(factorId);
      }
    },
    [onOpen, factorId, actions, store, cell, factor?.title],
  );

  // Stable props let the memoised card skip rendering when only the selection or the drag changes.
  const cardId = useId();
  const onFocus = useCallback(() => store.getState().select(factorId), [store, factorId]);
  const onClick = useCallback(
    (event: MouseEvent<HTMLDivElement>) => {
      // Ctrl+click (⌘+click) picks cards to make a strategy from, as it adds to a selection elsewhere.
      if (event.ctrlKey || event.metaKey) store.getState().togglePicked(factorId);
      else onOpen(factorId);
    },
    [onOpen, factorId, store],
  );
  const onPress = useCallback((event: MouseEvent<HTMLDivElement> | TouchEvent<HTMLDivElement>) => source.press(event, factorId, cell), [source, factorId, cell]);

  if (!factor) return null;
  return (
    // The list item is named by its card, so that it reads as the factor: its title first.
    <div role="listitem" className="cell__item" aria-labelledby={cardId}>
      <FactorCard
        id={cardId}
        ref={node}
        factor={factor}
        mark={mark}
        dragging={dragged}
        selected={selected}
        topVoted={topVoted}
        picked={picked}
        {...(threshold !== undefined ? { significanceThreshold: threshold } : {})}
        role="button"
        tabIndex={0}
        aria-roledescription={text(appText).matrix.cardRole}
        aria-describedby={source.describedBy}
        aria-pressed={dragged}
        onMouseDown={onPress}
        onTouchStart={onPress}
        className={lifted ? 'card--lifted' : undefined}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
        onClick={onClick}
        data-factor-id={factorId}
      />
      {narrow && <MoveToMenu factorId={factorId} cell={cell} />}
    </div>
  );
});

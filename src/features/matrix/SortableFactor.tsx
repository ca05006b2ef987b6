import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { type KeyboardEvent, lazy, type MouseEvent, memo, Suspense, useCallback, useMemo } from 'react';
import type { Cell } from '../../domain/axes';
import { useActions, useApp, useAppStore } from '../../store/context';
import { moveCardFocus } from './focusNavigation';
import { selectActiveScenario, selectDiffMarks, selectFactor } from '../../store/selectors';
import { type DragData, holdingKeysFor, pickUp } from './dnd';
import { FactorCard } from './FactorCard';
import { useNarrow } from '../narrow/useNarrow';

const MoveToMenu = lazy(() => import('../narrow/MoveToMenu').then((m) => ({ default: m.MoveToMenu })));

/** After a delete, keyboard focus moves to the next card of the cell (or the previous one), not to the page. */
function focusNeighbour(card: HTMLElement) {
  const item = card.closest('[role=listitem]');
  const next = (item?.nextElementSibling ?? item?.previousElementSibling)?.querySelector<HTMLElement>('[data-factor-id]');
  next?.focus();
}

interface SortableFactorProps {
  factorId: string;
  cell: Cell;
  topVoted?: boolean;
  onOpen(factorId: string): void;
}

/** The thin layer that makes a card draggable; it holds the sortable hook and nothing else. */
export const SortableFactor = memo(function SortableFactor({ factorId, cell, topVoted = false, onOpen }: SortableFactorProps) {
  const factor = useApp((state) => selectFactor(state, factorId));
  const selected = useApp((state) => state.selectedFactorId === factorId);
  const mark = useApp((state) => selectDiffMarks(state)?.get(factorId));
  const picked = useApp((state) => state.picked.includes(factorId));
  const threshold = useApp((state) => selectActiveScenario(state).significanceThreshold);
  const select = useApp((state) => state.select);
  const actions = useActions();
  const store = useAppStore();
  const narrow = useNarrow();
  const data: DragData = { type: 'factor', factorId, cell };
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id: factorId, data });

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      // Between Space and the drag's start, every key is held, in order, for the board to replay.
      if (holdingKeysFor(factorId, event.timeStamp) && !store.getState().drag) {
        pickUp.held.push({ key: event.key, code: event.code, shiftKey: event.shiftKey });
        event.preventDefault();
        event.stopPropagation();
        return;
      }
      if (event.code === 'Space' && !event.repeat && !store.getState().drag) {
        pickUp.factorId = factorId;
        pickUp.held = [];
        pickUp.abandoned = false;
        pickUp.since = event.timeStamp;
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
        return;
      }
      listeners?.onKeyDown?.(event);
    },
    [listeners, onOpen, factorId, actions, store],
  );

  // Stable props let the memoised card skip rendering when a drag elsewhere re-renders this hook.
  const translate = CSS.Translate.toString(transform);
  const style = useMemo(() => ({ transform: translate, transition }), [translate, transition]);
  const onFocus = useCallback(() => select(factorId), [select, factorId]);
  // Leaving a card just picked up, before its drag has started, abandons the pick-up.
  const onBlur = useCallback(() => {
    if (pickUp.factorId === factorId) pickUp.abandoned = true;
  }, [factorId]);
  const onClick = useCallback(
    (event: MouseEvent<HTMLDivElement>) => {
      // Ctrl+click (⌘+click) picks cards to make a strategy from, as it adds to a selection elsewhere.
      if (event.ctrlKey || event.metaKey) store.getState().togglePicked(factorId);
      else onOpen(factorId);
    },
    [onOpen, factorId, store],
  );

  if (!factor) return null;
  return (
    <div role="listitem" className="cell__item">
      <FactorCard
        ref={setNodeRef}
        factor={factor}
        mark={mark}
        dragging={isDragging}
        selected={selected}
        topVoted={topVoted}
        picked={picked}
        {...(threshold !== undefined ? { significanceThreshold: threshold } : {})}
        style={style}
        {...attributes}
        {...listeners}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
        onBlur={onBlur}
        onClick={onClick}
        data-factor-id={factorId}
      />
      {narrow && (
        <Suspense fallback={null}>
          <MoveToMenu factorId={factorId} cell={cell} />
        </Suspense>
      )}
    </div>
  );
});

import {
  DndContext,
  type DragEndEvent,
  type DragOverEvent,
  DragOverlay,
  type DragStartEvent,
  type UniqueIdentifier,
  MouseSensor,
  TouchSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { arrayMove } from '@dnd-kit/sortable';
import { Fragment, lazy, Suspense, useCallback, useEffect, useRef } from 'react';
import { ALL_CELLS, type Cell, cellKey, isInternal, PEST, sameCell, SWOT, SWOT_MARKS } from '../../domain/axes';
import { useActions, useApp, useAppStore } from '../../store/context';
import { selectActiveScenario, selectCellIds, selectFactor } from '../../store/selectors';
import type { DragPreview } from '../../store/types';
import { collisionDetection, isDragData, silentAnnouncements } from './dnd';
import { useKeyboardDrag } from './useKeyboardDrag';
import { useDensity } from '../density/density';
import { useNarrow } from '../narrow/useNarrow';
import { FactorCard } from './FactorCard';
import { MatrixCell } from './MatrixCell';
import './matrix.css';
import { cellLabel, pestLabel, swotLabel } from '../../i18n/axes';
import { text } from '../../i18n/core';
import { appText } from '../../i18n/en/app';
import { axesText } from '../../i18n/en/axes';

// Phones get their own layout, fetched only when the screen is narrow.
const NarrowMatrix = lazy(() => import('../narrow/NarrowMatrix').then((m) => ({ default: m.NarrowMatrix })));

function DragPreviewCard() {
  const factor = useApp((state) => (state.drag ? selectFactor(state, state.drag.factorId) : undefined));
  return factor ? <FactorCard factor={factor} overlay /> : null;
}

export function MatrixBoard() {
  const store = useAppStore();
  const actions = useActions();
  const setEditing = useApp((state) => state.setEditing);
  const scenarioName = useApp((state) => selectActiveScenario(state).name);
  const density = useDensity((state) => state.density);
  const lowConfidenceOnly = useApp((state) => state.lowConfidenceOnly);
  const narrow = useNarrow();
  const S = { ...text(appText), ...text(axesText) };
  // Another scenario is another document: show it from the top, as the user expects. Done as the
  // store changes, before React renders the new matrix: layout is still clean then, so reading the
  // scroll position costs nothing (in an effect it forced a layout of the new matrix, 47 ms).
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        if (state.workspace.activeScenarioId !== previous.workspace.activeScenarioId && window.scrollY > 0) window.scrollTo({ top: 0 });
      }),
    [store],
  );
  // A drag must never outlive the user's attention: if focus goes to a field or a button, the drag
  // is cancelled (as Escape would), so an Enter typed there can never drop a card somewhere.
  useEffect(() => {
    const onFocusIn = (event: FocusEvent) => {
      const target = event.target as Element | null;
      if (!store.getState().drag || target?.closest?.('[data-factor-id]')) return;
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', code: 'Escape', bubbles: true, cancelable: true }));
    };
    document.addEventListener('focusin', onFocusIn);
    return () => document.removeEventListener('focusin', onFocusIn);
  }, [store]);
  // Announce a new landing place only, not every pointer event that finds the same one.
  const lastLanding = useRef('');
  const onOpen = useCallback((factorId: string) => setEditing(factorId), [setEditing]);

  // Pointer and touch go through dnd-kit; the keyboard's drag is the board's own (useKeyboardDrag).
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 180, tolerance: 8 } }),
  );
  useKeyboardDrag(store, actions);

  const where = (cell: Cell, factorId: string) => {
    const ids = selectCellIds(store.getState(), cell);
    return text(appText).matrix.position({ cell: cellLabel(cell), position: ids.indexOf(factorId) + 1, total: ids.length });
  };
  const titleOf = (factorId: string) => selectFactor(store.getState(), factorId)?.title ?? text(appText).matrix.factorFallback;

  /** Where the card lands if dropped now: over a card of its cell it takes that card's place, as shown. */
  const landingIndex = (drag: DragPreview, overId: UniqueIdentifier | null, overData: unknown): number => {
    const ids = selectCellIds(store.getState(), drag.cell);
    const from = ids.indexOf(drag.factorId);
    if (overId === null || !isDragData(overData) || overData.type !== 'factor' || !sameCell(overData.cell, drag.cell)) return from;
    const to = ids.indexOf(String(overId));
    return to < 0 ? from : arrayMove(ids, from, to).indexOf(drag.factorId);
  };

  function onDragStart({ active }: DragStartEvent) {
    const data = active.data.current;
    if (!isDragData(data) || data.type !== 'factor') return;
    const factorId = String(active.id);
    const index = selectCellIds(store.getState(), data.cell).indexOf(factorId);
    store.getState().setDrag({ factorId, origin: data.cell, cell: data.cell, index });
    lastLanding.current = `${cellKey(data.cell)}#${index}`;
    store.getState().select(factorId);
    store.getState().announce(text(appText).matrix.pickedUp({ title: titleOf(factorId), where: where(data.cell, factorId) }));
  }

  function onDragOver({ active, over }: DragOverEvent) {
    let drag = store.getState().drag;
    const data = over?.data.current;
    if (!drag || !over || !isDragData(data)) return;
    const target = data.cell;
    if (!sameCell(target, drag.cell)) {
      // Crossing into another cell changes the layout; within a cell dnd-kit's transforms show the order.
      const ids = selectCellIds(store.getState(), target).filter((id) => id !== drag!.factorId);
      let index = ids.length;
      if (data.type === 'factor') {
        const overIndex = ids.indexOf(String(over.id));
        const dragged = active.rect.current.translated;
        const below = dragged ? dragged.top + dragged.height / 2 > over.rect.top + over.rect.height / 2 : false;
        index = overIndex < 0 ? ids.length : overIndex + (below ? 1 : 0);
      }
      drag = { ...drag, cell: target, index };
      store.getState().setDrag(drag);
    }
    const index = landingIndex(drag, over.id, data);
    const landing = `${cellKey(drag.cell)}#${index}`;
    if (landing === lastLanding.current) return;
    lastLanding.current = landing;
    const count = selectCellIds(store.getState(), drag.cell).length;
    const landingPlace = text(appText).matrix.position({ cell: cellLabel(drag.cell), position: index + 1, total: count });
    store.getState().announce(text(appText).matrix.over({ title: titleOf(drag.factorId), where: landingPlace }));
  }

  function onDragEnd({ over }: DragEndEvent) {
    const drag = store.getState().drag;
    if (!drag) return;
    const index = landingIndex(drag, over?.id ?? null, over?.data.current);
    store.getState().setDrag(null);
    const originIds = selectCellIds(store.getState(), drag.origin);
    const unchanged = sameCell(drag.cell, drag.origin) && originIds.indexOf(drag.factorId) === index;
    if (!unchanged && !actions.moveFactor(drag.factorId, drag.cell, index)) return;
    store.getState().announce(text(appText).matrix.moved({ title: titleOf(drag.factorId), where: where(drag.cell, drag.factorId) }));
  }

  function onDragCancel() {
    const drag = store.getState().drag;
    store.getState().setDrag(null);
    if (drag) store.getState().announce(text(appText).matrix.cancelled({ title: titleOf(drag.factorId), where: where(drag.origin, drag.factorId) }));
  }

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisionDetection}
      onDragStart={onDragStart}
      onDragOver={onDragOver}
      onDragEnd={onDragEnd}
      onDragCancel={onDragCancel}
      accessibility={{ announcements: silentAnnouncements, screenReaderInstructions: { draggable: S.matrix.instructions } }}
    >
      {narrow ? (
        <Suspense fallback={null}>
          <NarrowMatrix onOpen={onOpen} />
        </Suspense>
      ) : (
        <div className={`matrix matrix--${density}${lowConfidenceOnly ? ' matrix--low-confidence-only' : ''}`} role="group" aria-label={S.matrix.label({ name: scenarioName })}>
          <div className="matrix__corner" aria-hidden="true" />
          <div className="matrix__group matrix__group--internal" aria-hidden="true">
            {S.internal}
          </div>
          <div className="matrix__group matrix__group--external" aria-hidden="true">
            {S.external}
          </div>
          <div className="matrix__corner" aria-hidden="true" />
          {SWOT.map((swot) => (
            <div key={swot} className={`matrix__col-header matrix__col-header--${swot}`} data-internal={isInternal(swot)}>
              <span className="swot-mark" aria-hidden="true">
                {SWOT_MARKS[swot]}
              </span>
              <span>{swotLabel(swot)}</span>
            </div>
          ))}
          {PEST.map((pest) => (
            <Fragment key={pest}>
              <div className="matrix__row-header">{pestLabel(pest)}</div>
              {ALL_CELLS.filter((cell) => cell.pest === pest).map((cell) => (
                <MatrixCell key={cell.swot} cell={cell} onOpen={onOpen} />
              ))}
            </Fragment>
          ))}
        </div>
      )}
      <DragOverlay>
        <DragPreviewCard />
      </DragOverlay>
    </DndContext>
  );
}

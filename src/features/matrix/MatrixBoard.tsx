import { type Active, DndContext, type DragEndEvent, DragOverlay, type DragStartEvent, type Over, useSensor, useSensors } from '@dnd-kit/core';
import { Fragment, type ReactNode, useCallback, useEffect, useRef } from 'react';
import { ALL_CELLS, cellKey, isInternal, PEST, SWOT, SWOT_MARKS } from '../../domain/axes';
import { useActions, useApp, useAppStore } from '../../store/context';
import { selectActiveScenario, selectFactor, selectStoredCellIds } from '../../store/selectors';
import { collisionDetection, type DragData, isDragData, silentAnnouncements } from './dnd';
import { dragOutcome } from './dragOutcome';
import { MouseDragSensor, TouchDragSensor } from './sensors';
import { useKeyboardDrag } from './useKeyboardDrag';
import { focusWhereDropped } from './keyboardDrag';
import { createPointerLanding, lastPointer, trackPointer } from './pointerLanding';
import { useDensity } from '../density/density';
import { useNarrow } from '../narrow/useNarrow';
import { FactorCard } from './FactorCard';
import { MatrixCell } from './MatrixCell';
import { MatrixDragSource } from './DragSource';
import './matrix.css';
import { cellLabel, pestLabel, swotLabel } from '../../i18n/axes';
import { text } from '../../i18n/core';
import { appText } from '../../i18n/en/app';
import { axesText } from '../../i18n/en/axes';
import { preloadable } from '../../app/preloadable';

// Phones get their own layout, fetched only when the screen is narrow.
const NarrowMatrix = preloadable(() => import('../narrow/NarrowMatrix').then((m) => m.NarrowMatrix));

// Module constants, not literals in the render: dnd-kit keeps a sensor while its options are the
// same object, and new sensors give every draggable new listeners, so each card re-rendered
// whenever the board did (a scenario switch, a density change).
const MOUSE_DRAG = { activationConstraint: { distance: 6 } };
const TOUCH_DRAG = { activationConstraint: { delay: 180, tolerance: 8 } };

/**
 * The grid's own element: it follows the scenario's name, the density and the evidence filter, so
 * that a change of these re-renders this element alone and not the board, whose drag context would
 * re-render with it. The cells come in as children and are left alone.
 */
function MatrixGrid({ children }: { children: ReactNode }) {
  const scenarioName = useApp((state) => selectActiveScenario(state).name);
  const density = useDensity((state) => state.density);
  const lowConfidenceOnly = useApp((state) => state.lowConfidenceOnly);
  return (
    <div className={`matrix matrix--${density}${lowConfidenceOnly ? ' matrix--low-confidence-only' : ''}`} role="group" aria-label={text(appText).matrix.label({ name: scenarioName })}>
      {children}
    </div>
  );
}

function DragPreviewCard() {
  const factor = useApp((state) => (state.drag ? selectFactor(state, state.drag.factorId) : undefined));
  return factor ? <FactorCard factor={factor} overlay /> : null;
}

export function MatrixBoard() {
  const store = useAppStore();
  const actions = useActions();
  const setEditing = useApp((state) => state.setEditing);
  const narrow = useNarrow();
  const S = { ...text(appText), ...text(axesText) };
  // Another scenario is another document: show it from the top, as the user expects. Done as the
  // store changes, before React renders the new matrix. Reading the scroll position then forced a
  // layout (of the new matrix, 47 ms, when done in an effect; of the picker's new value, 0.7–0.9
  // ms, during the switch), and so does scrolling to a top alone. Scrolling to (0, 0) needs none,
  // since no layout can make it land elsewhere; it is asked for whether or not the page is
  // scrolled. (Following the scroll from its events instead missed a scroll made just before the
  // switch, whose event comes with the next frame.)
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        if (state.workspace.activeScenarioId !== previous.workspace.activeScenarioId) window.scrollTo(0, 0);
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
  const sensors = useSensors(useSensor(MouseDragSensor, MOUSE_DRAG), useSensor(TouchDragSensor, TOUCH_DRAG));
  useKeyboardDrag(store, actions);

  const { titleOf, where, drop, cancel } = dragOutcome(store, actions);
  useEffect(trackPointer, []);
  const pointerLanding = useRef(createPointerLanding()).current;

  // Where the matrix shows, read as a drag starts: below the sticky toolbar, which covers the
  // cells scrolled under it, and beside any side panel. A pointer outside is over no cell, even
  // when the cell the card overlaps most is near (dnd-kit's answer then).
  const matrixArea = useRef({ top: 0, left: 0, right: 0 });
  const refocus = useRef(false);
  const landsIn = (over: Over | null, at: { x: number; y: number } | null): DragData | null => {
    const data = over?.data.current;
    const { top, left, right } = matrixArea.current;
    return isDragData(data) && !(at && (at.y < top || at.x < left || at.x > right)) ? data : null;
  };

  function onDragStart({ active }: DragStartEvent) {
    const { left, right } = document.querySelector('main')!.getBoundingClientRect();
    matrixArea.current = { top: document.querySelector('.toolbar')?.getBoundingClientRect().bottom ?? 0, left, right };
    const data = active.data.current;
    if (!isDragData(data) || data.type !== 'factor') return;
    const factorId = String(active.id);
    const index = selectStoredCellIds(store.getState(), data.cell).indexOf(factorId);
    pointerLanding.reset();
    // The card is drawn afresh in each cell it passes, and each time the focus would drop to the
    // page (and a focused element takes longer to take out: 1.0 ms against 0.2 at 100 factors).
    // So the card gives up its focus now and takes it back where it lands (endPointerDrag).
    const focused = document.activeElement;
    const cardFocused = focused instanceof HTMLElement && focused.dataset.factorId === factorId;
    if (cardFocused) focused.blur();
    refocus.current = cardFocused;
    lastLanding.current = `${cellKey(data.cell)}#${index}`;
    store.getState().together(() => {
      store.getState().setDrag({ factorId, origin: data.cell, cell: data.cell, index });
      store.getState().select(factorId);
      store.getState().announce(text(appText).matrix.pickedUp({ title: titleOf(factorId), where: where(data.cell, factorId) }));
    });
  }

  /**
   * The landing place follows the pointer: the cell dnd-kit finds under it, and the place among
   * that cell's cards. Only a change of place touches the store, and with it only the cells concerned.
   */
  function follow({ active, over }: { active: Active; over: Over | null }) {
    const drag = store.getState().drag;
    if (!drag || drag.keyboard || drag.factorId !== String(active.id)) return;
    const at = lastPointer();
    const data = landsIn(over, at);
    // Outside the matrix the card shows back in its place, where a drop there leaves it.
    const cell = data?.cell ?? drag.origin;
    const stored = selectStoredCellIds(store.getState(), cell);
    const rest = stored.filter((id) => id !== drag.factorId);
    const index = !data
      ? stored.indexOf(drag.factorId)
      : // A phone's map tile takes the card to the end of its cell, which is not on screen.
        data.type === 'cell' && data.tile
        ? rest.length
        : at
          ? pointerLanding.landing(cell, drag.factorId, rest, at.y)
          : drag.index;
    const landing = `${cellKey(cell)}#${index}`;
    if (landing === lastLanding.current) return;
    lastLanding.current = landing;
    const landingPlace = text(appText).matrix.position({ cell: cellLabel(cell), position: index + 1, total: rest.length + 1 });
    store.getState().together(() => {
      store.getState().setDrag({ ...drag, cell, index });
      store.getState().announce(text(appText).matrix.over({ title: titleOf(drag.factorId), where: landingPlace }));
    });
  }

  function onDragEnd(event: DragEndEvent) {
    // The last pointer move may not have reached onDragMove yet (it runs after dnd-kit renders).
    follow(event);
    endPointerDrag(landsIn(event.over, lastPointer()) ? drop : cancel);
  }

  /** Ends a pointer drag (the keyboard's ends in useKeyboardDrag); the card takes back the focus it gave up in onDragStart. */
  function endPointerDrag(outcome: typeof drop) {
    const drag = store.getState().drag;
    if (!drag || drag.keyboard) return;
    if (refocus.current) focusWhereDropped(drag.factorId);
    refocus.current = false;
    outcome(drag);
  }

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisionDetection}
      onDragStart={onDragStart}
      onDragMove={follow}
      onDragOver={follow}
      onDragEnd={onDragEnd}
      onDragCancel={() => endPointerDrag(cancel)}
      accessibility={{ announcements: silentAnnouncements, screenReaderInstructions: { draggable: S.matrix.instructions } }}
    >
      <MatrixDragSource>
        {narrow ? (
          <NarrowMatrix onOpen={onOpen} />
        ) : (
          <MatrixGrid>
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
          </MatrixGrid>
        )}
      </MatrixDragSource>
      {/* A drop shows the card in its place at once, as a keyboard drop does. dnd-kit's drop
          animation flew the dragged copy there for 250 ms with the card itself hidden, through the
          Web Animations API, which the page's reduced-motion rule does not reach, and measured the
          page in the drop's commit, about 6 ms of each pointer drop at 100 factors. */}
      <DragOverlay dropAnimation={null}>
        <DragPreviewCard />
      </DragOverlay>
    </DndContext>
  );
}

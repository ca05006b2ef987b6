import { useDroppable } from '@dnd-kit/core';
import { memo, useId, useRef, useState } from 'react';
import { type Cell, SWOT_MARKS } from '../../domain/axes';
import { inCell } from '../../domain/matrix';
import type { Factor } from '../../domain/schema';
import { useApp } from '../../store/context';
import { factorIndex } from '../../domain/cellLayout';
import { selectActiveScenario, selectCellIds, selectDiff } from '../../store/selectors';
import { useDensity } from '../density/density';
import { cellOverview } from '../density/overview';
import { useNarrow } from '../narrow/useNarrow';
import { cellDroppableId, type DragData } from './dnd';
import { FactorCard } from './FactorCard';
import { rowBelowFirstScreen } from './firstScreen';
import { CardList } from './CardList';
import { cellLabel } from '../../i18n/axes';
import { count, text } from '../../i18n/core';
import { appText } from '../../i18n/en/app';
import { useSameItems } from '../../store/useSameItems';
import { LoadFailed } from '../../app/LoadFailed';
import { preloadable } from '../../app/preloadable';
import { PendingAddForm } from './PendingAddForm';

/**
 * The form opens on a click; its code comes with the page's idle preload (App), or with that click.
 * If the code cannot be fetched, the field stays as it was, with what is typed in it and the focus,
 * and the failure is said below it: the keys typed next still go to the field, not to the page's
 * shortcuts, and Enter is kept for the form once Try again has brought its code.
 */
export const AddFactorForm = preloadable(
  () => import('./AddFactorForm').then((m) => m.AddFactorForm),
  PendingAddForm,
  (retry, props) => (
    <>
      <PendingAddForm {...props} />
      <LoadFailed retry={retry} />
    </>
  ),
);

interface MatrixCellProps {
  cell: Cell;
  onOpen(factorId: string): void;
}

const factorsOf = (state: Parameters<typeof selectCellIds>[0], ids: readonly string[]) => {
  const index = factorIndex(selectActiveScenario(state).factors);
  return ids.map((id) => index.get(id)!).filter(Boolean);
};

/** A factor only in the compared scenario; the item is named by its card, title first. */
function RemovedItem({ factor }: { factor: Factor }) {
  const cardId = useId();
  return (
    <li className="cell__item" aria-labelledby={cardId}>
      <FactorCard id={cardId} factor={factor} mark="removed" />
    </li>
  );
}

/**
 * The thin layer that makes a cell a drop target. dnd-kit re-renders every droppable when the
 * drag's state changes (the cell under the pointer, say); this layer holds its hook alone, with
 * stable props for the cell's contents below, so those renders stop here for all but the cells
 * concerned.
 */
export const MatrixCell = memo(function MatrixCell({ cell, onOpen }: MatrixCellProps) {
  const data: DragData = { type: 'cell', cell };
  const { setNodeRef, isOver } = useDroppable({ id: cellDroppableId(cell), data });
  return (
    <section
      ref={setNodeRef}
      className={`cell cell--${cell.swot}${isOver ? ' cell--over' : ''}`}
      aria-label={cellLabel(cell)}
      data-cell={`${cell.pest}:${cell.swot}`}
    >
      <CellContents cell={cell} onOpen={onOpen} />
    </section>
  );
});

const CellContents = memo(function CellContents({ cell, onOpen }: MatrixCellProps) {
  const ids = useApp(useSameItems((state) => selectCellIds(state, cell)));
  // A phone shows one cell, whole; Overview is for seeing all sixteen at once.
  const narrow = useNarrow();
  const overview = useDensity((state) => state.density === 'overview') && !narrow;
  const comfortable = useDensity((state) => state.density === 'comfortable') && !narrow;
  const farBelow = useApp((state) => comfortable && rowBelowFirstScreen(selectActiveScenario(state).factors, cell.pest));
  const shownIds = useApp(
    useSameItems((state) => (overview ? cellOverview(factorsOf(state, ids), state.drag?.factorId ?? null).ids : ids)),
  );
  const topVotedId = useApp((state) => (overview ? cellOverview(factorsOf(state, ids)).topVotedId : null));
  const setDensity = useDensity((state) => state.setDensity);
  const removed = useApp(
    useSameItems((state) => selectDiff(state)?.diff.onlyInA.filter((f) => inCell(f, cell)) ?? []),
  );
  const [adding, setAdding] = useState(false);
  // Enter or Escape in the form hands the focus back to "+ Add" rather than to the page. The button
  // stays in the page, out of sight, while the form is open, and takes the focus before anything
  // changes: taken once the form had gone, the focus made the browser work out style and layout
  // for the new card at once, and the field's blur before that cost a millisecond more. The frame
  // that shows the button lays the cell out anyway; the button is brought into view there.
  const addButton = useRef<HTMLButtonElement>(null);
  const closeForm = (fromKeyboard: boolean) => {
    const button = addButton.current;
    if (fromKeyboard && button) {
      button.focus({ preventScroll: true });
      requestAnimationFrame(() => button.scrollIntoView?.({ block: 'nearest' }));
    }
    setAdding(false);
  };
  const label = cellLabel(cell);
  const S = text(appText).matrix;
  const factors = count(S.factors, ids.length);
  const headingId = `cell-${cell.pest}-${cell.swot}`;

  return (
    <>
      <h3 className="visually-hidden" id={headingId}>
        {label}
      </h3>
      <span className="cell__watermark" aria-hidden="true">
        {SWOT_MARKS[cell.swot]}
      </span>
      {overview && (
        <p className="cell__summary">
          <span className="cell__count">{factors}</span>
          {ids.length > shownIds.length && (
            <button type="button" className="cell__show-all button--small" onClick={() => setDensity('compact')} aria-label={S.showAllOf({ factors, cell: label })}>
              {S.showAll}
            </button>
          )}
        </p>
      )}
      <CardList ids={shownIds} cell={cell} labelledBy={headingId} onOpen={onOpen} topVotedId={topVotedId} mountFirst={!farBelow} />
      {removed.length > 0 && (
        <ul className="cell__list cell__list--removed" aria-label={S.onlyInCompared({ cell: label })}>
          {removed.map((factor) => (
            <RemovedItem key={factor.id} factor={factor} />
          ))}
        </ul>
      )}
      {adding && <AddFactorForm cell={cell} onDone={closeForm} />}
      <button
        ref={addButton}
        type="button"
        className={adding ? 'cell__add cell__add--waiting' : 'cell__add'}
        aria-label={S.addTo({ cell: label })}
        aria-hidden={adding || undefined}
        tabIndex={adding ? -1 : undefined}
        onClick={() => setAdding(true)}
      >
        {S.add}
      </button>
    </>
  );
});

import { type Dispatch, memo, useRef, useState } from 'react';
import { type Cell, cellKey, SWOT_MARKS } from '../../domain/axes';
import { cellLabel } from '../../i18n/axes';
import { useApp } from '../../store/context';
import { selectFactor } from '../../store/selectors';
import { CardList } from './CardList';
import { rankByVotes } from './ranking';
import { useCellIds } from './useCellIds';
import { useFitCount } from './useFitCount';
import type { ViewAction } from './viewState';
import { text } from '../../i18n/core';
import { presentText } from '../../i18n/en/present';
import { useSameItems } from '../../store/useSameItems';

interface PresentCellProps {
  cell: Cell;
  current: boolean;
  revealed: ReadonlySet<string> | null;
  latest: string | null;
  dispatch: Dispatch<ViewAction>;
}

/**
 * One cell of the overview: as many whole cards as fit, then "+N more" (Enter shows them all).
 * A cell that fits keeps its own order; one that does not shows its most voted cards.
 */
export const PresentCell = memo(function PresentCell({ cell, current, revealed, latest, dispatch }: PresentCellProps) {
  const inCellOrder = useCellIds(cell, revealed);
  const ranked = useApp(useSameItems((state) => rankByVotes(inCellOrder.flatMap((id) => selectFactor(state, id) ?? []))));
  const [overflowing, setOverflowing] = useState(false);
  // Whether every card fits does not depend on their order, so switching order cannot flip it back.
  const ids = overflowing ? ranked : inCellOrder;
  const listRef = useRef<HTMLUListElement>(null);
  const moreRef = useRef<HTMLParagraphElement>(null);
  const shown = useFitCount(listRef, moreRef, ids);
  const more = ids.length - shown;
  if (overflowing !== more > 0) setOverflowing(more > 0);
  const zoom = () => dispatch({ type: 'zoom', zoom: 'cell' });

  return (
    <section
      className={`p-cell p-swot--${cell.swot}`}
      aria-label={cellLabel(cell)}
      data-cell={cellKey(cell)}
      data-mark={SWOT_MARKS[cell.swot]}
      data-current={current || undefined}
      tabIndex={current ? 0 : -1}
      onFocus={() => dispatch({ type: 'focusCell', cell })}
      onDoubleClick={zoom}
    >
      <CardList ref={listRef} className="p-cell__list" ids={ids} shown={shown} tabbable={current} latest={latest} />
      {/* Always rendered so its height is known before it is needed; invisible while nothing is hidden. */}
      <p
        ref={moreRef}
        className={`p-more${more === 0 ? ' p-more--none' : shown === 0 ? ' p-more--alone' : ''}`}
        aria-hidden={more === 0}
        onClick={zoom}
      >
        {text(presentText).more({ count: more, total: ids.length })}
      </p>
    </section>
  );
});

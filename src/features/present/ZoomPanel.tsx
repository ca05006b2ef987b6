import { type Dispatch, memo, type ReactNode } from 'react';
import { type Cell, cellKey } from '../../domain/axes';
import { cellLabel } from '../../i18n/axes';
import { CardList } from './CardList';
import { useCellIds } from './useCellIds';
import type { ViewAction } from './viewState';
import { text } from '../../i18n/core';
import { presentText } from '../../i18n/en/present';

interface ZoomPanelProps {
  cell: Cell;
  heading: ReactNode;
  current: boolean;
  revealed: ReadonlySet<string> | null;
  latest: string | null;
  dispatch: Dispatch<ViewAction>;
}

/** A zoomed cell: every card, in larger type, scrolling when there are more than the screen holds. */
export const ZoomPanel = memo(function ZoomPanel({ cell, heading, current, revealed, latest, dispatch }: ZoomPanelProps) {
  const ids = useCellIds(cell, revealed);
  return (
    <section
      className={`p-panel p-swot--${cell.swot}`}
      aria-label={cellLabel(cell)}
      data-cell={cellKey(cell)}
      data-current={current || undefined}
      tabIndex={current ? 0 : -1}
      onFocus={() => dispatch({ type: 'focusCell', cell })}
    >
      {heading && <h3 className="p-panel__heading">{heading}</h3>}
      {/* Every card of a zoomed view is in the Tab order: the panel scrolls them into view. */}
      <CardList className="p-panel__list" ids={ids} tabbable latest={latest} />
      {ids.length === 0 && (
        <p className="p-panel__empty">{revealed ? text(presentText).nothingRevealedHere : text(presentText).noFactorsYet}</p>
      )}
    </section>
  );
});

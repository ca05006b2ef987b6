import { type Dispatch, memo, type ReactNode, useRef } from 'react';
import { type Cell, cellKey } from '../../domain/axes';
import { cellLabel } from '../../i18n/axes';
import { CardList } from './CardList';
import { useCellIds } from './useCellIds';
import { useHiddenBelow } from './useHiddenBelow';
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
  const panelRef = useRef<HTMLElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const below = useHiddenBelow(panelRef, listRef, ids);
  return (
    <section
      ref={panelRef}
      className={`p-panel p-swot--${cell.swot}`}
      aria-label={cellLabel(cell)}
      data-cell={cellKey(cell)}
      data-current={current || undefined}
      tabIndex={current ? 0 : -1}
      onFocus={() => dispatch({ type: 'focusCell', cell })}
    >
      {heading && <h3 className="p-panel__heading">{heading}</h3>}
      {/* Every card of a zoomed view is in the Tab order: the panel scrolls them into view. */}
      <CardList ref={listRef} className="p-panel__list" ids={ids} tabbable latest={latest} />
      {/* A sign for the room: every card is reachable by Tab, which scrolls it into view. */}
      <p className={`p-below${below === 0 ? ' p-below--none' : ''}`} aria-hidden="true">
        {text(presentText).below({ count: below })}
      </p>
      {ids.length === 0 && (
        <p className="p-panel__empty">{revealed ? text(presentText).nothingRevealedHere : text(presentText).noFactorsYet}</p>
      )}
    </section>
  );
});

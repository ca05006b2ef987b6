import { useDroppable } from '@dnd-kit/core';
import { type Cell, cellKey, PEST, sameCell, SWOT, SWOT_MARKS } from '../../domain/axes';
import { useApp } from '../../store/context';
import { cellLayout } from '../../domain/cellLayout';
import { selectActiveScenario } from '../../store/selectors';
import type { DragData } from '../matrix/dnd';
import { useShownCell } from './shownCell';
import { cellLabel, pestLabel, swotLabel } from '../../i18n/axes';
import { count, text } from '../../i18n/core';
import { appText } from '../../i18n/en/app';
import { narrowText } from '../../i18n/en/narrow';

/** One tile: shows its cell when tapped, and takes a card dropped on it (to the end of that cell). */
function Tile({ cell }: { cell: Cell }) {
  const total = useApp((state) => cellLayout(selectActiveScenario(state).factors).get(cellKey(cell))?.length ?? 0);
  const shown = useShownCell((state) => sameCell(state.cell, cell));
  const show = useShownCell((state) => state.show);
  const data: DragData = { type: 'cell', cell, tile: true };
  const { setNodeRef, isOver } = useDroppable({ id: `tile:${cellKey(cell)}`, data });
  return (
    <button
      ref={setNodeRef}
      type="button"
      className={`mini-map__tile mini-map__tile--${cell.swot}${isOver ? ' mini-map__tile--over' : ''}`}
      aria-pressed={shown}
      aria-label={text(narrowText).tile({ cell: cellLabel(cell), factors: count(text(appText).matrix.factors, total) })}
      onClick={() => show(cell)}
    >
      {total}
    </button>
  );
}

/** The 16 cells as a 4×4 map with their counts: where you are, and where else to go. */
export function MiniMap() {
  return (
    <nav className="mini-map" aria-label={text(narrowText).cells}>
      <span aria-hidden="true" />
      {SWOT.map((swot) => (
        <span key={swot} className={`mini-map__head mini-map__head--${swot}`} aria-hidden="true" title={swotLabel(swot)}>
          {SWOT_MARKS[swot]}
        </span>
      ))}
      {PEST.map((pest) => (
        <div key={pest} className="mini-map__row" role="group" aria-label={pestLabel(pest)}>
          <span className="mini-map__row-head" aria-hidden="true" title={pestLabel(pest)}>
            {pestLabel(pest)[0]}
          </span>
          {SWOT.map((swot) => (
            <Tile key={swot} cell={{ pest, swot }} />
          ))}
        </div>
      ))}
    </nav>
  );
}

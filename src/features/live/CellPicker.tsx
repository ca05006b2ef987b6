import { type Cell, PEST, SWOT } from '../../domain/axes';
import { cellLabel, pestLabel, swotLabel } from '../../i18n/axes';
import { LIVE } from './strings';

/** The 16 cells grouped by SWOT part, each a button with its number of factors. */
export function CellPicker({ factors, onOpen }: { factors: ReadonlyArray<Cell>; onOpen(cell: Cell): void }) {
  const count = (cell: Cell) => factors.filter((factor) => factor.pest === cell.pest && factor.swot === cell.swot).length;
  return (
    <div className="live-cells">
      {SWOT.map((swot) => (
        <section key={swot} className={`live-cells__part live-cells__part--${swot}`} aria-labelledby={`live-part-${swot}`}>
          <h2 id={`live-part-${swot}`}>{swotLabel(swot)}</h2>
          <ul>
            {PEST.map((pest) => {
              const cell = { pest, swot };
              const n = count(cell);
              return (
                <li key={pest}>
                  <button type="button" className="live-cells__cell" aria-label={LIVE.openCell(cellLabel(cell), n)} onClick={() => onOpen(cell)}>
                    <span>{pestLabel(pest)}</span>
                    <span className="live-count" aria-hidden="true">
                      {n}
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}

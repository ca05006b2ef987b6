import { type PointerEvent, useRef } from 'react';
import { ALL_CELLS, sameCell } from '../../domain/axes';
import { MatrixCell } from '../matrix/MatrixCell';
import { MiniMap } from './MiniMap';
import { useShownCell } from './shownCell';
import './narrow.css';
import { cellLabel } from '../../i18n/axes';
import { text } from '../../i18n/core';
import { narrowText } from '../../i18n/en/narrow';

const SWIPE_DISTANCE = 60;
const SWIPE_TIME = 600;

/**
 * The matrix on a phone: one cell at a time, picked on the mini-map, stepped through with the
 * arrow buttons or a horizontal swipe. A card is moved by dragging it onto a tile, or with
 * its "Move to…" menu.
 */
export function NarrowMatrix({ onOpen }: { onOpen(factorId: string): void }) {
  const cell = useShownCell((state) => state.cell);
  const step = useShownCell((state) => state.step);
  const start = useRef<{ x: number; y: number; at: number } | null>(null);
  const at = ALL_CELLS.findIndex((each) => sameCell(each, cell));
  const previous = ALL_CELLS[(at + ALL_CELLS.length - 1) % ALL_CELLS.length]!;
  const next = ALL_CELLS[(at + 1) % ALL_CELLS.length]!;

  const onPointerDown = (event: PointerEvent) => {
    if (event.pointerType === 'touch') start.current = { x: event.clientX, y: event.clientY, at: event.timeStamp };
  };
  const onPointerUp = (event: PointerEvent) => {
    const from = start.current;
    start.current = null;
    if (!from || event.timeStamp - from.at > SWIPE_TIME) return;
    const dx = event.clientX - from.x;
    if (Math.abs(dx) >= SWIPE_DISTANCE && Math.abs(dx) > 2 * Math.abs(event.clientY - from.y)) step(dx < 0 ? 1 : -1);
  };

  return (
    <div className="narrow">
      <MiniMap />
      <div className="narrow__stepper">
        <button type="button" className="narrow__step" onClick={() => step(-1)} aria-label={text(narrowText).previous({ cell: cellLabel(previous) })}>
          ‹
        </button>
        <h2 className="narrow__title" aria-live="polite">
          {cellLabel(cell)}
        </h2>
        <button type="button" className="narrow__step" onClick={() => step(1)} aria-label={text(narrowText).next({ cell: cellLabel(next) })}>
          ›
        </button>
      </div>
      <div className="narrow__cell" onPointerDown={onPointerDown} onPointerUp={onPointerUp} onPointerCancel={() => (start.current = null)}>
        <MatrixCell key={`${cell.pest}:${cell.swot}`} cell={cell} onOpen={onOpen} />
      </div>
    </div>
  );
}

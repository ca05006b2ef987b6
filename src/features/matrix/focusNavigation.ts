import { PEST, SWOT } from '../../domain/axes';

const cardsOf = (cell: Element | null | undefined): HTMLElement[] =>
  cell ? Array.from(cell.querySelectorAll<HTMLElement>('[data-factor-id]')) : [];

const cellAt = (pest: number, swot: number): Element | null =>
  PEST[pest] && SWOT[swot] ? document.querySelector(`section[data-cell="${PEST[pest]}:${SWOT[swot]}"]`) : null;

/**
 * Arrow keys on a card that is not being dragged move the focus: up and down through the cell and
 * on into the cells above and below, left and right to the neighbouring cell of the row; empty
 * cells are skipped. Returns whether the focus moved.
 */
export function moveCardFocus(card: HTMLElement, key: string): boolean {
  const cell = card.closest('section[data-cell]');
  const [pest, swot] = (cell?.getAttribute('data-cell') ?? '').split(':');
  const row = PEST.indexOf(pest as (typeof PEST)[number]);
  const column = SWOT.indexOf(swot as (typeof SWOT)[number]);
  if (!cell || row < 0 || column < 0) return false;
  const cards = cardsOf(cell);
  const index = cards.indexOf(card);
  let target: HTMLElement | undefined;
  if (key === 'ArrowUp') {
    target = cards[index - 1];
    for (let r = row - 1; r >= 0 && !target; r--) target = cardsOf(cellAt(r, column)).at(-1);
  } else if (key === 'ArrowDown') {
    target = cards[index + 1];
    for (let r = row + 1; r < PEST.length && !target; r++) target = cardsOf(cellAt(r, column))[0];
  } else if (key === 'ArrowLeft' || key === 'ArrowRight') {
    const step = key === 'ArrowLeft' ? -1 : 1;
    for (let c = column + step; c >= 0 && c < SWOT.length && !target; c += step) {
      const neighbours = cardsOf(cellAt(row, c));
      target = neighbours[Math.min(index, neighbours.length - 1)];
    }
  }
  target?.focus();
  return target !== undefined;
}

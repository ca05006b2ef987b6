// Dragging with no framework: the card's own list item is moved from list to list, so a move
// touches two lists and nothing else. Keyboard drag follows the WAI-ARIA pattern dnd-kit and the
// app use: Space picks up, arrows move, Space (or Enter) drops, Escape puts the card back
// exactly where it was. Pointer drag starts after 6 px, like the app's mouse sensor, and shows
// a copy of the card under the pointer while the card itself marks where it will land.
import { cellLabel } from '../shared/scenario.js';

const ACTIVATION_DISTANCE = 6;
const ROW_ORDER = ['political', 'economic', 'social', 'technological'];
const COLUMN_ORDER = ['strengths', 'weaknesses', 'opportunities', 'threats'];

/** Moves a node, keeping its focus where the browser can (Element.moveBefore, Chromium 133+). */
function place(list, item, before) {
  if (typeof list.moveBefore === 'function') {
    try {
      list.moveBefore(item, before);
      return;
    } catch {
      // moveBefore refuses some moves (e.g. across documents); a plain insert then does.
    }
  }
  list.insertBefore(item, before);
}

const sectionOf = (node) => node.closest('section[data-cell]');
const cellOf = (section) => {
  const [pest, swot] = section.dataset.cell.split(':');
  return { pest, swot };
};
const listIn = (matrix, pest, swot) => matrix.querySelector(`section[data-cell="${pest}:${swot}"] .cell__list`);

export function enableDragging(matrix, announce) {
  /** The drag in progress: the card, its item, and where it came from (for Escape). */
  let drag = null;
  let pending = null;
  let overlay = null;
  let overSection = null;

  const titleOf = (card) => card.querySelector('.card__title').textContent;
  const where = (item) => {
    const list = item.parentElement;
    const position = [...list.children].indexOf(item) + 1;
    return `${cellLabel(cellOf(sectionOf(list)))}, position ${position} of ${list.children.length}`;
  };
  const keepFocus = (card) => {
    if (document.activeElement !== card) card.focus({ preventScroll: true });
  };

  function pickUp(card) {
    const item = card.parentElement;
    drag = { card, item, originList: item.parentElement, originNext: item.nextElementSibling };
    card.classList.add('card--placeholder');
    card.setAttribute('aria-pressed', 'true');
    announce(`Picked up "${titleOf(card)}" in ${where(item)}.`);
  }

  function drop() {
    const { card, item } = drag;
    drag = null;
    card.classList.remove('card--placeholder');
    card.removeAttribute('aria-pressed');
    announce(`Moved "${titleOf(card)}" to ${where(item)}.`);
  }

  function cancel() {
    const { card, item, originList, originNext } = drag;
    drag = null;
    place(originList, item, originNext);
    card.classList.remove('card--placeholder');
    card.removeAttribute('aria-pressed');
    keepFocus(card);
    announce(`Move cancelled. "${titleOf(card)}" is back in ${where(item)}.`);
  }

  /** Arrow keys: left and right to the neighbouring cell of the row, up and down through the cell and on. */
  function moveByKey(key) {
    const { card, item } = drag;
    const list = item.parentElement;
    const { pest, swot } = cellOf(sectionOf(list));
    const index = [...list.children].indexOf(item);
    let target = null;
    let before = null;
    if (key === 'ArrowLeft' || key === 'ArrowRight') {
      const column = COLUMN_ORDER.indexOf(swot) + (key === 'ArrowRight' ? 1 : -1);
      if (column < 0 || column >= COLUMN_ORDER.length) return;
      target = listIn(matrix, pest, COLUMN_ORDER[column]);
      before = target.children[Math.min(index, target.children.length)] ?? null;
    } else if (key === 'ArrowDown') {
      if (index < list.children.length - 1) [target, before] = [list, list.children[index + 2] ?? null];
      else if (ROW_ORDER.indexOf(pest) < ROW_ORDER.length - 1) [target, before] = [listIn(matrix, ROW_ORDER[ROW_ORDER.indexOf(pest) + 1], swot), null];
      if (target && target !== list) before = target.firstElementChild;
    } else if (key === 'ArrowUp') {
      if (index > 0) [target, before] = [list, list.children[index - 1]];
      else if (ROW_ORDER.indexOf(pest) > 0) [target, before] = [listIn(matrix, ROW_ORDER[ROW_ORDER.indexOf(pest) - 1], swot), null];
    }
    if (!target) return;
    place(target, item, before);
    keepFocus(card);
    announce(`"${titleOf(card)}" is over ${where(item)}.`);
  }

  matrix.addEventListener('keydown', (event) => {
    const card = event.target.closest?.('[data-factor-id]');
    if (!card || event.repeat) return;
    if (!drag) {
      if (event.code === 'Space') {
        event.preventDefault();
        pickUp(card);
      }
      return;
    }
    if (event.key.startsWith('Arrow')) {
      event.preventDefault();
      moveByKey(event.key);
    } else if (event.code === 'Space' || event.key === 'Enter') {
      event.preventDefault();
      drop();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      cancel();
    }
  });

  // Pointer: mouse events, as the app's MouseSensor and the dnd-kit peer listen to.
  matrix.addEventListener('mousedown', (event) => {
    const card = event.target.closest('[data-factor-id]');
    if (!card || event.button !== 0 || drag) return;
    pending = { card, x: event.clientX, y: event.clientY };
  });

  function startPointerDrag(event) {
    const { card } = pending;
    pending = null;
    const rect = card.getBoundingClientRect();
    overlay = card.cloneNode(true);
    overlay.removeAttribute('data-factor-id');
    overlay.removeAttribute('tabindex');
    overlay.classList.add('card--overlay');
    overlay.setAttribute('aria-hidden', 'true');
    Object.assign(overlay.style, { position: 'fixed', left: `${rect.left}px`, top: `${rect.top}px`, width: `${rect.width}px`, margin: '0', pointerEvents: 'none', zIndex: '10' });
    overlay.dataset.originX = String(event.clientX);
    overlay.dataset.originY = String(event.clientY);
    document.body.append(overlay);
    pickUp(card);
  }

  function followPointer(event) {
    const dx = event.clientX - Number(overlay.dataset.originX);
    const dy = event.clientY - Number(overlay.dataset.originY);
    overlay.style.transform = `translate(${dx}px, ${dy}px) rotate(1.5deg)`;
    const under = document.elementFromPoint(event.clientX, event.clientY);
    const section = under && sectionOf(under);
    if (section !== overSection) {
      overSection?.classList.remove('cell--over');
      section?.classList.add('cell--over');
      overSection = section;
    }
    if (!section) return;
    const { item } = drag;
    const overCard = under.closest('[data-factor-id]');
    const list = section.querySelector('.cell__list');
    let before = null;
    if (overCard && overCard !== drag.card) {
      const overItem = overCard.parentElement;
      const box = overCard.getBoundingClientRect();
      before = event.clientY > box.top + box.height / 2 ? overItem.nextElementSibling : overItem;
    } else if (overCard === drag.card || list.contains(item)) {
      return; // over itself, or somewhere in its own cell away from any card: it stays
    }
    if (before === item || (item.parentElement === list && item.nextElementSibling === before)) return;
    place(list, item, before);
    announce(`"${titleOf(drag.card)}" is over ${where(item)}.`);
  }

  window.addEventListener('mousemove', (event) => {
    if (pending && Math.hypot(event.clientX - pending.x, event.clientY - pending.y) >= ACTIVATION_DISTANCE) startPointerDrag(event);
    if (drag && overlay) followPointer(event);
  });

  window.addEventListener('mouseup', () => {
    pending = null;
    if (!drag || !overlay) return;
    overlay.remove();
    overlay = null;
    overSection?.classList.remove('cell--over');
    overSection = null;
    drop();
  });
}

// "+ Add" in each cell opens a one-line field: Enter adds a card at the end of the cell, Escape
// cancels. The accessible names are the app's, so the bench's add-factor driver runs here too.
import { cellLabel, newFactor } from '../shared/scenario.js';
import { addButton, itemElement } from './cards.js';

export function enableAdding(matrix, announce) {
  matrix.addEventListener('click', (event) => {
    const button = event.target.closest('.cell__add');
    if (!button) return;
    const section = button.closest('section[data-cell]');
    const [pest, swot] = section.dataset.cell.split(':');
    const cell = { pest, swot };
    const form = document.createElement('form');
    form.className = 'add-form';
    const input = document.createElement('input');
    input.className = 'add-form__input';
    input.setAttribute('aria-label', `New factor in ${cellLabel(cell)}`);
    input.placeholder = 'Factor title';
    const hint = document.createElement('div');
    hint.className = 'add-form__hint';
    hint.textContent = 'Enter to add · Esc to cancel';
    form.append(input, hint);
    const close = () => form.replaceWith(addButton(cell));
    form.addEventListener('submit', (submit) => {
      submit.preventDefault();
      const title = input.value.trim();
      if (!title) return;
      section.querySelector('.cell__list').append(itemElement(newFactor(cell, title)));
      close();
      announce(`Added "${title}" to ${cellLabel(cell)}.`);
    });
    input.addEventListener('keydown', (key) => {
      if (key.key === 'Escape') close();
    });
    button.replaceWith(form);
    input.focus();
  });
}

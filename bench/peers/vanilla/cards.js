// The matrix and its cards as plain DOM, with the app's markup: a section per cell carrying
// data-cell, a list of cards carrying data-factor-id, the title in .card__title.
import { ALL_CELLS, badgesOf, cardLabel, cellKey, cellLabel, matrixLabel, PEST, PEST_LABELS, SWOT, SWOT_LABELS } from '../shared/scenario.js';

const element = (tag, className, attributes = {}) => {
  const node = document.createElement(tag);
  if (className) node.className = className;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
};

export function cardElement(factor) {
  const card = element('div', 'card', {
    tabindex: '0',
    role: 'button',
    'aria-roledescription': 'draggable factor',
    'aria-describedby': 'drag-instructions',
    'aria-label': cardLabel(factor),
    'data-factor-id': factor.id,
  });
  const title = element('span', 'card__title', { dir: 'auto' });
  title.textContent = factor.title;
  const meta = element('span', 'card__meta', { 'aria-hidden': 'true' });
  if (factor.impact !== null) {
    const impact = element('span', 'badge badge--impact', { title: `Impact ${factor.impact} of 5` });
    const dots = element('span', 'badge__dots');
    dots.textContent = '●'.repeat(factor.impact);
    const dim = element('span', 'badge__dim');
    dim.textContent = '●'.repeat(5 - factor.impact);
    dots.append(dim);
    const number = element('span', 'badge__number');
    number.textContent = `● ${factor.impact}`;
    impact.append(dots, number);
    meta.append(impact);
  }
  for (const [className, badgeTitle, text] of badgesOf(factor)) {
    const badge = element('span', className, { title: badgeTitle });
    badge.textContent = text;
    meta.append(badge);
  }
  card.append(title, meta);
  return card;
}

/** A card inside its list item, which is what moves between lists. */
export function itemElement(factor) {
  const item = element('div', 'cell__item', { role: 'listitem' });
  item.append(cardElement(factor));
  return item;
}

export function addButton(cell) {
  const button = element('button', 'cell__add', { type: 'button', 'aria-label': `Add factor to ${cellLabel(cell)}` });
  button.textContent = '+ Add';
  return button;
}

export function matrixElement(scenario) {
  const matrix = element('div', 'matrix', { role: 'group', 'aria-label': matrixLabel(scenario) });
  matrix.append(element('div', 'matrix__corner', { 'aria-hidden': 'true' }));
  for (const swot of SWOT) {
    const header = element('div', `matrix__col-header matrix__col-header--${swot}`);
    header.textContent = SWOT_LABELS[swot];
    matrix.append(header);
  }
  for (const pest of PEST) {
    const rowHeader = element('div', 'matrix__row-header');
    rowHeader.textContent = PEST_LABELS[pest];
    matrix.append(rowHeader);
    for (const cell of ALL_CELLS.filter((c) => c.pest === pest)) {
      const key = cellKey(cell);
      const section = element('section', `cell cell--${cell.swot}`, { 'aria-label': cellLabel(cell), 'data-cell': key });
      const heading = element('h3', 'visually-hidden', { id: `cell-${cell.pest}-${cell.swot}` });
      heading.textContent = cellLabel(cell);
      const list = element('div', 'cell__list', { role: 'list', 'aria-labelledby': heading.id });
      section.append(heading, list, addButton(cell));
      matrix.append(section);
    }
  }
  showScenario(matrix, scenario);
  return matrix;
}

/** Puts `scenario`'s cards in the matrix's lists, as new DOM nodes, in place of what they held. */
export function showScenario(matrix, scenario) {
  matrix.setAttribute('aria-label', matrixLabel(scenario));
  const items = Object.fromEntries(ALL_CELLS.map((cell) => [cellKey(cell), []]));
  for (const factor of scenario.factors) items[cellKey(factor)].push(itemElement(factor));
  for (const [key, cellItems] of Object.entries(items)) matrix.querySelector(`section[data-cell="${key}"] .cell__list`).replaceChildren(...cellItems);
}

/** The "Scenario" combobox: choosing one shows its cards. */
export function scenarioPicker(scenarios, active, onPick) {
  const select = element('select', 'scenario-picker', { 'aria-label': 'Scenario' });
  for (const scenario of scenarios) {
    const option = element('option', null, { value: scenario.id });
    option.textContent = scenario.name;
    select.append(option);
  }
  select.value = active.id;
  select.addEventListener('change', () => onPick(scenarios.find((scenario) => scenario.id === select.value)));
  return select;
}

import type { Translation } from '../core';
import type { narrowText } from '../en/narrow';

export const narrow: Translation<typeof narrowText> = {
  cells: 'Ячейки',
  previous: ({ cell }) => `Предыдущая ячейка: ${cell}`,
  next: ({ cell }) => `Следующая ячейка: ${cell}`,
  tile: ({ cell, factors }) => `${cell}, ${factors}`,
  moveTo: ({ title }) => `Переместить… ${title}`,
  moveMenu: ({ title }) => `Куда переместить «${title}»`,
  here: '(здесь)',
};

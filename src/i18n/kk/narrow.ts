import type { Translation } from '../core';
import type { narrowText } from '../en/narrow';

export const narrow: Translation<typeof narrowText> = {
  cells: 'Ұяшықтар',
  previous: ({ cell }) => `Алдыңғы ұяшық: ${cell}`,
  next: ({ cell }) => `Келесі ұяшық: ${cell}`,
  tile: ({ cell, factors }) => `${cell}, ${factors}`,
  moveTo: ({ title }) => `Жылжыту… ${title}`,
  moveMenu: ({ title }) => `«${title}» факторын қайда жылжыту`,
  here: '(осында)',
};

import { defineText } from '../core';

/** The phone layout's own words (loaded with it). */
export const narrowText = defineText('narrow', {
  cells: 'Cells',
  previous: ({ cell }: { cell: string }) => `Previous cell: ${cell}`,
  next: ({ cell }: { cell: string }) => `Next cell: ${cell}`,
  tile: ({ cell, factors }: { cell: string; factors: string }) => `${cell}, ${factors}`,
  moveTo: ({ title }: { title: string }) => `Move to… ${title}`,
  moveMenu: ({ title }: { title: string }) => `Move “${title}” to`,
  here: '(here)',
});

import { defineText, plural } from '../core';

/** What undo and redo say of the step they took (loaded with the first undo or redo). */
export const stepsText = defineText('steps', {
  undone: 'Undone',
  redone: 'Redone',
  undoneStep: ({ step }: { step: string }) => `Undone: ${step}`,
  redoneStep: ({ step }: { step: string }) => `Redone: ${step}`,
  /** A step as undo and redo name it, after "Undone:" and "Redone:". */
  step: {
    factorAdded: ({ title, cell }: { title: string; cell: string }) => `adding "${title}" to ${cell}`,
    factorDeleted: ({ title }: { title: string }) => `deleting "${title}"`,
    factorMoved: ({ title, cell }: { title: string; cell: string }) => `moving "${title}" to ${cell}`,
    factorReordered: ({ title, cell }: { title: string; cell: string }) => `moving "${title}" within ${cell}`,
    factorEdited: ({ title }: { title: string }) => `editing "${title}"`,
    vote: ({ title }: { title: string }) => `a vote on "${title}"`,
    factors: plural({ one: 'a change to {count} factor', other: 'a change to {count} factors' }),
    strategy: ({ title }: { title: string }) => `a change to strategy "${title}"`,
    scenarioAdded: ({ name }: { name: string }) => `adding scenario "${name}"`,
    scenarioDeleted: ({ name }: { name: string }) => `deleting scenario "${name}"`,
    scenarioEdited: ({ name }: { name: string }) => `editing scenario "${name}"`,
    sources: 'a change to the sources',
  },
});

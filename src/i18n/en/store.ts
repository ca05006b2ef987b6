import { defineText, plural } from '../core';

/** What the store and storage say: announcements, toasts, save problems and domain errors. */
export const storeText = defineText('store', {
  added: ({ title, cell }: { title: string; cell: string }) => `Added "${title}" to ${cell}`,
  deleted: ({ title }: { title: string }) => `Deleted "${title}"`,
  undo: 'Undo',
  restored: ({ title }: { title: string }) => `Restored "${title}"`,
  showingScenario: ({ name }: { name: string }) => `Showing scenario "${name}"`,
  deletedScenario: ({ name }: { name: string }) => `Deleted scenario "${name}"`,
  undone: 'Undone',
  nothingToUndo: 'Nothing to undo',
  redone: 'Redone',
  nothingToRedo: 'Nothing to redo',
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
  editorClosedFactor: 'The factor you were editing was deleted in another tab, so the editor closed.',
  editorClosedScenario: 'The scenario of the factor you were editing was deleted in another tab, so the editor closed.',
  usedBy: plural({ one: 'used by strategy {names}', other: 'used by {count} strategies: {names}' }),
  storage: {
    quota: 'The browser’s storage for this site is full.',
    unavailable: 'This browser does not allow the site to store data (private mode or a privacy setting).',
    unknown: 'The browser refused to store the data.',
    newerInOtherTab: 'another tab saved this work with a newer version of the app',
    storageOffReason: 'storage is not available',
    newerReason: 'saved by a newer version of the app',
  },
});

import { defineText, plural } from '../core';

/** What the store and storage say: announcements, toasts, save problems and domain errors. */
export const storeText = defineText('store', {
  added: ({ title, cell }: { title: string; cell: string }) => `Added "${title}" to ${cell}`,
  deleted: ({ title }: { title: string }) => `Deleted "${title}"`,
  undo: 'Undo',
  restored: ({ title }: { title: string }) => `Restored "${title}"`,
  showingScenario: ({ name }: { name: string }) => `Showing scenario "${name}"`,
  deletedScenario: ({ name }: { name: string }) => `Deleted scenario "${name}"`,
  nothingToUndo: 'Nothing to undo',
  nothingToRedo: 'Nothing to redo',
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

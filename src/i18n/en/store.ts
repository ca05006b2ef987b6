import { defineText } from '../core';

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
  editorClosedFactor: 'The factor you were editing was deleted in another tab, so the editor closed.',
  editorClosedScenario: 'The scenario of the factor you were editing was deleted in another tab, so the editor closed.',
  storage: {
    quota: 'The browser’s storage for this site is full.',
    unavailable: 'This browser does not allow the site to store data (private mode or a privacy setting).',
    unknown: 'The browser refused to store the data.',
    notSaving: ({ reason }: { reason: string }) => `${reason} Your changes are kept in this tab but are not being saved. Export them to keep a copy.`,
    unreadableFound: ({ reason }: { reason: string }) => `Data in this browser’s storage could not be read (${reason})`,
    unreadableKept: 'It was set aside and can be downloaded; nothing of yours was changed.',
    unreadableLeft: 'It was left where it is; nothing of yours was changed.',
    newerInOtherTab: 'another tab saved this work with a newer version of the app',
    newerInOtherTabNotice:
      'Another tab saved this work with a newer version of the app. To protect it, this tab no longer saves. Export what you do here, or reload to use the newer version.',
    storageOff: 'This browser does not let the app store data, so work is not being saved. Export it to keep a copy.',
    storageOffReason: 'storage is not available',
    partUnreadable: ({ reason }: { reason: string }) => `Part of your saved work could not be read: ${reason}`,
    restLoaded: 'Everything else was loaded.',
    startKept: 'It was set aside and can be downloaded.',
    startUntouched: 'It was left untouched.',
    legacyUnreadable: ({ reason }: { reason: string }) => `Your saved work could not be read: ${reason} The app started from the seed analysis.`,
    legacyKept: 'The unreadable data is kept aside in this browser and can be downloaded.',
    legacyUntouched: 'The data was left untouched.',
    newerReason: 'saved by a newer version of the app',
    newerNoSave: ({ reason }: { reason: string }) =>
      `${reason} To protect it, this version will not save. Open the app in its newer version, or export what you do here.`,
    newerNoSaveOver: ({ reason }: { reason: string }) =>
      `${reason} To protect it, this version will not save over it. Open the app in its newer version, or export what you do here.`,
    notJson: 'The saved data is not valid JSON.',
    notOurs: 'The saved data is not in a shape this app wrote.',
    failedValidation: ({ reason }: { reason: string }) => `The saved data failed validation (${reason}).`,
    noScenario: 'The saved data holds no scenario.',
    newerFormat: ({ format, supported }: { format: number; supported: number }) =>
      `This work was saved by a newer version of the app (format ${format}; this one reads up to ${supported}).`,
    damaged: 'The saved data is damaged.',
  },
});

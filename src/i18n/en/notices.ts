import { defineText } from '../core';

/** What the storage banner and the crash view say about a problem (loaded when there is one). */
export const noticesText = defineText('notices', {
  notSaving: ({ reason }: { reason: string }) => `${reason} Your changes are kept in this tab but are not being saved. Export them to keep a copy.`,
  unreadableFound: ({ reason }: { reason: string }) => `Data in this browser’s storage could not be read (${reason})`,
  unreadableKept: 'It was set aside and can be downloaded; nothing of yours was changed.',
  unreadableLeft: 'It was left where it is; nothing of yours was changed.',
  newerInOtherTabNotice:
    'Another tab saved this work with a newer version of the app. To protect it, this tab no longer saves. Export what you do here, or reload to use the newer version.',
  storageOff: 'This browser does not let the app store data, so work is not being saved. Export it to keep a copy.',
  partUnreadable: ({ reason }: { reason: string }) => `Part of your saved work could not be read: ${reason}`,
  restLoaded: 'Everything else was loaded.',
  startKept: 'It was set aside and can be downloaded.',
  startUntouched: 'It was left untouched.',
  legacyUnreadable: ({ reason }: { reason: string }) => `Your saved work could not be read: ${reason} The app started from the seed analysis.`,
  legacyKept: 'The unreadable data is kept aside in this browser and can be downloaded.',
  legacyUntouched: 'The data was left untouched.',
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
  crash: {
    stopped: 'Something went wrong while showing the app, so it stopped.',
    saved: 'Your work is safe: it is saved in this browser.',
    showAgain: 'Show the app again',
    details: 'About the error',
  },
  banner: {
    exportAll: 'Export all scenarios',
    downloadUnreadable: 'Download the unreadable data',
    dismiss: 'Dismiss',
  },
});

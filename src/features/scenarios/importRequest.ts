import { create } from 'zustand';
import { prepareNumberFormat } from '../../i18n/core';

/** A file the user chose or dropped, waiting for the import flow, which loads only when there is one. */
export const useImportRequest = create<{ file: File | null }>(() => ({ file: null }));

export const requestImport = (file: File): void => useImportRequest.setState({ file });

/**
 * Fetches the import's code as the user reaches for a file (the Import… button, a file dragged
 * over the page), so that the preview waits for the file alone. In the page's first seconds,
 * before the idle preloads, the preview otherwise waited for three chunks fetched one after
 * another. The messages' code comes too: an import ends with one.
 */
export const prepareImport = (): void => {
  void Promise.all([import('./ImportFlow'), import('../../io/importFile'), import('../../app/describeError'), import('../feedback/Toasts')])
    // The preview shows counts of 1,000 and more, whose first formatting loads ICU's data.
    .then(prepareNumberFormat)
    .catch(() => {
      // Offline with nothing cached: the import itself says so when it runs.
    });
};

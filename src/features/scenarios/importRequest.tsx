import { create } from 'zustand';
import { OverlayFailed } from '../../app/OverlayFailed';
import { preloadable } from '../../app/preloadable';
import { prepareNumberFormat, text } from '../../i18n/core';
import { appText } from '../../i18n/en/app';
import { Toasts } from '../feedback/lazyToasts';

/** A file the user chose or dropped, waiting for the import flow, which loads only when there is one. */
export const useImportRequest = create<{ file: File | null }>(() => ({ file: null }));

export const requestImport = (file: File): void => useImportRequest.setState({ file });

/** The import's dialogs, loaded when a file is first requested or reached for. */
export const ImportFlow = preloadable(
  () => import('./ImportFlow').then((m) => m.ImportFlow),
  undefined,
  (retry) => <OverlayFailed retry={retry} dismiss={() => useImportRequest.setState({ file: null })} message={text(appText).importLoadFailed} />,
);

/**
 * Fetches the import's code as the user reaches for a file (the Import… button, a file dragged
 * over the page), so that the preview waits for the file alone. In the page's first seconds,
 * before the idle preloads, the preview otherwise waited for three chunks fetched one after
 * another. The messages' code comes too: an import ends with one.
 */
export const prepareImport = (): void => {
  void Promise.all([ImportFlow.preload(), import('../../io/importFile'), import('../../app/describeError'), Toasts.preload()])
    // The preview shows counts of 1,000 and more, whose first formatting loads ICU's data.
    .then(prepareNumberFormat)
    .catch(() => {
      // Offline with nothing cached: the import itself says so when it runs.
    });
};

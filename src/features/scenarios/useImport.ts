import { useCallback, useState } from 'react';
import type { Problem } from '../../domain/document';
import { importDocument } from '../../domain/importDocument';
import type { MatrixDocument } from '../../domain/schema';
import { useAppStore } from '../../store/context';
import { count, text } from '../../i18n/core';
import { appText } from '../../i18n/en/app';

export type ImportState =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string }
  | { step: 'failed'; fileName: string; errors: Problem[] }
  | {
      step: 'preview';
      fileName: string;
      document: MatrixDocument;
      warnings: Problem[];
      migratedFrom: number | null;
      /** Sources that have a text attached in this browser, which a text in the file does not replace. */
      textsHere: ReadonlySet<string>;
    };

/**
 * The sources with a text attached here. An import adds and never replaces: a text the analyst
 * attached (another edition, a fuller extract) would otherwise be swapped for the file's without a
 * word, outside undo, since texts live beside the document.
 */
async function sourcesWithText(): Promise<ReadonlySet<string>> {
  const { useSourceTexts } = await import('../evidence/useSourceTexts');
  if (!useSourceTexts.getState().loaded) await useSourceTexts.getState().load();
  return new Set(useSourceTexts.getState().texts.keys());
}

/** Import in two steps: read and check the file, then add its scenarios once the user confirms. */
export function useImport() {
  const store = useAppStore();
  const [state, setState] = useState<ImportState>({ step: 'idle' });

  const start = useCallback(async (file: File) => {
    setState({ step: 'reading', fileName: file.name });
    // Parsing and checking a file is needed only once someone imports; it stays out of the first load.
    const [{ readImportFile }, { formatImportProblem }] = await Promise.all([import('../../io/importFile'), import('../../app/describeError')]);
    const result = await readImportFile(file);
    if (!result.ok) {
      setState({ step: 'failed', fileName: file.name, errors: result.errors });
      store.getState().announce(text(appText).transfer.importFailed({ problems: result.errors.map(formatImportProblem).join('; ') }));
      return;
    }
    const textsHere = result.document.sourceTexts?.length ? await sourcesWithText() : new Set<string>();
    setState({ step: 'preview', fileName: file.name, document: result.document, warnings: result.warnings, migratedFrom: result.migratedFrom, textsHere });
  }, [store]);

  const confirm = useCallback(async (): Promise<void> => {
    if (state.step !== 'preview') return;
    const { workspace, added, sourceTexts } = importDocument(store.getState().workspace, state.document);
    const first = added[0];
    store.getState().change({ ok: true, value: first ? { ...workspace, activeScenarioId: first.id } : workspace });
    store.getState().toast(
      text(appText).transfer.imported({ scenarios: count(text(appText).transfer.scenarios, added.length), file: state.fileName }),
    );
    setState({ step: 'idle' });
    // Source texts travel with a file exported "with source texts"; they go to the texts store.
    if (sourceTexts.length > 0) {
      const { useSourceTexts } = await import('../evidence/useSourceTexts');
      // Asked again, not taken from the preview: another tab may have attached one since.
      const here = await sourcesWithText();
      for (const entry of sourceTexts) {
        if (!here.has(entry.sourceId)) await useSourceTexts.getState().attach(entry.sourceId, entry.text, entry.origin);
      }
    }
  }, [state, store]);

  const cancel = useCallback(() => setState({ step: 'idle' }), []);
  return { state, start, confirm, cancel };
}

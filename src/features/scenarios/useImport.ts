import { useCallback, useState } from 'react';
import type { Problem } from '../../domain/document';
import type { MatrixDocument } from '../../domain/schema';
import { useAppStore } from '../../store/context';
import { count, text } from '../../i18n/core';
import { appText } from '../../i18n/en/app';

export type ImportState =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string }
  | { step: 'failed'; fileName: string; errors: Problem[] }
  | { step: 'preview'; fileName: string; document: MatrixDocument; warnings: Problem[]; migratedFrom: number | null };

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
    setState({ step: 'preview', fileName: file.name, document: result.document, warnings: result.warnings, migratedFrom: result.migratedFrom });
  }, [store]);

  const confirm = useCallback(async (): Promise<void> => {
    if (state.step !== 'preview') return;
    const { importDocument } = await import('../../domain/document');
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
      for (const entry of sourceTexts) await useSourceTexts.getState().attach(entry.sourceId, entry.text, entry.origin);
    }
  }, [state, store]);

  const cancel = useCallback(() => setState({ step: 'idle' }), []);
  return { state, start, confirm, cancel };
}

import { useRef } from 'react';
import { useAppStore } from '../../store/context';
import { selectActiveScenario } from '../../store/selectors';
import { ExportMenu } from '../export/ExportMenu';
import { requestImport } from './importRequest';
import { text } from '../../i18n/core';
import { appText } from '../../i18n/en/app';

/** Export the scenario on screen or all of them, and import from a file chooser. */
export function TransferButtons() {
  const store = useAppStore();
  const input = useRef<HTMLInputElement>(null);

  // Writing a file is needed only when someone exports, so it loads then.
  async function exportJson(which: 'active' | 'all') {
    const [{ serializeDocument, toDocument }, { downloadText, slug, today }] = await Promise.all([
      import('../../domain/exportDocument'),
      import('../../io/download'),
    ]);
    const { workspace } = store.getState();
    const scenario = selectActiveScenario(store.getState());
    if (which === 'all') downloadText(`swot-pest-all-scenarios-${today()}.json`, serializeDocument(toDocument(workspace)));
    else downloadText(`swot-pest-${slug(scenario.name)}-${today()}.json`, serializeDocument(toDocument(workspace, [scenario.id])));
  }

  const S = text(appText).transfer;
  return (
    <div className="transfer" role="group" aria-label={S.group}>
      <button type="button" onClick={() => void exportJson('active')} aria-label={S.exportLabel} title={S.exportHint}>
        {S.export}
      </button>
      <button type="button" onClick={() => void exportJson('all')}>
        {S.exportAll}
      </button>
      <ExportMenu />
      <button type="button" onClick={() => input.current?.click()} title={S.importHint}>
        {S.import}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        className="visually-hidden"
        tabIndex={-1}
        aria-label={S.importFile}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) requestImport(file);
        }}
      />
    </div>
  );
}

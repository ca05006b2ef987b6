import { useRef } from 'react';
import { serializeDocument, toDocument } from '../../domain/exportDocument';
import { downloadText, slug, today } from '../../io/download';
import { useAppStore } from '../../store/context';
import { selectActiveScenario } from '../../store/selectors';
import { ExportMenu } from '../export/ExportMenu';

/** Export the scenario on screen or all of them, and import from a file chooser. */
export function TransferButtons({ onImportFile }: { onImportFile(file: File): void }) {
  const store = useAppStore();
  const input = useRef<HTMLInputElement>(null);

  function exportActive() {
    const { workspace } = store.getState();
    const scenario = selectActiveScenario(store.getState());
    downloadText(`swot-pest-${slug(scenario.name)}-${today()}.json`, serializeDocument(toDocument(workspace, [scenario.id])));
  }
  function exportAll() {
    downloadText(`swot-pest-all-scenarios-${today()}.json`, serializeDocument(toDocument(store.getState().workspace)));
  }

  return (
    <div className="transfer" role="group" aria-label="Export and import">
      <button type="button" onClick={exportActive} aria-label="Export scenario" title="Export the scenario on screen as JSON">
        Export
      </button>
      <button type="button" onClick={exportAll}>
        Export all
      </button>
      <ExportMenu />
      <button type="button" onClick={() => input.current?.click()} title="Import scenarios from a JSON file (or drop the file on the page)">
        Import…
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        className="visually-hidden"
        tabIndex={-1}
        aria-label="Import a JSON file"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onImportFile(file);
        }}
      />
    </div>
  );
}

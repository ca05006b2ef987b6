import { useRef } from 'react';
import { useAppStore } from '../../store/context';
import { ExportMenu } from '../export/ExportMenu';
import { prepareImport, requestImport } from './importRequest';
import { text } from '../../i18n/core';
import { appText } from '../../i18n/en/app';

/** Export the scenario on screen or all of them, and import from a file chooser. */
export function TransferButtons() {
  const store = useAppStore();
  const input = useRef<HTMLInputElement>(null);

  // Writing a file is needed only when someone exports, so its code loads then.
  const exportJson = (which: 'active' | 'all') => import('./exportJson').then((module) => module.exportJson(store, which));

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
      <button
        type="button"
        onClick={() => {
          prepareImport();
          input.current?.click();
        }}
        title={S.importHint}
      >
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

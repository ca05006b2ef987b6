import { type DragEvent, lazy, Suspense, useState } from 'react';
import { FactorEditor } from '../features/editor/FactorEditor';
import { LiveRegion } from '../features/feedback/LiveRegion';
import { StorageNoticeBanner } from '../features/feedback/StorageNoticeBanner';
import { Toasts } from '../features/feedback/Toasts';
import { MatrixBoard } from '../features/matrix/MatrixBoard';
import { ComparePanel } from '../features/scenarios/ComparePanel';
import { ImportDialogs } from '../features/scenarios/ImportDialogs';
import { useImport } from '../features/scenarios/useImport';
import { SourcesPanel } from '../features/sources/SourcesPanel';
import { useApp, useAppStore } from '../store/context';
import { Toolbar } from './Toolbar';
import { useEditorShortcuts } from './useShortcuts';
import './app.css';

// Present mode is only needed in workshops; it loads when first opened.
const PresentMode = lazy(() => import('../features/present/PresentMode'));

const isFileDrag = (event: DragEvent) => Array.from(event.dataTransfer.types).includes('Files');

export function App() {
  const store = useAppStore();
  const mode = useApp((state) => state.mode);
  const panel = useApp((state) => state.panel);
  const importer = useImport();
  const [dropping, setDropping] = useState(false);
  useEditorShortcuts(store, mode === 'edit');

  if (mode === 'present') {
    return (
      <>
        <Suspense fallback={<p className="loading">Opening Present mode…</p>}>
          <PresentMode />
        </Suspense>
        <LiveRegion />
      </>
    );
  }

  return (
    <div
      className={`app${dropping ? ' app--dropping' : ''}`}
      onDragOver={(event) => {
        if (!isFileDrag(event)) return;
        event.preventDefault();
        setDropping(true);
      }}
      onDragLeave={(event) => {
        if (event.currentTarget === event.target) setDropping(false);
      }}
      onDrop={(event) => {
        if (!isFileDrag(event)) return;
        event.preventDefault();
        setDropping(false);
        const file = event.dataTransfer.files[0];
        if (file) void importer.start(file);
      }}
    >
      <Toolbar onImportFile={(file) => void importer.start(file)} />
      <StorageNoticeBanner />
      <div className="workspace">
        <main className="workspace__main" aria-label="Matrix">
          <MatrixBoard />
        </main>
        {panel === 'compare' && <ComparePanel />}
        {panel === 'sources' && <SourcesPanel />}
        <FactorEditor />
      </div>
      {dropping && (
        <div className="drop-hint" aria-hidden="true">
          Drop a .json file to import it
        </div>
      )}
      <ImportDialogs state={importer.state} onConfirm={importer.confirm} onCancel={importer.cancel} />
      <Toasts />
      <LiveRegion />
    </div>
  );
}

import { type DragEvent, useEffect, useState } from 'react';
import { LiveRegion } from '../features/feedback/LiveRegion';
import { UpdatePrompt } from '../features/feedback/UpdatePrompt';
import { MatrixBoard } from '../features/matrix/MatrixBoard';
import { AddFactorForm } from '../features/matrix/MatrixCell';
import { ImportFlow, prepareImport, requestImport, useImportRequest } from '../features/scenarios/importRequest';
import { Toasts } from '../features/feedback/lazyToasts';
import { createActions } from '../store/actions';
import { useApp, useAppStore } from '../store/context';
import { useReader } from '../features/evidence/useReader';
import { usePrint } from '../features/export/usePrint';
import { useDensity } from '../features/density/density';
import { ExportMenuList } from '../features/export/ExportMenu';
import { preloadable } from './preloadable';
import { editorFailed, editorLoading, panelFailed, panelLoading } from './PanelLoading';
import { LoadFailed } from './LoadFailed';
import { OverlayFailed } from './OverlayFailed';
import { Toolbar } from './Toolbar';
import { useVerdictWatch } from './useVerdictWatch';
import { inIdlePeriods, whenIdle, whenQuiet } from './whenQuiet';
import { useEditorShortcuts } from './useShortcuts';
import './app.css';
import { prepareNumberFormat, text } from '../i18n/core';
import { appText } from '../i18n/en/app';

// Only the grid is needed for the first paint; panels and Present mode load when first opened,
// which keeps the JavaScript every workshop laptop downloads up front small.
const PresentMode = preloadable(
  () => import('../features/present/PresentMode').then((m) => m.default),
  () => <p className="loading">{text(appText).openingPresent}</p>,
  (retry) => <PresentFailed retry={retry} />,
);
/** Present mode in place of the editor, its code not fetched: the whole screen says so, with the way back. */
function PresentFailed({ retry }: { retry(): void }) {
  const store = useAppStore();
  return (
    <div className="loading">
      <LoadFailed retry={retry} message={text(appText).presentFailed} focus>
        <button type="button" onClick={() => store.getState().setMode('edit')}>
          {text(appText).backToEditor}
        </button>
      </LoadFailed>
    </div>
  );
}
const FactorEditor = preloadable(() => import('../features/editor/FactorEditor').then((m) => m.FactorEditor), editorLoading, editorFailed);
const StrategyPanel = preloadable(() => import('../features/strategy/StrategyPanel').then((m) => m.StrategyPanel), panelLoading, panelFailed);
const PickedBar = preloadable(() => import('../features/strategy/PickedBar').then((m) => m.PickedBar));
const ComparePanel = preloadable(() => import('../features/scenarios/ComparePanel').then((m) => m.ComparePanel), panelLoading, panelFailed);
const SourcesPanel = preloadable(() => import('../features/sources/SourcesPanel').then((m) => m.SourcesPanel), panelLoading, panelFailed);
const PrintReport = preloadable(
  () => import('../features/export/PrintReport').then((m) => m.PrintReport),
  undefined,
  (retry) => <OverlayFailed retry={retry} dismiss={usePrint.getState().end} message={text(appText).printFailed} />,
);
const Reader = preloadable(
  () => import('../features/evidence/Reader').then((m) => m.Reader),
  undefined,
  (retry) => <OverlayFailed retry={retry} dismiss={useReader.getState().close} message={text(appText).readerFailed} />,
);
// A storage problem is rare; its banner (and its words) load only when there is one.
const StorageNoticeBanner = preloadable(() => import('../features/feedback/StorageNoticeBanner').then((m) => m.StorageNoticeBanner));

/**
 * Fetches ahead of use what the first clicks will need: the add-factor form and the editor at the
 * first idle moment, the rest (Import, Present, the panels, the exports, undo's words, and the
 * first number formatter, which loads ICU's data) in idle periods once the person has paused (see
 * whenQuiet).
 * A panel opened before then loads on the spot, its place shown meanwhile; Present mode still gets
 * full screen, since the click's permission outlasts loading it from this origin.
 */
function usePreloadPanels() {
  useEffect(() => {
    // Each step in an idle period of its own: as one task they took about 50 ms, and a key
    // pressed just after the page appeared waited for all of it.
    const steps = [
      prepareNumberFormat,
      () => {
        void ImportFlow.preload();
        void PresentMode.preload();
        void Toasts.preload();
        void import('../i18n/stepWording');
      },
      () => {
        void ComparePanel.preload();
        void SourcesPanel.preload();
        void StrategyPanel.preload();
        void Reader.preload();
      },
      () => {
        // Exports must work offline after one visit, so their code is fetched (and cached) now.
        void import('../features/export/exportAs');
        void ExportMenuList.preload();
      },
    ];
    let stopSteps = () => {};
    let stopRehearsal = () => {};
    let stopped = false;
    // The forms one types into straight after opening them come at the first idle moment: keys
    // typed before a form is there are lost. They are small (4 KB between them).
    const stopForms = whenIdle(() => {
      void AddFactorForm.preload();
      void FactorEditor.preload();
      // Then the first edit's code is run once, on a scratch store (see rehearse.ts).
      void import('./rehearse').then(({ rehearsal }) => {
        if (!stopped) stopRehearsal = inIdlePeriods(rehearsal(createActions));
      });
    });
    const stopWaiting = whenQuiet(() => (stopSteps = inIdlePeriods(steps)));
    return () => {
      stopped = true;
      stopForms();
      stopWaiting();
      stopSteps();
      stopRehearsal();
    };
  }, []);
}

const isFileDrag = (event: DragEvent) => Array.from(event.dataTransfer.types).includes('Files');

export function App() {
  const store = useAppStore();
  const mode = useApp((state) => state.mode);
  const panel = useApp((state) => state.panel);
  const editing = useApp((state) => state.editing !== null);
  const picking = useApp((state) => state.picked.length > 0);
  const storageNotice = useApp((state) => state.storageNotice !== null);
  const toasting = useApp((state) => state.toasts.length > 0);
  const reading = useReader((state) => state.target !== null);
  const printing = usePrint((state) => state.printing);
  const importing = useImportRequest((state) => state.file);
  const [dropping, setDropping] = useState(false);
  const density = useDensity((state) => state.density);
  useEditorShortcuts(store, mode === 'edit');
  usePreloadPanels();
  useVerdictWatch(store);

  if (mode === 'present') {
    return (
      <>
        <PresentMode />
        <LiveRegion />
      </>
    );
  }

  return (
    <div
      className={`app app--${density}${dropping ? ' app--dropping' : ''}`}
      onDragOver={(event) => {
        if (!isFileDrag(event)) return;
        event.preventDefault();
        if (!dropping) prepareImport();
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
        if (file) requestImport(file);
      }}
    >
      <Toolbar />
      <UpdatePrompt />
      {storageNotice && <StorageNoticeBanner />}
      {picking && <PickedBar />}
      <div className="workspace">
        <main className="workspace__main" aria-label={text(appText).matrixRegion}>
          <MatrixBoard />
        </main>
        {panel === 'compare' && <ComparePanel />}
        {panel === 'sources' && <SourcesPanel />}
        {panel === 'strategy' && <StrategyPanel />}
        {editing && <FactorEditor />}
      </div>
      {dropping && (
        <div className="drop-hint" aria-hidden="true">
          {text(appText).dropHint}
        </div>
      )}
      {printing && <PrintReport />}
      {reading && <Reader />}
      {importing && <ImportFlow file={importing} />}
      {toasting && <Toasts />}
      <LiveRegion />
    </div>
  );
}

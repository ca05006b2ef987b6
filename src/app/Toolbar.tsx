import { useState } from 'react';
import { DensityPicker } from '../features/density/DensityPicker';
import { LiveButton } from '../features/live/LiveButton';
import { SaveIndicator } from '../features/feedback/SaveIndicator';
import { ScenarioBar } from '../features/scenarios/ScenarioBar';
import { TransferButtons } from '../features/scenarios/TransferButtons';
import { useApp } from '../store/context';
import type { Panel } from '../store/types';

function PanelToggle({ panel, label }: { panel: Exclude<Panel, null>; label: string }) {
  const open = useApp((state) => state.panel === panel);
  const setPanel = useApp((state) => state.setPanel);
  const setCompareWith = useApp((state) => state.setCompareWith);
  return (
    <button
      type="button"
      aria-pressed={open}
      onClick={() => {
        if (open && panel === 'compare') setCompareWith(null);
        setPanel(open ? null : panel);
      }}
    >
      {label}
    </button>
  );
}

export function Toolbar({ onImportFile }: { onImportFile(file: File): void }) {
  const canUndo = useApp((state) => state.canUndo);
  const canRedo = useApp((state) => state.canRedo);
  const undo = useApp((state) => state.undo);
  const redo = useApp((state) => state.redo);
  const setMode = useApp((state) => state.setMode);
  // On a phone the less frequent controls fold away behind "More"; on wider screens they always show.
  const [moreOpen, setMoreOpen] = useState(false);

  return (
    <header className="toolbar">
      <h1 className="toolbar__title">SWOT × PEST</h1>
      <ScenarioBar />
      <div className="toolbar__group" role="group" aria-label="History">
        <button type="button" onClick={undo} disabled={!canUndo} aria-keyshortcuts="Control+Z" title="Undo (Ctrl+Z)">
          Undo
        </button>
        <button type="button" onClick={redo} disabled={!canRedo} aria-keyshortcuts="Control+Shift+Z" title="Redo (Ctrl+Shift+Z)">
          Redo
        </button>
      </div>
      <button type="button" className="toolbar__more-toggle" aria-expanded={moreOpen} aria-controls="toolbar-more" onClick={() => setMoreOpen((open) => !open)}>
        More
      </button>
      <div id="toolbar-more" className={`toolbar__more${moreOpen ? ' toolbar__more--open' : ''}`}>
        <div className="toolbar__group" role="group" aria-label="Panels">
          <PanelToggle panel="compare" label="Compare" />
          <PanelToggle panel="sources" label="Sources" />
        </div>
        <DensityPicker />
        <TransferButtons onImportFile={onImportFile} />
        <LiveButton />
        <button type="button" className="button--primary" onClick={() => setMode('present')} aria-keyshortcuts="P" title="Present (P)">
          Present
        </button>
      </div>
      <SaveIndicator />
    </header>
  );
}

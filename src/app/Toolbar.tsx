import { useState } from 'react';
import { DensityPicker } from '../features/density/DensityPicker';
import { LiveButton } from '../features/live/LiveButton';
import { SaveIndicator } from '../features/feedback/SaveIndicator';
import { ScenarioBar } from '../features/scenarios/ScenarioBar';
import { TransferButtons } from '../features/scenarios/TransferButtons';
import { useApp } from '../store/context';
import type { Panel } from '../store/types';
import { text } from '../i18n/core';
import { appText } from '../i18n/en/app';
import { LanguagePicker } from './LanguagePicker';

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

export function Toolbar() {
  const canUndo = useApp((state) => state.canUndo);
  const canRedo = useApp((state) => state.canRedo);
  const undo = useApp((state) => state.undo);
  const redo = useApp((state) => state.redo);
  const setMode = useApp((state) => state.setMode);
  // On a phone the less frequent controls fold away behind "More"; on wider screens they always show.
  const [moreOpen, setMoreOpen] = useState(false);
  const S = text(appText);

  return (
    <header className="toolbar">
      <h1 className="toolbar__title">{S.appTitle}</h1>
      <ScenarioBar />
      <div className="toolbar__group" role="group" aria-label={S.toolbar.history}>
        <button type="button" onClick={undo} disabled={!canUndo} aria-keyshortcuts="Control+Z" title={S.toolbar.undoHint}>
          {S.toolbar.undo}
        </button>
        <button type="button" onClick={redo} disabled={!canRedo} aria-keyshortcuts="Control+Shift+Z" title={S.toolbar.redoHint}>
          {S.toolbar.redo}
        </button>
      </div>
      <button type="button" className="toolbar__more-toggle" aria-expanded={moreOpen} aria-controls="toolbar-more" onClick={() => setMoreOpen((open) => !open)}>
        {S.toolbar.more}
      </button>
      <div id="toolbar-more" className={`toolbar__more${moreOpen ? ' toolbar__more--open' : ''}`}>
        <div className="toolbar__group" role="group" aria-label={S.toolbar.panels}>
          <PanelToggle panel="compare" label={S.toolbar.compare} />
          <PanelToggle panel="sources" label={S.toolbar.sources} />
          <PanelToggle panel="strategy" label={S.toolbar.strategy} />
        </div>
        <DensityPicker />
        <TransferButtons />
        <LiveButton />
        <button type="button" className="button--primary" onClick={() => setMode('present')} aria-keyshortcuts="P" title={S.toolbar.presentHint}>
          {S.toolbar.present}
        </button>
      </div>
      <LanguagePicker />
      <SaveIndicator />
    </header>
  );
}

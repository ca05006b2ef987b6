import { useId, useState } from 'react';
import { closableFailed } from '../../app/OverlayFailed';
import { preloadable } from '../../app/preloadable';
import { useActions, useApp } from '../../store/context';
import { selectActiveScenario } from '../../store/selectors';
import { ScenarioOptions } from './ScenarioOptions';
import { text } from '../../i18n/core';
import { appText } from '../../i18n/en/app';

const NewScenarioDialog = preloadable(() => import('./ScenarioForm').then((m) => m.NewScenarioDialog), undefined, closableFailed);
const ScenarioDetailsDialog = preloadable(() => import('./ScenarioForm').then((m) => m.ScenarioDetailsDialog), undefined, closableFailed);

/** The scenario picker and what can be done to the scenario on screen. */
export function ScenarioBar() {
  const id = useId();
  const actions = useActions();
  // The id and name only: the bar must not re-render for every change to the scenario's factors.
  const activeId = useApp((state) => selectActiveScenario(state).id);
  const activeName = useApp((state) => selectActiveScenario(state).name);
  const toast = useApp((state) => state.toast);
  const [dialog, setDialog] = useState<'new' | 'details' | null>(null);
  const isSeed = activeId.startsWith('seed-');

  async function resetToSeed() {
    const { loadSeeds } = await import('../../io/seeds');
    const seeds = await loadSeeds();
    const seed = seeds.scenarios.find((scenario) => scenario.id === activeId);
    if (!seed) return;
    if (actions.resetScenario(seed)) toast(text(appText).scenarioBar.resetDone({ name: seed.name }));
  }

  const S = text(appText).scenarioBar;
  return (
    <div className="scenario-bar" role="group" aria-label={S.scenario}>
      <label htmlFor={`${id}-picker`} className="scenario-bar__label">
        {S.scenario}
      </label>
      <select
        id={`${id}-picker`}
        className="scenario-bar__picker"
        value={activeId}
        onChange={(event) => actions.switchScenario(event.target.value)}
      >
        <ScenarioOptions />
      </select>
      <button type="button" onClick={() => setDialog('new')}>
        {S.new}
      </button>
      <button type="button" onClick={() => setDialog('details')} title={S.detailsLabel}>
        {S.details}
      </button>
      {isSeed && (
        <button type="button" onClick={resetToSeed}>
          {S.resetToSeed}
        </button>
      )}
      <button type="button" onClick={() => actions.removeScenario(activeId)} aria-label={S.deleteLabel({ name: activeName })}>
        {S.delete}
      </button>
      {dialog === 'new' && <NewScenarioDialog onClose={() => setDialog(null)} />}
      {dialog === 'details' && <ScenarioDetailsDialog onClose={() => setDialog(null)} />}
    </div>
  );
}

import type { Cell } from '../domain/axes';
import { cellLabel } from '../i18n/axes';
import {
  addCitation,
  addFactor,
  cellFactors,
  type FactorDraft,
  type FactorPatch,
  moveCitation,
  moveFactor,
  positionOf,
  removeCitation,
  removeFactor,
  updateCitation,
  updateFactor,
  findFactor,
} from '../domain/matrix';
import { createId } from '../domain/ids';
import { fail, type Result } from '../domain/result';
import { strategiesUsingFactor } from '../domain/strategy/links';
import type { Citation, Scenario, Workspace } from '../domain/schema';
import {
  activeScenario,
  addScenario,
  addSource,
  changeScenario,
  describeScenario,
  duplicateScenario,
  findScenario,
  findSource,
  removeScenario,
  removeSource,
  replaceScenario,
  setActiveScenario,
  type ScenarioDraft,
  type SourceDraft,
  updateSource,
} from '../domain/workspace';
import type { AppStore } from './appStore';
import { count, text } from '../i18n/core';
import { storeText } from '../i18n/en/store';

/**
 * The named things a user can do. Each reads the current workspace, asks the domain for the
 * next one, and hands the result to `change`, which records it for undo or reports the error.
 */
/**
 * Where an action applies its change: the scenario on screen, or the scenario a factor belongs
 * to for this action (the editor's own scenario when the factor is the one being edited, so an
 * edit can never land in another scenario that happens to hold a factor with the same id).
 */
export function scenarioTargets(store: AppStore) {
  const state = () => store.getState();
  const onActive = (op: (scenario: Scenario) => Result<Scenario>) => {
    const { workspace } = state();
    return state().change(changeScenario(workspace, activeScenario(workspace).id, op));
  };
  const scenarioOf = (factorId: string): string => {
    const { editing, workspace } = state();
    return editing?.factorId === factorId ? editing.scenarioId : activeScenario(workspace).id;
  };
  const onFactor = (factorId: string, op: (scenario: Scenario) => Result<Scenario>) =>
    state().change(changeScenario(state().workspace, scenarioOf(factorId), op));
  return { state, onActive, onFactor };
}

/**
 * The named things a user can do. Each reads the current workspace, asks the domain for the
 * next one, and hands the result to `change`, which records it for undo or reports the error.
 * The strategy methods' actions live in `strategyActions.ts`, loaded with their views.
 */
export function createActions(store: AppStore) {
  const { state, onActive, onFactor } = scenarioTargets(store);
  return {
    addFactor(cell: Cell, draft: FactorDraft, index?: number): string | null {
      const id = draft.id ?? createId('f');
      return state().together(() => {
        if (!onActive((scenario) => addFactor(scenario, cell, { ...draft, id }, index))) return null;
        state().announce(text(storeText).added({ title: draft.title.trim(), cell: cellLabel(cell) }));
        return id;
      });
    },
    updateFactor: (factorId: string, patch: FactorPatch) =>
      onFactor(factorId, (scenario) => updateFactor(scenario, factorId, patch)),
    moveFactor(factorId: string, toCell: Cell, toIndex: number): boolean {
      return onActive((scenario) => moveFactor(scenario, factorId, toCell, toIndex));
    },
    /** Deletes a factor of the scenario on screen, or of `scenarioId` (a live session's, which may be another). */
    removeFactor(factorId: string, scenarioId = activeScenario(state().workspace).id): boolean {
      const scenario = findScenario(state().workspace, scenarioId);
      const factor = scenario && findFactor(scenario, factorId);
      const position = scenario && positionOf(scenario, factorId);
      if (!scenario || !factor || !position) return false;
      // Strategies keep the deleted factor's id (so Undo heals them); the message names them.
      const using = strategiesUsingFactor(scenario, factorId).map((strategy) => `"${strategy.title}"`);
      if (!state().change(changeScenario(state().workspace, scenarioId, (s) => removeFactor(s, factorId)))) return false;
      if (state().editing?.factorId === factorId) state().setEditing(null);
      if (state().selectedFactorId === factorId) state().select(null);
      const deleted = text(storeText).deleted({ title: factor.title });
      state().toast(using.length === 0 ? deleted : `${deleted}; ${count(text(storeText).usedBy, using.length, { names: using.join(', ') })}`, {
        action: {
          label: text(storeText).undo,
          // Put it back where it was, even if other changes happened since the delete.
          run: () => {
            const { workspace } = state();
            state().change(
              changeScenario(workspace, scenario.id, (current) => {
                const room = cellFactors(current, position.cell).length;
                return addFactor(current, position.cell, factor, Math.min(position.index, room));
              }),
            ) && state().announce(text(storeText).restored({ title: factor.title }));
          },
          focusAfter: () => document.querySelector(`[data-factor-id="${CSS.escape(factorId)}"]`),
        },
      });
      return true;
    },

    switchScenario(scenarioId: string) {
      const result = setActiveScenario(state().workspace, scenarioId);
      if (!result.ok) return state().change(result);
      // Which scenario is on screen is this tab's choice, not an edit: never saved into the document, never undone.
      // One store update, not two: every card's subscription runs once per update.
      state().setActiveScenario(scenarioId, text(storeText).showingScenario({ name: activeScenario(result.value).name }));
      return true;
    },
    removeScenario(scenarioId: string) {
      const before = state().workspace;
      const scenario = findScenario(before, scenarioId);
      if (!state().change(removeScenario(before, scenarioId)) || !scenario) return false;
      if (state().compareWithId === scenarioId) state().setCompareWith(null);
      state().toast(text(storeText).deletedScenario({ name: scenario.name }), {
        action: {
          label: text(storeText).undo,
          run: () => {
            const { workspace } = state();
            if (findScenario(workspace, scenario.id)) return;
            const index = Math.min(before.scenarios.indexOf(scenario), workspace.scenarios.length);
            const scenarios = [...workspace.scenarios.slice(0, index), scenario, ...workspace.scenarios.slice(index)];
            state().change({ ok: true, value: { ...workspace, scenarios, activeScenarioId: scenario.id } });
          },
          focusAfter: () => document.querySelector('.scenario-bar__picker'),
        },
      });
      return true;
    },
    resetScenario: (seed: Scenario) => state().change(replaceScenario(state().workspace, seed)),

  };
}

export type Actions = ReturnType<typeof createActions>;

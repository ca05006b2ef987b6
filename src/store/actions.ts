import type { Cell, EvidenceKind, TowsQuadrant } from '../domain/axes';
import { cellLabel, swotLabel } from '../i18n/axes';
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
import { type EvaluationMatrix, fail, type Result } from '../domain/result';
import { setEvidence } from '../domain/strategy/confidence';
import { setLikelihood, setSignificanceThreshold } from '../domain/strategy/significance';
import {
  addStrategy,
  findStrategy,
  moveStrategy,
  removeStrategy,
  restoreStrategy,
  type StrategyDraft,
  type StrategyPatch,
  strategyPosition,
  updateStrategy,
} from '../domain/strategy/strategies';
import { quadrantStrategies, strategiesUsingFactor, strategyStatus } from '../domain/strategy/tows';
import { normaliseWeights, setRating, setWeight } from '../domain/strategy/weighting';
import type { Citation, Scenario, Workspace } from '../domain/schema';
import { changeVotes, clearVotes, sortCellByVotes } from '../domain/votes';
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
export function createActions(store: AppStore) {
  const state = () => store.getState();
  const onActive = (op: (scenario: Scenario) => Result<Scenario>) => {
    const { workspace } = state();
    return state().change(changeScenario(workspace, activeScenario(workspace).id, op));
  };
  /**
   * The scenario a factor belongs to for this action: the editor's own scenario when the factor
   * is the one being edited, so an edit can never land in another scenario that happens to hold
   * a factor with the same id.
   */
  const scenarioOf = (factorId: string): string => {
    const { editing, workspace } = state();
    return editing?.factorId === factorId ? editing.scenarioId : activeScenario(workspace).id;
  };
  const onFactor = (factorId: string, op: (scenario: Scenario) => Result<Scenario>) =>
    state().change(changeScenario(state().workspace, scenarioOf(factorId), op));
  /** "; incomplete: no weaknesses linked", or nothing when the strategy is complete. */
  const incompleteNote = (strategyId: string): string => {
    const scenario = activeScenario(state().workspace);
    const strategy = findStrategy(scenario, strategyId);
    if (!strategy) return '';
    const status = strategyStatus(scenario, strategy);
    const S = text(storeText).strategies;
    return status.complete ? '' : `; ${S.incomplete({ parts: status.missingParts.map((part) => swotLabel(part).toLowerCase()).join(S.or) })}`;
  };
  const requireSource = (workspace: Workspace, citation: Citation): Result<never> | null =>
    findSource(workspace, citation.sourceId) ? null : fail({ code: 'source-not-found', id: citation.sourceId });

  return {
    addFactor(cell: Cell, draft: FactorDraft, index?: number): string | null {
      const id = draft.id ?? createId('f');
      if (!onActive((scenario) => addFactor(scenario, cell, { ...draft, id }, index))) return null;
      state().announce(text(storeText).added({ title: draft.title.trim(), cell: cellLabel(cell) }));
      return id;
    },
    updateFactor: (factorId: string, patch: FactorPatch) =>
      onFactor(factorId, (scenario) => updateFactor(scenario, factorId, patch)),
    moveFactor(factorId: string, toCell: Cell, toIndex: number): boolean {
      return onActive((scenario) => moveFactor(scenario, factorId, toCell, toIndex));
    },
    removeFactor(factorId: string): boolean {
      const scenario = activeScenario(state().workspace);
      const factor = findFactor(scenario, factorId);
      const position = positionOf(scenario, factorId);
      // Strategies keep the deleted factor's id (so Undo heals them); the message names them.
      const using = strategiesUsingFactor(scenario, factorId).map((strategy) => `"${strategy.title}"`);
      if (!onActive((s) => removeFactor(s, factorId)) || !factor || !position) return false;
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
        },
      });
      return true;
    },

    addCitation(factorId: string, citation: Citation, index?: number) {
      const missing = requireSource(state().workspace, citation);
      if (missing) return state().change(missing);
      return onFactor(factorId, (scenario) => addCitation(scenario, factorId, citation, index));
    },
    updateCitation(factorId: string, index: number, citation: Citation) {
      const missing = requireSource(state().workspace, citation);
      if (missing) return state().change(missing);
      return onFactor(factorId, (scenario) => updateCitation(scenario, factorId, index, citation));
    },
    moveCitation: (factorId: string, from: number, to: number) =>
      onFactor(factorId, (scenario) => moveCitation(scenario, factorId, from, to)),
    removeCitation: (factorId: string, index: number) => onFactor(factorId, (scenario) => removeCitation(scenario, factorId, index)),

    /** Returns the new source's id, or null when the draft was refused. */
    addSource(draft: SourceDraft): string | null {
      const result = addSource(state().workspace, draft);
      if (!result.ok) {
        state().change(result);
        return null;
      }
      state().change({ ok: true, value: result.value.workspace });
      return result.value.sourceId;
    },
    updateSource: (sourceId: string, patch: Partial<Omit<SourceDraft, 'id'>>) =>
      state().change(updateSource(state().workspace, sourceId, patch)),
    removeSource: (sourceId: string) => state().change(removeSource(state().workspace, sourceId)),

    switchScenario(scenarioId: string) {
      const result = setActiveScenario(state().workspace, scenarioId);
      if (!result.ok) return state().change(result);
      // Which scenario is on screen is this tab's choice, not an edit: never saved into the document, never undone.
      state().setActiveScenario(scenarioId);
      state().announce(text(storeText).showingScenario({ name: activeScenario(result.value).name }));
      return true;
    },
    createScenario: (draft: ScenarioDraft) => state().change(addScenario(state().workspace, draft)),
    duplicateScenario: (scenarioId: string, details?: { name?: string; description?: string }) =>
      state().change(duplicateScenario(state().workspace, scenarioId, details)),
    describeScenario: (scenarioId: string, details: { name?: string; description?: string }) =>
      state().change(describeScenario(state().workspace, scenarioId, details)),
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
        },
      });
      return true;
    },
    resetScenario: (seed: Scenario) => state().change(replaceScenario(state().workspace, seed)),

    // ---- IFE/EFE, significance and evidence ----

    setWeight: (factorId: string, weight: number | null) => onFactor(factorId, (scenario) => setWeight(scenario, factorId, weight)),
    setRating: (factorId: string, rating: number | null) => onFactor(factorId, (scenario) => setRating(scenario, factorId, rating)),
    setLikelihood: (factorId: string, likelihood: number | null) =>
      onFactor(factorId, (scenario) => setLikelihood(scenario, factorId, likelihood)),
    setEvidence: (factorId: string, citationIndex: number, evidence: EvidenceKind | null) =>
      onFactor(factorId, (scenario) => setEvidence(scenario, factorId, citationIndex, evidence)),
    setSignificanceThreshold: (threshold: number | null) => onActive((scenario) => setSignificanceThreshold(scenario, threshold)),
    /** One undoable step that rescales the whole matrix's weights to sum to 1. */
    normaliseWeights(matrix: EvaluationMatrix): boolean {
      if (!onActive((scenario) => normaliseWeights(scenario, matrix))) return false;
      state().announce(text(storeText).strategies.normalised({ matrix: matrix === 'ife' ? 'IFE' : 'EFE' }));
      return true;
    },

    // ---- TOWS strategies ----

    /** Returns the new strategy's id, or null when the draft was refused. */
    addStrategy(quadrant: TowsQuadrant, draft: StrategyDraft, index?: number): string | null {
      const id = draft.id ?? createId('st');
      if (!onActive((scenario) => addStrategy(scenario, quadrant, { ...draft, id }, index))) return null;
      state().announce(`${text(storeText).strategies.added({ title: draft.title.trim(), quadrant })}${incompleteNote(id)}`);
      return id;
    },
    updateStrategy: (strategyId: string, patch: StrategyPatch) => onActive((scenario) => updateStrategy(scenario, strategyId, patch)),
    moveStrategy(strategyId: string, toQuadrant: TowsQuadrant, toIndex: number): boolean {
      if (!onActive((scenario) => moveStrategy(scenario, strategyId, toQuadrant, toIndex))) return false;
      const scenario = activeScenario(state().workspace);
      const strategy = findStrategy(scenario, strategyId);
      const position = strategyPosition(scenario, strategyId);
      if (strategy && position) {
        const total = quadrantStrategies(scenario, position.quadrant).length;
        const moved = text(storeText).strategies.moved({ title: strategy.title, quadrant: position.quadrant, position: position.index + 1, total });
        state().announce(`${moved}${incompleteNote(strategyId)}`);
      }
      return true;
    },
    removeStrategy(strategyId: string): boolean {
      const scenario = activeScenario(state().workspace);
      const strategy = findStrategy(scenario, strategyId);
      const position = strategyPosition(scenario, strategyId);
      if (!onActive((s) => removeStrategy(s, strategyId)) || !strategy || !position) return false;
      state().toast(text(storeText).strategies.deleted({ title: strategy.title }), {
        action: {
          label: text(storeText).undo,
          run: () => {
            const { workspace } = state();
            state().change(changeScenario(workspace, scenario.id, (current) => restoreStrategy(current, strategy, position.index))) &&
              state().announce(text(storeText).strategies.restored({ title: strategy.title }));
          },
        },
      });
      return true;
    },

    changeVotes: (factorId: string, delta: number) => onActive((scenario) => changeVotes(scenario, factorId, delta)),
    clearVotes: () => onActive(clearVotes),
    sortCellByVotes: (cell: Cell) => onActive((scenario) => sortCellByVotes(scenario, cell)),
  };
}

export type Actions = ReturnType<typeof createActions>;

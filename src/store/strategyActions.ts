import type { EvidenceKind, TowsQuadrant } from '../domain/axes';
import { createId } from '../domain/ids';
import type { EvaluationMatrix } from '../domain/result';
import { setEvidence } from '../domain/strategy/evidenceLabels';
import { setLikelihood, setSignificanceThreshold, sortCellsBySignificance } from '../domain/strategy/significanceEdits';
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
import { quadrantStrategies, strategyStatus } from '../domain/strategy/tows';
import { normaliseWeights, setRating, setWeight } from '../domain/strategy/weighting';
import { activeScenario, changeScenario } from '../domain/workspace';
import { text } from '../i18n/core';
import { storeText } from '../i18n/en/store';
import { strategyText } from '../i18n/en/strategy';
import { missingPartsText } from '../i18n/strategyWording';
import { scenarioTargets } from './actions';
import type { AppStore } from './appStore';

/**
 * What a user does with the strategy methods: IFE/EFE weights and ratings, likelihood and
 * evidence labels, and TOWS strategies. Loaded with the views that offer them, not with the grid.
 */
export function createStrategyActions(store: AppStore) {
  const { state, onActive, onFactor } = scenarioTargets(store);
  /** "; incomplete: no weaknesses linked", or nothing when the strategy is complete. */
  const incompleteNote = (strategyId: string): string => {
    const scenario = activeScenario(state().workspace);
    const strategy = findStrategy(scenario, strategyId);
    if (!strategy) return '';
    const status = strategyStatus(scenario, strategy);
    const S = text(strategyText).store;
    return status.complete ? '' : `; ${S.incomplete({ parts: missingPartsText(status.missingParts) })}`;
  };
  return {
    // ---- IFE/EFE, significance and evidence ----

    setWeight: (factorId: string, weight: number | null) => onFactor(factorId, (scenario) => setWeight(scenario, factorId, weight)),
    setRating: (factorId: string, rating: number | null) => onFactor(factorId, (scenario) => setRating(scenario, factorId, rating)),
    setLikelihood: (factorId: string, likelihood: number | null) =>
      onFactor(factorId, (scenario) => setLikelihood(scenario, factorId, likelihood)),
    setEvidence: (factorId: string, citationIndex: number, evidence: EvidenceKind | null) =>
      onFactor(factorId, (scenario) => setEvidence(scenario, factorId, citationIndex, evidence)),
    setSignificanceThreshold: (threshold: number | null) => onActive((scenario) => setSignificanceThreshold(scenario, threshold)),
    sortCellsBySignificance(): boolean {
      if (!onActive(sortCellsBySignificance)) return false;
      state().announce(text(strategyText).store.sortedBySignificance);
      return true;
    },
    /** One undoable step that rescales the whole matrix's weights to sum to 1. */
    normaliseWeights(matrix: EvaluationMatrix): boolean {
      if (!onActive((scenario) => normaliseWeights(scenario, matrix))) return false;
      state().announce(text(strategyText).store.normalised({ matrix: matrix === 'ife' ? 'IFE' : 'EFE' }));
      return true;
    },

    // ---- TOWS strategies ----

    /** Returns the new strategy's id, or null when the draft was refused. */
    addStrategy(quadrant: TowsQuadrant, draft: StrategyDraft, index?: number): string | null {
      const id = draft.id ?? createId('st');
      if (!onActive((scenario) => addStrategy(scenario, quadrant, { ...draft, id }, index))) return null;
      state().announce(`${text(strategyText).store.added({ title: draft.title.trim(), quadrant })}${incompleteNote(id)}`);
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
        const moved = text(strategyText).store.moved({ title: strategy.title, quadrant: position.quadrant, position: position.index + 1, total });
        state().announce(`${moved}${incompleteNote(strategyId)}`);
      }
      return true;
    },
    removeStrategy(strategyId: string): boolean {
      const scenario = activeScenario(state().workspace);
      const strategy = findStrategy(scenario, strategyId);
      const position = strategyPosition(scenario, strategyId);
      if (!onActive((s) => removeStrategy(s, strategyId)) || !strategy || !position) return false;
      state().toast(text(strategyText).store.deleted({ title: strategy.title }), {
        action: {
          label: text(storeText).undo,
          run: () => {
            const { workspace } = state();
            state().change(changeScenario(workspace, scenario.id, (current) => restoreStrategy(current, strategy, position.index))) &&
              state().announce(text(strategyText).store.restored({ title: strategy.title }));
          },
        },
      });
      return true;
    },

  };
}

export type StrategyActions = ReturnType<typeof createStrategyActions>;

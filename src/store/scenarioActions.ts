import { describeScenario, duplicateScenario, addScenario, type ScenarioDraft } from '../domain/workspace';
import type { AppStore } from './appStore';

/** Making and describing scenarios, from the scenario dialogs (loaded with them). */
export function createScenarioActions(store: AppStore) {
  const state = () => store.getState();
  return {
    createScenario: (draft: ScenarioDraft) => state().change(addScenario(state().workspace, draft)),
    duplicateScenario: (scenarioId: string, details?: { name?: string; description?: string }) =>
      state().change(duplicateScenario(state().workspace, scenarioId, details)),
    describeScenario: (scenarioId: string, details: { name?: string; description?: string }) =>
      state().change(describeScenario(state().workspace, scenarioId, details)),
  };
}

import type { Citation, Workspace } from '../domain/schema';
import { addCitation, moveCitation, removeCitation, updateCitation } from '../domain/matrix';
import { fail, type Result } from '../domain/result';
import { addSource, findSource, removeSource, type SourceDraft, updateSource } from '../domain/workspace';
import { scenarioTargets } from './actions';
import type { AppStore } from './appStore';

/** Citations and sources: what the editor, the reader and the Sources panel change (loaded with them). */
export function createEvidenceActions(store: AppStore) {
  const { state, onFactor } = scenarioTargets(store);
  const requireSource = (workspace: Workspace, citation: Citation): Result<never> | null =>
    findSource(workspace, citation.sourceId) ? null : fail({ code: 'source-not-found', id: citation.sourceId });


  return {
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
  };
}

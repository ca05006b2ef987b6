import { type Cell, cellOf, sameCell } from './axes';
import type { Factor, Scenario, Workspace } from './schema';

type Content = Pick<Workspace, 'sources' | 'scenarios'>;

/**
 * What one step did to the document, in terms a person recognises: the step they took, not the
 * data that changed. Undo and redo say it ("Undone: moving "X" to Economic threats").
 */
export type ChangeSummary =
  | { kind: 'factorAdded'; title: string; cell: Cell }
  | { kind: 'factorDeleted'; title: string }
  | { kind: 'factorMoved'; title: string; to: Cell }
  | { kind: 'factorReordered'; title: string; cell: Cell }
  | { kind: 'factorEdited'; title: string }
  | { kind: 'vote'; title: string }
  | { kind: 'factors'; count: number }
  | { kind: 'strategy'; title: string }
  | { kind: 'scenarioAdded'; name: string }
  | { kind: 'scenarioDeleted'; name: string }
  | { kind: 'scenarioEdited'; name: string }
  | { kind: 'sources' };

/**
 * The step that turns `without` into `withStep`. Undo passes the document after it and before it;
 * redo, before it and after it. Null when nothing a person made differs. Unchanged scenarios and
 * factors are the same objects in both (the document reader shares them), so a step costs the
 * size of what it changed, not of the document.
 */
export function summarizeChange(without: Content, withStep: Content): ChangeSummary | null {
  if (without.scenarios !== withStep.scenarios) {
    const before = new Map(without.scenarios.map((scenario) => [scenario.id, scenario]));
    const after = new Map(withStep.scenarios.map((scenario) => [scenario.id, scenario]));
    const added = withStep.scenarios.find((scenario) => !before.has(scenario.id));
    if (added) return { kind: 'scenarioAdded', name: added.name };
    const deleted = without.scenarios.find((scenario) => !after.has(scenario.id));
    if (deleted) return { kind: 'scenarioDeleted', name: deleted.name };
    const summaries = withStep.scenarios.flatMap((scenario) => {
      const old = before.get(scenario.id)!;
      const summary = old === scenario ? null : summarizeScenarioChange(old, scenario);
      return summary ? [{ summary, old, scenario }] : [];
    });
    if (summaries.length === 1) return summaries[0]!.summary;
    // Rare (one step across scenarios): only then are the factor changes counted a second time.
    const count = summaries.reduce((sum, { old, scenario }) => sum + countOf(factorChanges(old.factors, scenario.factors)), 0);
    if (summaries.length > 1) return count > 0 ? { kind: 'factors', count } : summaries[0]!.summary;
  }
  const sourcesSame = without.sources === withStep.sources || JSON.stringify(without.sources) === JSON.stringify(withStep.sources);
  return sourcesSame ? null : { kind: 'sources' };
}

interface FactorChanges {
  added: Factor[];
  deleted: Factor[];
  /** Factors in another cell or with other content, as they are after the step. */
  changed: Array<{ before: Factor; after: Factor }>;
}

/** Factors paired by id; a factor the step left alone is the same object on both sides and costs nothing. */
function factorChanges(without: readonly Factor[], withStep: readonly Factor[]): FactorChanges {
  const before = new Map(without.map((factor) => [factor.id, factor]));
  const kept = new Set<string>();
  const changes: FactorChanges = { added: [], deleted: [], changed: [] };
  for (const after of withStep) {
    const old = before.get(after.id);
    kept.add(after.id);
    if (!old) changes.added.push(after);
    else if (old !== after && (!sameCell(old, after) || changedFields(old, after).length > 0)) changes.changed.push({ before: old, after });
  }
  changes.deleted = without.filter((factor) => !kept.has(factor.id));
  return changes;
}

/** Every field of a factor but its id and its cell (a move is told apart from an edit). */
function changedFields(a: Factor, b: Factor): string[] {
  const fields = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const placeOrId of ['id', 'pest', 'swot']) fields.delete(placeOrId);
  const value = (factor: Factor, field: string) => (factor as Record<string, unknown>)[field];
  return [...fields].filter((field) => value(a, field) !== value(b, field) && JSON.stringify(value(a, field)) !== JSON.stringify(value(b, field)));
}
const countOf = (changes: FactorChanges) => changes.added.length + changes.deleted.length + changes.changed.length;

function summarizeScenarioChange(without: Scenario, withStep: Scenario): ChangeSummary | null {
  if (without.factors !== withStep.factors) {
    const changes = factorChanges(without.factors, withStep.factors);
    if (countOf(changes) > 1) return { kind: 'factors', count: countOf(changes) };
    const [added] = changes.added;
    if (added) return { kind: 'factorAdded', title: added.title, cell: cellOf(added) };
    const [deleted] = changes.deleted;
    if (deleted) return { kind: 'factorDeleted', title: deleted.title };
    const [change] = changes.changed;
    if (change) {
      const { before, after } = change;
      if (!sameCell(before, after)) return { kind: 'factorMoved', title: after.title, to: cellOf(after) };
      const fields = changedFields(before, after);
      return fields.length === 1 && fields[0] === 'votes' ? { kind: 'vote', title: after.title } : { kind: 'factorEdited', title: after.title };
    }
    const reordered = reorderedFactor(without.factors, withStep.factors);
    if (reordered) return { kind: 'factorReordered', title: reordered.title, cell: cellOf(reordered) };
  }
  if (without.strategies !== withStep.strategies) {
    const before = new Map(without.strategies.map((strategy) => [strategy.id, strategy]));
    const after = new Set(withStep.strategies.map((strategy) => strategy.id));
    const strategy =
      withStep.strategies.find((candidate) => before.get(candidate.id) !== candidate) ?? without.strategies.find((candidate) => !after.has(candidate.id));
    if (strategy) return { kind: 'strategy', title: strategy.title };
  }
  const scenarioEdited =
    without.name !== withStep.name || without.description !== withStep.description || without.significanceThreshold !== withStep.significanceThreshold;
  return scenarioEdited ? { kind: 'scenarioEdited', name: withStep.name } : null;
}

/**
 * The one factor that changed place within its cell, where nothing else changed: the first place
 * the order differs holds either the factor moved up to it or the one moved down from it. Two
 * neighbours that swap places could be either; the first is named.
 */
function reorderedFactor(without: readonly Factor[], withStep: readonly Factor[]): Factor | null {
  const at = withStep.findIndex((factor, index) => factor.id !== without[index]?.id);
  if (at < 0) return null;
  for (const candidate of [withStep[at]!, without[at]!]) {
    const inWith = withStep.filter((factor) => sameCell(factor, candidate) && factor.id !== candidate.id).map((factor) => factor.id);
    const inWithout = without.filter((factor) => sameCell(factor, candidate) && factor.id !== candidate.id).map((factor) => factor.id);
    if (inWith.join() === inWithout.join()) return withStep.find((factor) => factor.id === candidate.id) ?? candidate;
  }
  return null;
}

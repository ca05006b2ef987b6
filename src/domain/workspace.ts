import * as v from 'valibot';
import { createId, uniqueId } from './ids';
import { fail, ok, type Result } from './result';
import { type Scenario, ScenarioSchema, type Source, SourceSchema, type Workspace } from './schema';
import { fieldError } from './validation';

export function activeScenario(workspace: Workspace): Scenario {
  return (
    workspace.scenarios.find((scenario) => scenario.id === workspace.activeScenarioId) ?? workspace.scenarios[0]!
  );
}

export function findScenario(workspace: Workspace, scenarioId: string): Scenario | undefined {
  return workspace.scenarios.find((scenario) => scenario.id === scenarioId);
}

/** Lifts a scenario operation to the workspace, leaving every other scenario as it was. */
export function changeScenario(
  workspace: Workspace,
  scenarioId: string,
  change: (scenario: Scenario) => Result<Scenario>,
): Result<Workspace> {
  const index = workspace.scenarios.findIndex((scenario) => scenario.id === scenarioId);
  const current = workspace.scenarios[index];
  if (!current) return fail({ code: 'scenario-not-found', id: scenarioId });
  const changed = change(current);
  if (!changed.ok) return changed;
  if (changed.value === current) return ok(workspace);
  const scenarios = workspace.scenarios.slice();
  scenarios[index] = changed.value;
  return ok({ ...workspace, scenarios });
}

export function setActiveScenario(workspace: Workspace, scenarioId: string): Result<Workspace> {
  if (!findScenario(workspace, scenarioId)) return fail({ code: 'scenario-not-found', id: scenarioId });
  return ok({ ...workspace, activeScenarioId: scenarioId });
}

export interface ScenarioDraft {
  name: string;
  description?: string;
  factors?: Scenario['factors'];
  strategies?: Scenario['strategies'];
}

function checkScenario(scenario: Scenario): Result<Scenario> {
  const result = v.safeParse(ScenarioSchema, scenario);
  return result.success ? ok(result.output) : fail(fieldError('scenario', result.issues[0]));
}

/** Adds a scenario after the others and makes it the active one. */
export function addScenario(workspace: Workspace, draft: ScenarioDraft): Result<Workspace> {
  const taken = new Set(workspace.scenarios.map((scenario) => scenario.id));
  const checked = checkScenario({
    id: uniqueId(createId('s'), taken),
    name: draft.name.trim(),
    description: draft.description ?? '',
    factors: draft.factors ?? [],
    strategies: draft.strategies ?? [],
  });
  if (!checked.ok) return checked;
  return ok({
    ...workspace,
    scenarios: [...workspace.scenarios, checked.value],
    activeScenarioId: checked.value.id,
  });
}

/** A fork. Factors keep their ids, which is what lets a comparison pair them up later. */
export function duplicateScenario(
  workspace: Workspace,
  scenarioId: string,
  details: { name?: string; description?: string } = {},
): Result<Workspace> {
  const original = findScenario(workspace, scenarioId);
  if (!original) return fail({ code: 'scenario-not-found', id: scenarioId });
  const checked = checkScenario({
    ...original,
    id: uniqueId(createId('s'), new Set(workspace.scenarios.map((s) => s.id))),
    name: (details.name ?? `${original.name.slice(0, 190)} (copy)`).trim(),
    description: details.description ?? original.description,
  });
  if (!checked.ok) return checked;
  const scenarios = workspace.scenarios.slice();
  scenarios.splice(workspace.scenarios.indexOf(original) + 1, 0, checked.value);
  return ok({ ...workspace, scenarios, activeScenarioId: checked.value.id });
}

export function describeScenario(
  workspace: Workspace,
  scenarioId: string,
  details: { name?: string; description?: string },
): Result<Workspace> {
  return changeScenario(workspace, scenarioId, (scenario) =>
    checkScenario({
      ...scenario,
      name: details.name === undefined ? scenario.name : details.name.trim(),
      description: details.description ?? scenario.description,
    }),
  );
}

export function removeScenario(workspace: Workspace, scenarioId: string): Result<Workspace> {
  const index = workspace.scenarios.findIndex((scenario) => scenario.id === scenarioId);
  if (index < 0) return fail({ code: 'scenario-not-found', id: scenarioId });
  if (workspace.scenarios.length === 1) return fail({ code: 'last-scenario' });
  const scenarios = workspace.scenarios.filter((scenario) => scenario.id !== scenarioId);
  const activeScenarioId =
    workspace.activeScenarioId === scenarioId
      ? scenarios[Math.min(index, scenarios.length - 1)]!.id
      : workspace.activeScenarioId;
  return ok({ ...workspace, scenarios, activeScenarioId });
}

/** Replaces a scenario in place (used by "Reset to seed"), keeping its position in the list. */
export function replaceScenario(workspace: Workspace, scenario: Scenario): Result<Workspace> {
  return changeScenario(workspace, scenario.id, () => checkScenario(scenario));
}

// ---- sources ----

export type SourceDraft = Omit<Source, 'id'> & { id?: string };

function checkSource(source: Source): Result<Source> {
  const result = v.safeParse(SourceSchema, source);
  return result.success ? ok(result.output) : fail(fieldError('source', result.issues[0]));
}

export function findSource(workspace: Workspace, sourceId: string): Source | undefined {
  return workspace.sources.find((source) => source.id === sourceId);
}

export function addSource(workspace: Workspace, draft: SourceDraft): Result<{ workspace: Workspace; sourceId: string }> {
  const taken = new Set(workspace.sources.map((source) => source.id));
  const checked = checkSource({ ...draft, title: draft.title.trim(), id: uniqueId(draft.id ?? createId('src'), taken) });
  if (!checked.ok) return checked;
  return ok({ workspace: { ...workspace, sources: [...workspace.sources, checked.value] }, sourceId: checked.value.id });
}

export function updateSource(workspace: Workspace, sourceId: string, patch: Partial<Omit<Source, 'id'>>): Result<Workspace> {
  const index = workspace.sources.findIndex((source) => source.id === sourceId);
  const current = workspace.sources[index];
  if (!current) return fail({ code: 'source-not-found', id: sourceId });
  const checked = checkSource({ ...current, ...patch });
  if (!checked.ok) return checked;
  const sources = workspace.sources.slice();
  sources[index] = checked.value;
  return ok({ ...workspace, sources });
}

/** How many citations in each scenario point at each source. */
export function citationCounts(scenario: Scenario): Map<string, number> {
  const counts = new Map<string, number>();
  for (const factor of scenario.factors) {
    for (const citation of factor.citations) counts.set(citation.sourceId, (counts.get(citation.sourceId) ?? 0) + 1);
  }
  return counts;
}

export function removeSource(workspace: Workspace, sourceId: string): Result<Workspace> {
  if (!findSource(workspace, sourceId)) return fail({ code: 'source-not-found', id: sourceId });
  const citing = workspace.scenarios.filter((scenario) => citationCounts(scenario).has(sourceId));
  if (citing.length > 0) {
    return fail({ code: 'source-in-use', scenarioNames: citing.map((s) => s.name) });
  }
  return ok({ ...workspace, sources: workspace.sources.filter((source) => source.id !== sourceId) });
}

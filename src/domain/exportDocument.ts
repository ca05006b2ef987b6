import { FORMAT_NAME, FORMAT_VERSION, type MatrixDocument, type Scenario, type Workspace } from './schema';

function citedSourceIds(scenarios: readonly Scenario[]): Set<string> {
  const ids = new Set<string>();
  for (const scenario of scenarios) for (const factor of scenario.factors) for (const c of factor.citations) ids.add(c.sourceId);
  return ids;
}

/** A document holding the given scenarios and exactly the sources they cite. */
export function toDocument(workspace: Workspace, scenarioIds?: readonly string[]): MatrixDocument {
  const scenarios = scenarioIds
    ? workspace.scenarios.filter((scenario) => scenarioIds.includes(scenario.id))
    : workspace.scenarios;
  const cited = citedSourceIds(scenarios);
  const sources = scenarioIds ? workspace.sources.filter((source) => cited.has(source.id)) : workspace.sources;
  return { format: FORMAT_NAME, version: FORMAT_VERSION, sources, scenarios };
}

export const serializeDocument = (document: MatrixDocument): string => `${JSON.stringify(document, null, 2)}\n`;


export function workspaceFromDocument(document: MatrixDocument, activeScenarioId?: string): Workspace {
  const active = document.scenarios.find((s) => s.id === activeScenarioId) ?? document.scenarios[0];
  return { sources: document.sources, scenarios: document.scenarios, activeScenarioId: active?.id ?? '' };
}

// Joining a checked document to the workspace; reading and checking it is document.ts's job.
import { createId, uniqueId } from './ids';
import { jsonEqual } from './jsonEqual';
import type { MatrixDocument, Source, Workspace } from './schema';

export interface SourceMerge {
  /** The workspace's sources, then the ones the file adds. */
  sources: Source[];
  /** The file's sources that are added, under their own id or, when `renamed` says so, a new one. */
  added: Source[];
  /** File id → new id, for a source whose id the workspace already uses for different data. */
  renamed: Map<string, string>;
  /** The file's sources the workspace already has, same id and same data: not added again. */
  alreadyHere: Source[];
}

/**
 * How a file's sources join the workspace's. Import merges with it and its preview counts with
 * it, so the preview cannot promise a source that the import then skips as one already here.
 */
export function mergeSources(here: readonly Source[], incoming: readonly Source[]): SourceMerge {
  const sources = here.slice();
  const byId = new Map<string, Source>();
  for (const source of sources) if (!byId.has(source.id)) byId.set(source.id, source);
  const sourceIds = new Set(byId.keys());
  const added: Source[] = [];
  const alreadyHere: Source[] = [];
  const renamed = new Map<string, string>();
  for (const source of incoming) {
    const existing = byId.get(source.id);
    if (existing && jsonEqual(existing, source)) {
      alreadyHere.push(source);
      continue;
    }
    const id = existing ? uniqueId(source.id, sourceIds) : source.id;
    if (id !== source.id) renamed.set(source.id, id);
    const copy = { ...source, id };
    sourceIds.add(id);
    byId.set(id, copy);
    sources.push(copy);
    added.push(copy);
  }
  return { sources, added, renamed, alreadyHere };
}

export interface ImportSummary {
  workspace: Workspace;
  added: Array<{ id: string; name: string; factorCount: number }>;
  /** The file's source texts, each under the id its source has in the workspace now. */
  sourceTexts: Array<{ sourceId: string; origin: string; text: string }>;
}

/**
 * Adds a document's scenarios to the workspace without touching anything already there:
 * clashing ids get new ones, clashing names an "(imported)" suffix, and a source whose id
 * is taken by different data is renamed and its citations follow.
 */
export function importDocument(workspace: Workspace, document: MatrixDocument): ImportSummary {
  const { sources, renamed: renamedSources } = mergeSources(workspace.sources, document.sources);

  const scenarioIds = new Set(workspace.scenarios.map((scenario) => scenario.id));
  const names = new Set(workspace.scenarios.map((scenario) => scenario.name));
  const added: ImportSummary['added'] = [];
  const scenarios = document.scenarios.map((scenario) => {
    const id = scenarioIds.has(scenario.id) ? uniqueId(createId('s'), scenarioIds) : scenario.id;
    scenarioIds.add(id);
    let name = scenario.name;
    if (names.has(name)) {
      name = `${scenario.name.slice(0, 185)} (imported)`;
      for (let n = 2; names.has(name); n++) name = `${scenario.name.slice(0, 180)} (imported ${n})`;
    }
    names.add(name);
    const factors =
      renamedSources.size === 0
        ? scenario.factors
        : scenario.factors.map((factor) => ({
            ...factor,
            citations: factor.citations.map((c) => ({ ...c, sourceId: renamedSources.get(c.sourceId) ?? c.sourceId })),
          }));
    added.push({ id, name, factorCount: factors.length });
    return { ...scenario, id, name, factors };
  });

  const known = new Set(sources.map((source) => source.id));
  const sourceTexts = (document.sourceTexts ?? [])
    .map((entry) => ({ ...entry, sourceId: renamedSources.get(entry.sourceId) ?? entry.sourceId }))
    .filter((entry) => known.has(entry.sourceId));
  return {
    workspace: { ...workspace, sources, scenarios: [...workspace.scenarios, ...scenarios] },
    added,
    sourceTexts,
  };
}

import { createId, uniqueId } from './ids';
import type { Scenario, Source, Workspace } from './schema';

const same = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

/**
 * Three-way merge of two tabs' work, scenario by scenario, from the state both started at.
 * A scenario that only one side changed takes that side. When both changed the same one,
 * theirs stays and ours is kept beside it as a copy, so neither tab's work is lost.
 */
export function mergeWorkspaces(base: Workspace, ours: Workspace, theirs: Workspace): Workspace {
  const baseScenarios = byId(base.scenarios);
  const ourScenarios = byId(ours.scenarios);
  const theirIds = new Set(theirs.scenarios.map((s) => s.id));
  const merged: Scenario[] = [];
  const conflictCopies: Scenario[] = [];

  for (const their of theirs.scenarios) {
    const before = baseScenarios.get(their.id);
    const our = ourScenarios.get(their.id);
    const theyChanged = !before || !same(before, their);
    if (!our) {
      // We deleted it; keep it only if they changed it since, as their change is newer work.
      if (!before || theyChanged) merged.push(their);
      continue;
    }
    const weChanged = !before || !same(before, our);
    if (!weChanged || same(our, their)) merged.push(their);
    else if (!theyChanged) merged.push(our);
    else {
      merged.push(their);
      conflictCopies.push({ ...our, name: `${our.name.slice(0, 180)} (this tab)` });
    }
  }
  for (const our of ours.scenarios) {
    // New in this tab, or deleted there while we changed it: keep ours.
    if (!theirIds.has(our.id) && (!baseScenarios.has(our.id) || !same(baseScenarios.get(our.id), our))) merged.push(our);
  }
  const taken = new Set(merged.map((s) => s.id));
  for (const copy of conflictCopies) {
    const id = uniqueId(createId('s'), taken);
    taken.add(id);
    merged.push({ ...copy, id });
  }

  const sources: Source[] = [...theirs.sources];
  const sourceIndex = byId(sources);
  const baseSources = byId(base.sources);
  for (const our of ours.sources) {
    const their = sourceIndex.get(our.id);
    if (!their) sources.push(our);
    else if (!same(baseSources.get(our.id), our)) sources[sources.indexOf(their)] = our;
  }

  const activeScenarioId = merged.some((s) => s.id === ours.activeScenarioId)
    ? ours.activeScenarioId
    : (merged[0]?.id ?? ours.activeScenarioId);
  return { sources, scenarios: merged.length > 0 ? merged : ours.scenarios, activeScenarioId };
}

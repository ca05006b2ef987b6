import { type Cell, cellKey, sameCell } from '../domain/axes';
import { cellLayout, factorIndex } from '../domain/cellLayout';
import type { Factor, Scenario } from '../domain/schema';
import { activeScenario, findScenario } from '../domain/workspace';
import type { DiffMark, ScenarioDiff } from '../domain/diff';
import type { AppState } from './appStore';

export const selectActiveScenario = (state: AppState): Scenario => activeScenario(state.workspace);

const EMPTY: string[] = [];

/** A cell's ids as stored, whatever a drag shows. */
export const selectStoredCellIds = (state: AppState, cell: Cell): string[] =>
  cellLayout(selectActiveScenario(state).factors).get(cellKey(cell)) ?? EMPTY;

/** A cell's ids as the user should see them: during a drag, with the card where it would land. */
export function selectCellIds(state: AppState, cell: Cell): string[] {
  const ids = selectStoredCellIds(state, cell);
  const drag = state.drag;
  if (!drag || (!sameCell(cell, drag.origin) && !sameCell(cell, drag.cell))) {
    return ids;
  }
  // Only the card's origin and the cell it is over change: every other cell keeps its array.
  const rest = ids.filter((id) => id !== drag.factorId);
  if (!sameCell(cell, drag.cell)) return rest;
  const at = Math.min(Math.max(drag.index, 0), rest.length);
  return [...rest.slice(0, at), drag.factorId, ...rest.slice(at)];
}

export const selectFactor = (state: AppState, factorId: string): Factor | undefined =>
  factorIndex(selectActiveScenario(state).factors).get(factorId);

/** The factor the editor is bound to, in the editor's own scenario. */
export function selectEditedFactor(state: AppState): Factor | undefined {
  const { editing } = state;
  if (!editing) return undefined;
  const scenario = findScenario(state.workspace, editing.scenarioId);
  return scenario ? factorIndex(scenario.factors).get(editing.factorId) : undefined;
}

export interface Comparison {
  a: Scenario;
  b: Scenario;
  diff: ScenarioDiff;
  marks: Map<string, DiffMark>;
}

/**
 * The differ is installed by Compare when it loads, which keeps it out of the first load: only
 * Compare sets `compareWithId`, so nothing asks for a comparison before the differ is here.
 */
let differ: ((a: Scenario, b: Scenario) => Pick<Comparison, 'diff' | 'marks'>) | null = null;
export function installDiffer(compare: typeof differ): void {
  differ = compare;
}

let diffCache: Comparison | null = null;

/** The comparison of the chosen scenario (A) with the one on screen (B), or null when not comparing. */
export function selectDiff(state: AppState): Comparison | null {
  if (!state.compareWithId || !differ) return null;
  const a = findScenario(state.workspace, state.compareWithId);
  const b = selectActiveScenario(state);
  if (!a || a === b) return null;
  if (!diffCache || diffCache.a !== a || diffCache.b !== b) diffCache = { a, b, ...differ(a, b) };
  return diffCache;
}

export const selectDiffMarks = (state: AppState): Map<string, DiffMark> | null => selectDiff(state)?.marks ?? null;

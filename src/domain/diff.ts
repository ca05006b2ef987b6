import { type Cell, cellKey, type CellKey, cellOf, sameCell, type TowsQuadrant } from './axes';
import type { EvaluationMatrix } from './result';
import type { Factor, Scenario, Strategy } from './schema';
import { evaluateMatrix } from './strategy/weighting';
import { fieldChanges } from './fieldChanges';

export const COMPARED_FIELDS = ['title', 'note', 'impact', 'likelihood', 'tags', 'citations', 'votes', 'weight', 'rating'] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

export const COMPARED_STRATEGY_FIELDS = ['title', 'note', 'factorIds'] as const;
export type ComparedStrategyField = (typeof COMPARED_STRATEGY_FIELDS)[number];

/** Strategies are paired by id, as factors are: a fork keeps the ids of its strategies. */
export interface StrategyDiff {
  onlyInA: Strategy[];
  onlyInB: Strategy[];
  moved: Array<{ strategy: Strategy; from: TowsQuadrant; to: TowsQuadrant }>;
  edited: Array<{ before: Strategy; after: Strategy; fields: ComparedStrategyField[] }>;
}

/** The IFE and EFE totals of each side, so a reader sees what the weight and rating edits add up to. */
export type TotalsDiff = Record<EvaluationMatrix, { a: number; b: number }>;

export interface ScenarioDiff {
  /** Factors of A that B does not have. */
  onlyInA: Factor[];
  /** Factors of B that A does not have. */
  onlyInB: Factor[];
  moved: Array<{ factor: Factor; from: Cell; to: Cell }>;
  edited: Array<{ before: Factor; after: Factor; fields: ComparedField[] }>;
  strategies: StrategyDiff;
  totals: TotalsDiff;
}

export type DiffMark = 'added' | 'removed' | 'moved' | 'edited';

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/** Factors are paired by id: a forked scenario keeps the ids of the one it came from. */
export function compareScenarios(a: Scenario, b: Scenario): ScenarioDiff {
  const inA = new Map(a.factors.map((factor) => [factor.id, factor]));
  const inB = new Map(b.factors.map((factor) => [factor.id, factor]));
  const diff: ScenarioDiff = {
    onlyInA: [],
    onlyInB: [],
    moved: [],
    edited: [],
    strategies: compareStrategies(a.strategies, b.strategies),
    totals: {
      ife: { a: evaluateMatrix(a, 'ife').total, b: evaluateMatrix(b, 'ife').total },
      efe: { a: evaluateMatrix(a, 'efe').total, b: evaluateMatrix(b, 'efe').total },
    },
  };
  for (const factor of a.factors) if (!inB.has(factor.id)) diff.onlyInA.push(factor);
  for (const after of b.factors) {
    const before = inA.get(after.id);
    if (!before) {
      diff.onlyInB.push(after);
      continue;
    }
    if (!sameCell(before, after)) diff.moved.push({ factor: after, from: cellOf(before), to: cellOf(after) });
    const fields = COMPARED_FIELDS.filter((field) => !same(before[field], after[field]));
    if (fields.length > 0) diff.edited.push({ before, after, fields });
  }
  return diff;
}

function compareStrategies(a: readonly Strategy[], b: readonly Strategy[]): StrategyDiff {
  const inA = new Map(a.map((strategy) => [strategy.id, strategy]));
  const inB = new Set(b.map((strategy) => strategy.id));
  const diff: StrategyDiff = { onlyInA: a.filter((strategy) => !inB.has(strategy.id)), onlyInB: [], moved: [], edited: [] };
  for (const after of b) {
    const before = inA.get(after.id);
    if (!before) {
      diff.onlyInB.push(after);
      continue;
    }
    if (before.quadrant !== after.quadrant) diff.moved.push({ strategy: after, from: before.quadrant, to: after.quadrant });
    const fields = COMPARED_STRATEGY_FIELDS.filter((field) => !same(before[field], after[field]));
    if (fields.length > 0) diff.edited.push({ before, after, fields });
  }
  return diff;
}

const isEmptyStrategyDiff = (diff: StrategyDiff): boolean =>
  diff.onlyInA.length + diff.onlyInB.length + diff.moved.length + diff.edited.length === 0;

/** No factor or strategy differs. (Totals are derived from the factors, so they need no check of their own.) */
export const isEmptyDiff = (diff: ScenarioDiff): boolean =>
  diff.onlyInA.length + diff.onlyInB.length + diff.moved.length + diff.edited.length === 0 && isEmptyStrategyDiff(diff.strategies);

/** How each factor of B shows while comparing; factors only in A are marked removed. */
export function diffMarks(diff: ScenarioDiff): Map<string, DiffMark> {
  const marks = new Map<string, DiffMark>();
  for (const { after } of diff.edited) marks.set(after.id, 'edited');
  for (const { factor } of diff.moved) marks.set(factor.id, 'moved');
  for (const factor of diff.onlyInB) marks.set(factor.id, 'added');
  for (const factor of diff.onlyInA) marks.set(factor.id, 'removed');
  return marks;
}

/** The same differences, grouped by the cell where a reader would look for them. */
export function diffByCell(diff: ScenarioDiff): Map<CellKey, { added: Factor[]; removed: Factor[]; movedIn: Factor[]; movedOut: Factor[]; edited: Factor[] }> {
  const cells = new Map<CellKey, { added: Factor[]; removed: Factor[]; movedIn: Factor[]; movedOut: Factor[]; edited: Factor[] }>();
  const at = (cell: Cell) => {
    const key = cellKey(cell);
    let entry = cells.get(key);
    if (!entry) cells.set(key, (entry = { added: [], removed: [], movedIn: [], movedOut: [], edited: [] }));
    return entry;
  };
  for (const factor of diff.onlyInB) at(cellOf(factor)).added.push(factor);
  for (const factor of diff.onlyInA) at(cellOf(factor)).removed.push(factor);
  for (const { factor, from, to } of diff.moved) {
    at(to).movedIn.push(factor);
    at(from).movedOut.push(factor);
  }
  for (const { after } of diff.edited) at(cellOf(after)).edited.push(after);
  return cells;
}

const strategyRef = (strategy: Strategy) => ({ id: strategy.id, title: strategy.title, quadrant: strategy.quadrant });

/**
 * A total as the file gives it. Σ weight × rating carries floating-point noise (1.9390000000000003);
 * on a 1-4 scale thousandths are exact for weights in thousandths and one digit finer than the
 * interface shows (two decimals). The diff itself keeps the unrounded sum.
 */
const toThousandths = (value: number): number => Math.round(value * 1000) / 1000;
const roundTotals = (totals: TotalsDiff): TotalsDiff => ({
  ife: { a: toThousandths(totals.ife.a), b: toThousandths(totals.ife.b) },
  efe: { a: toThousandths(totals.efe.a), b: toThousandths(totals.efe.b) },
});

/** A self-describing JSON form of a comparison, for other tools. */
export function diffToJson(a: Scenario, b: Scenario, diff: ScenarioDiff) {
  const ref = (factor: Factor) => ({ id: factor.id, title: factor.title, pest: factor.pest, swot: factor.swot });
  return {
    format: 'swot-pest-matrix-diff',
    // Version 2 added strategies and the IFE/EFE totals; version 3 what each edited field was and became.
    version: 3,
    a: { id: a.id, name: a.name },
    b: { id: b.id, name: b.name },
    onlyInA: diff.onlyInA.map(ref),
    onlyInB: diff.onlyInB.map(ref),
    moved: diff.moved.map(({ factor, from, to }) => ({ id: factor.id, title: factor.title, from, to })),
    // Added and removed factors are references; an edited one says what changed from what.
    edited: diff.edited.map(({ before, after, fields }) => ({ id: after.id, title: after.title, fields, changes: fieldChanges(before, after, fields) })),
    strategies: {
      onlyInA: diff.strategies.onlyInA.map(strategyRef),
      onlyInB: diff.strategies.onlyInB.map(strategyRef),
      moved: diff.strategies.moved.map(({ strategy, from, to }) => ({ id: strategy.id, title: strategy.title, from, to })),
      edited: diff.strategies.edited.map(({ after, fields }) => ({ id: after.id, title: after.title, fields })),
    },
    totals: roundTotals(diff.totals),
  };
}

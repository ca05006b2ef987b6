import { type Cell, sameCell } from '../axes';
import type { Factor, Scenario } from '../schema';

/**
 * PESTLE significance: impact (1-5) × likelihood (1-5), from 1 to 25. This scoring is a common
 * convention of PESTLE practice, not a published standard; the interface says so.
 */
export const DEFAULT_SIGNIFICANCE_THRESHOLD = 15;
export const SIGNIFICANCE_RANGE = { min: 1, max: 25 } as const;
/** impact × likelihood, or null while either is unset. */
export function significance(factor: Pick<Factor, 'impact' | 'likelihood'>): number | null {
  return factor.impact === null || factor.likelihood === undefined ? null : factor.impact * factor.likelihood;
}

/** Whether a factor is marked: its significance is at or above the threshold. */
export function isSignificant(factor: Pick<Factor, 'impact' | 'likelihood'>, threshold = DEFAULT_SIGNIFICANCE_THRESHOLD): boolean {
  const score = significance(factor);
  return score !== null && score >= threshold;
}

export const significanceThresholdOf = (scenario: Scenario): number =>
  scenario.significanceThreshold ?? DEFAULT_SIGNIFICANCE_THRESHOLD;

/**
 * Most significant first; factors without a score last. Equal scores compare as 0, so a
 * stable sort keeps their current order.
 */
export function compareBySignificance(a: Factor, b: Factor): number {
  const left = significance(a);
  const right = significance(b);
  if (left === right) return 0;
  if (left === null) return 1;
  if (right === null) return -1;
  return right - left;
}

/** A cell's factors in significance order, for a grid that shows them sorted without reordering them. */
export const cellBySignificance = (scenario: Scenario, cell: Cell): Factor[] =>
  scenario.factors.filter((factor) => sameCell(factor, cell)).sort(compareBySignificance);

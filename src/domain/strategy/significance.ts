import * as v from 'valibot';
import { type Cell, sameCell } from '../axes';
import { fail, ok, type Result } from '../result';
import { type Factor, type Scenario, SignificanceThresholdSchema } from '../schema';
import { fieldError } from '../validation';
import { setOptionalFactorField } from './factorField';

/**
 * PESTLE significance: impact (1-5) × likelihood (1-5), from 1 to 25. This scoring is a common
 * convention of PESTLE practice, not a published standard; the interface says so.
 */
export const DEFAULT_SIGNIFICANCE_THRESHOLD = 15;
export const SIGNIFICANCE_RANGE = { min: 1, max: 25 } as const;
export const SIGNIFICANCE_CONVENTION_NOTE =
  'Significance is impact × likelihood (1-25). This is a common convention of PESTLE analysis, not a standard.';

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

export const setLikelihood = (scenario: Scenario, factorId: string, likelihood: number | null): Result<Scenario> =>
  setOptionalFactorField(scenario, factorId, 'likelihood', likelihood);

/** Sets the scenario's threshold; null goes back to the default (and removes the field). */
export function setSignificanceThreshold(scenario: Scenario, threshold: number | null): Result<Scenario> {
  if ((scenario.significanceThreshold ?? null) === threshold) return ok(scenario);
  const { significanceThreshold: _previous, ...rest } = scenario;
  if (threshold === null) return ok(rest);
  const checked = v.safeParse(SignificanceThresholdSchema, threshold);
  if (!checked.success) {
    // Checked on its own, the issue has no path; name the field so the message can.
    const error = fieldError('scenario', checked.issues[0]);
    return fail(error.code === 'invalid-field' ? { ...error, field: 'significanceThreshold' } : error);
  }
  return ok({ ...rest, significanceThreshold: checked.output });
}

/** Every cell most significant first, as one change; cards stay in their cells, ties keep their order. */
export function sortCellsBySignificance(scenario: Scenario): Result<Scenario> {
  const byCell = new Map<string, Factor[]>();
  for (const factor of scenario.factors) {
    const key = `${factor.pest}:${factor.swot}`;
    byCell.set(key, [...(byCell.get(key) ?? []), factor]);
  }
  for (const factors of byCell.values()) factors.sort(compareBySignificance);
  return ok({ ...scenario, factors: scenario.factors.map((factor) => byCell.get(`${factor.pest}:${factor.swot}`)!.shift()!) });
}

import * as v from 'valibot';
import { fail, ok, type Result } from '../result';
import { type Factor, type Scenario, SignificanceThresholdSchema } from '../schema';
import { fieldError } from '../validation';
import { setOptionalFactorField } from './factorField';
import { compareBySignificance } from './significance';

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

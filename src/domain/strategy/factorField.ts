import * as v from 'valibot';
import { fail, ok, type Result } from '../result';
import { type Factor, FactorSchema, type Scenario } from '../schema';
import { fieldError } from '../validation';

/** The optional fields a factor gained with the evaluation methods (format version 3). */
export type OptionalFactorField = 'weight' | 'rating' | 'likelihood';

/**
 * Sets or clears one optional field of a factor. Clearing removes the key instead of storing
 * `undefined` or `null`, so an unset field looks the same in memory, in the Y.Doc and in JSON.
 * Setting the value it already has returns the same scenario: no change, no undo step.
 */
export function setOptionalFactorField(
  scenario: Scenario,
  factorId: string,
  field: OptionalFactorField,
  value: number | null,
): Result<Scenario> {
  const index = scenario.factors.findIndex((factor) => factor.id === factorId);
  const current = scenario.factors[index];
  if (!current) return fail({ code: 'factor-not-found', id: factorId });
  if ((current[field] ?? null) === value) return ok(scenario);
  const { [field]: _previous, ...rest } = current;
  const next: Factor = value === null ? rest : { ...rest, [field]: value };
  const checked = v.safeParse(FactorSchema, next);
  if (!checked.success) return fail(fieldError('factor', checked.issues[0]));
  const factors = scenario.factors.slice();
  factors[index] = checked.output;
  return ok({ ...scenario, factors });
}

/** A scenario whose factors matching `change` were replaced; the same scenario when none changed. */
export function mapFactors(scenario: Scenario, change: (factor: Factor) => Factor): Scenario {
  let changed = false;
  const factors = scenario.factors.map((factor) => {
    const next = change(factor);
    if (next !== factor) changed = true;
    return next;
  });
  return changed ? { ...scenario, factors } : scenario;
}

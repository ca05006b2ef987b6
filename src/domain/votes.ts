import { type Cell } from './axes';
import { inCell, updateFactor, findFactor } from './matrix';
import { fail, ok, type Result } from './result';
import type { Scenario } from './schema';

/** Adds `delta` votes (negative to take away); a count never drops below zero. */
export function changeVotes(scenario: Scenario, factorId: string, delta: number): Result<Scenario> {
  const factor = findFactor(scenario, factorId);
  if (!factor) return fail({ code: 'factor-not-found', id: factorId });
  const votes = Math.max(0, factor.votes + delta);
  if (votes === factor.votes) return ok(scenario);
  return updateFactor(scenario, factorId, { votes });
}

export function clearVotes(scenario: Scenario): Result<Scenario> {
  if (scenario.factors.every((factor) => factor.votes === 0)) return ok(scenario);
  return ok({ ...scenario, factors: scenario.factors.map((f) => (f.votes === 0 ? f : { ...f, votes: 0 })) });
}

/** Most votes first; ties keep their current order, so sorting twice changes nothing. */
export function sortCellByVotes(scenario: Scenario, cell: Cell): Result<Scenario> {
  const sorted = scenario.factors.filter((f) => inCell(f, cell)).sort((a, b) => b.votes - a.votes);
  let next = 0;
  return ok({ ...scenario, factors: scenario.factors.map((f) => (inCell(f, cell) ? sorted[next++]! : f)) });
}

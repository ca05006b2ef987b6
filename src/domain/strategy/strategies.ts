import * as v from 'valibot';
import type { TowsQuadrant } from '../axes';
import { createId } from '../ids';
import { fail, ok, type Result } from '../result';
import { type Scenario, type Strategy, StrategySchema } from '../schema';
import { fieldError } from '../validation';
import { quadrantStrategies } from './tows';

/** What a user supplies for a new strategy; only the title is required. */
export interface StrategyDraft {
  id?: string;
  title: string;
  note?: string;
  factorIds?: string[];
}

export type StrategyPatch = Partial<Pick<Strategy, 'title' | 'note' | 'factorIds'>>;

export const findStrategy = (scenario: Scenario, strategyId: string): Strategy | undefined =>
  scenario.strategies.find((strategy) => strategy.id === strategyId);

function checkStrategy(strategy: Strategy): Result<Strategy> {
  const result = v.safeParse(StrategySchema, strategy);
  return result.success ? ok(result.output) : fail(fieldError('strategy', result.issues[0]));
}

/**
 * A strategy may be made to rest only on factors of its scenario. Ids it already holds are
 * exempt: a link to a deleted factor stays until the user removes it, so undoing the delete heals it.
 */
function checkLinks(scenario: Scenario, factorIds: readonly string[], alreadyLinked: readonly string[] = []): Result<null> {
  const known = new Set(scenario.factors.map((factor) => factor.id));
  const unknown = factorIds.find((id) => !known.has(id) && !alreadyLinked.includes(id));
  return unknown === undefined ? ok(null) : fail({ code: 'strategy-factor-unknown', id: unknown });
}

/** Puts `strategy` into the list so that it becomes the `index`-th strategy of its quadrant. */
function insertAt(strategies: readonly Strategy[], strategy: Strategy, index: number): Strategy[] {
  const next = strategies.slice();
  const positions: number[] = [];
  next.forEach((candidate, position) => {
    if (candidate.quadrant === strategy.quadrant) positions.push(position);
  });
  const before = positions[index];
  if (before !== undefined) next.splice(before, 0, strategy);
  else {
    const last = positions.at(-1);
    next.splice(last === undefined ? next.length : last + 1, 0, strategy);
  }
  return next;
}

const outOfRange = (index: number, max: number, quadrant: TowsQuadrant): Result<never> =>
  fail({ code: 'strategy-index-out-of-range', index, max, quadrant });

export function addStrategy(scenario: Scenario, quadrant: TowsQuadrant, draft: StrategyDraft, index?: number): Result<Scenario> {
  const count = quadrantStrategies(scenario, quadrant).length;
  const at = index ?? count;
  if (!Number.isInteger(at) || at < 0 || at > count) return outOfRange(at, count, quadrant);
  const id = draft.id ?? createId('st');
  if (findStrategy(scenario, id)) return fail({ code: 'strategy-id-taken', id });
  const factorIds = draft.factorIds ?? [];
  const links = checkLinks(scenario, factorIds);
  if (!links.ok) return links;
  const checked = checkStrategy({ id, title: draft.title.trim(), note: draft.note ?? '', quadrant, factorIds });
  if (!checked.ok) return checked;
  return ok({ ...scenario, strategies: insertAt(scenario.strategies, checked.value, at) });
}

export function updateStrategy(scenario: Scenario, strategyId: string, patch: StrategyPatch): Result<Scenario> {
  const index = scenario.strategies.findIndex((strategy) => strategy.id === strategyId);
  const current = scenario.strategies[index];
  if (!current) return fail({ code: 'strategy-not-found', id: strategyId });
  if (patch.factorIds) {
    const links = checkLinks(scenario, patch.factorIds, current.factorIds);
    if (!links.ok) return links;
  }
  const checked = checkStrategy({ ...current, ...patch, ...(patch.title === undefined ? {} : { title: patch.title.trim() }) });
  if (!checked.ok) return checked;
  const strategies = scenario.strategies.slice();
  strategies[index] = checked.value;
  return ok({ ...scenario, strategies });
}

/**
 * Moves a strategy so that it becomes the `toIndex`-th strategy of `toQuadrant`, counted without
 * it: reordering within a quadrant and dragging to another are the same operation. Its links
 * are kept as they are; in a quadrant whose parts they do not cover it reads as incomplete.
 */
export function moveStrategy(scenario: Scenario, strategyId: string, toQuadrant: TowsQuadrant, toIndex: number): Result<Scenario> {
  const strategy = findStrategy(scenario, strategyId);
  if (!strategy) return fail({ code: 'strategy-not-found', id: strategyId });
  const rest = scenario.strategies.filter((candidate) => candidate !== strategy);
  const count = rest.filter((candidate) => candidate.quadrant === toQuadrant).length;
  if (!Number.isInteger(toIndex) || toIndex < 0 || toIndex > count) return outOfRange(toIndex, count, toQuadrant);
  const moved = strategy.quadrant === toQuadrant ? strategy : { ...strategy, quadrant: toQuadrant };
  return ok({ ...scenario, strategies: insertAt(rest, moved, toIndex) });
}

export function removeStrategy(scenario: Scenario, strategyId: string): Result<Scenario> {
  if (!findStrategy(scenario, strategyId)) return fail({ code: 'strategy-not-found', id: strategyId });
  return ok({ ...scenario, strategies: scenario.strategies.filter((strategy) => strategy.id !== strategyId) });
}

/** Where a strategy sits: its quadrant and its index there. */
export function strategyPosition(scenario: Scenario, strategyId: string): { quadrant: TowsQuadrant; index: number } | null {
  const strategy = findStrategy(scenario, strategyId);
  if (!strategy) return null;
  return { quadrant: strategy.quadrant, index: quadrantStrategies(scenario, strategy.quadrant).indexOf(strategy) };
}

/**
 * Puts a deleted strategy back as it was (Undo from the message after a delete), at `index` in
 * its quadrant or at its end. Unlike adding, it keeps links to factors deleted meanwhile: they
 * were the strategy's, and it reads as incomplete until they return.
 */
export function restoreStrategy(scenario: Scenario, strategy: Strategy, index: number): Result<Scenario> {
  if (findStrategy(scenario, strategy.id)) return fail({ code: 'strategy-id-taken', id: strategy.id });
  const checked = checkStrategy(strategy);
  if (!checked.ok) return checked;
  const room = quadrantStrategies(scenario, strategy.quadrant).length;
  return ok({ ...scenario, strategies: insertAt(scenario.strategies, checked.value, Math.max(0, Math.min(index, room))) });
}

import { QUADRANT_PARTS, type Swot, TOWS_QUADRANTS, type TowsQuadrant } from '../axes';
import type { Citation, Factor, Scenario, Source, Strategy } from '../schema';


/**
 * Reading TOWS strategies against their factors (Weihrich 1982). A strategy is complete when it
 * rests on at least one factor from each of its quadrant's two SWOT parts, from any PEST rows.
 * Completeness is always computed from the factors as they are now, so deleting a factor,
 * moving one to another part, or moving the strategy to another quadrant re-evaluates it.
 */
export interface StrategyStatus {
  strategy: Strategy;
  complete: boolean;
  /** The quadrant's parts with no linked factor: what makes it incomplete. */
  missingParts: Swot[];
  /** Linked factors that exist, in the strategy's order. */
  linked: Factor[];
  /** Linked ids whose factor is gone (deleted); kept so that undoing the delete heals the link. */
  missingFactorIds: string[];
}

export const quadrantStrategies = (scenario: Scenario, quadrant: TowsQuadrant): Strategy[] =>
  scenario.strategies.filter((strategy) => strategy.quadrant === quadrant);

export function strategyStatus(scenario: Scenario, strategy: Strategy): StrategyStatus {
  const byId = new Map(scenario.factors.map((factor) => [factor.id, factor]));
  const linked: Factor[] = [];
  const missingFactorIds: string[] = [];
  for (const id of strategy.factorIds) {
    const factor = byId.get(id);
    if (factor) linked.push(factor);
    else missingFactorIds.push(id);
  }
  const { internal, external } = QUADRANT_PARTS[strategy.quadrant];
  const missingParts = [internal, external].filter((part) => !linked.some((factor) => factor.swot === part));
  return { strategy, complete: missingParts.length === 0, missingParts, linked, missingFactorIds };
}

export const isStrategyComplete = (scenario: Scenario, strategy: Strategy): boolean => strategyStatus(scenario, strategy).complete;


export interface DeletionImpact {
  strategy: Strategy;
  /** Complete now and incomplete once the factors are gone. */
  becomesIncomplete: boolean;
}

/**
 * What deleting these factors would do to the strategies, for the warning before a delete.
 * Deleting never removes a strategy or its links; the strategies listed here are the ones to name.
 */
export function factorDeletionImpact(scenario: Scenario, factorIds: readonly string[]): DeletionImpact[] {
  const deleted = new Set(factorIds);
  const after: Scenario = { ...scenario, factors: scenario.factors.filter((factor) => !deleted.has(factor.id)) };
  return scenario.strategies
    .filter((strategy) => strategy.factorIds.some((id) => deleted.has(id)))
    .map((strategy) => ({
      strategy,
      becomesIncomplete: isStrategyComplete(scenario, strategy) && !isStrategyComplete(after, strategy),
    }));
}

/**
 * The quadrants a set of selected factors fits ("Make strategy"): those whose two parts the
 * selection covers. One strength and one threat give ST; strengths, opportunities and threats
 * give SO and ST, and the user picks.
 */
export function quadrantsForFactors(factors: readonly Pick<Factor, 'swot'>[]): TowsQuadrant[] {
  const parts = new Set(factors.map((factor) => factor.swot));
  return TOWS_QUADRANTS.filter((quadrant) => parts.has(QUADRANT_PARTS[quadrant].internal) && parts.has(QUADRANT_PARTS[quadrant].external));
}

/** The quadrant's two parts, internal first. */
export const partsOf = (quadrant: TowsQuadrant): [Swot, Swot] => [QUADRANT_PARTS[quadrant].internal, QUADRANT_PARTS[quadrant].external];

export interface StrategyEvidence {
  factor: Factor;
  citation: Citation;
  /** Undefined only if the citation names a source the workspace lacks. */
  source: Source | undefined;
}

/** A strategy's evidence: the citations of its linked factors, in order, each with its source. */
export function strategyEvidence(scenario: Scenario, strategy: Strategy, sources: readonly Source[]): StrategyEvidence[] {
  const sourceById = new Map(sources.map((source) => [source.id, source]));
  return strategyStatus(scenario, strategy).linked.flatMap((factor) =>
    factor.citations.map((citation) => ({ factor, citation, source: sourceById.get(citation.sourceId) })),
  );
}

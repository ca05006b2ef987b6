import type { Scenario, Strategy } from '../schema';

/** The strategies that rest on a factor: what a factor shows, and what deleting it affects. */
export const strategiesUsingFactor = (scenario: Scenario, factorId: string): Strategy[] =>
  scenario.strategies.filter((strategy) => strategy.factorIds.includes(factorId));

import type { Scenario } from '../schema';
import { checkQuote, type PreparedSource, type QuoteCheck } from './match';

export interface CitationCheck {
  factorId: string;
  factorTitle: string;
  index: number;
  sourceId: string;
  result: QuoteCheck;
}

export interface ScenarioCheck {
  checks: CitationCheck[];
  /** Citations with a quote to check. */
  total: number;
  verified: number;
  close: number;
  notFound: number;
  noText: number;
}

/** Checks every quoted citation of a scenario against the sources' texts that are attached. */
export function checkScenario(scenario: Scenario, texts: ReadonlyMap<string, PreparedSource>): ScenarioCheck {
  const checks: CitationCheck[] = [];
  const count = { verified: 0, close: 0, notFound: 0, noText: 0 };
  for (const factor of scenario.factors) {
    factor.citations.forEach((citation, index) => {
      const result = checkQuote(texts.get(citation.sourceId) ?? null, citation.quote, citation.locator);
      if (result.status === 'no-quote') return;
      checks.push({ factorId: factor.id, factorTitle: factor.title, index, sourceId: citation.sourceId, result });
      if (result.status === 'verified') count.verified++;
      else if (result.status === 'close') count.close++;
      else if (result.status === 'not-found') count.notFound++;
      else count.noText++;
    });
  }
  return { checks, total: checks.length, ...count };
}

/** The weakest status among a factor's citations, for the mark on its card. */
export function factorVerdict(checks: readonly QuoteCheck[]): QuoteCheck['status'] | null {
  const order: QuoteCheck['status'][] = ['not-found', 'close', 'no-text', 'verified'];
  for (const status of order) if (checks.some((check) => check.status === status)) return status;
  return null;
}

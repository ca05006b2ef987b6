import type { EvidenceKind } from '../axes';
import type { Citation, Factor, Scenario } from '../schema';

/**
 * How far a factor's citations support it, computed from their evidence labels and never typed
 * in. The rule, including the cases the issue left open (decided here, and shown to users):
 *
 * - high: citations from at least two different sources that are facts or inferences, at least
 *   one of them a fact. An assumption does not corroborate, so a fact from one source and an
 *   assumption from another is only medium.
 * - medium: otherwise, at least one fact (two facts from the same source included), or at
 *   least two inferences (from any sources).
 * - low: everything else: no citations, assumptions only, or a single inference.
 *
 * A citation without a label counts as an assumption until it is labelled: nothing yet says it
 * is more, and confidence should never be higher than the labels justify.
 */
export type ConfidenceLevel = 'high' | 'medium' | 'low';

export type ConfidenceReason =
  | 'corroborated-fact'
  | 'single-source-fact'
  | 'several-inferences'
  | 'no-citations'
  | 'assumptions-only'
  | 'one-inference';

export interface Confidence {
  level: ConfidenceLevel;
  reason: ConfidenceReason;
  facts: number;
  inferences: number;
  /** Assumptions plus unlabelled citations. */
  assumptions: number;
}

/** What a citation counts as: its label, or an assumption while it has none. */
export const evidenceOf = (citation: Citation): EvidenceKind => citation.evidence ?? 'assumption';

export function confidenceOf(citations: readonly Citation[]): Confidence {
  const kinds = citations.map(evidenceOf);
  const facts = kinds.filter((kind) => kind === 'fact').length;
  const inferences = kinds.filter((kind) => kind === 'inference').length;
  const assumptions = kinds.length - facts - inferences;
  const counts = { facts, inferences, assumptions };
  const supportingSources = new Set(citations.filter((c) => evidenceOf(c) !== 'assumption').map((c) => c.sourceId));
  if (facts >= 1 && supportingSources.size >= 2) return { level: 'high', reason: 'corroborated-fact', ...counts };
  if (facts >= 1) return { level: 'medium', reason: 'single-source-fact', ...counts };
  if (inferences >= 2) return { level: 'medium', reason: 'several-inferences', ...counts };
  if (citations.length === 0) return { level: 'low', reason: 'no-citations', ...counts };
  return { level: 'low', reason: inferences === 1 ? 'one-inference' : 'assumptions-only', ...counts };
}

export const factorConfidence = (factor: Factor): Confidence => confidenceOf(factor.citations);

/** The factors that still need evidence: what the "low confidence" filter shows. */
export const lowConfidenceFactors = (scenario: Scenario): Factor[] =>
  scenario.factors.filter((factor) => factorConfidence(factor).level === 'low');

import { EVIDENCE_KINDS, type EvidenceKind } from '../axes';
import { fail, ok, type Result } from '../result';
import type { Citation, Scenario } from '../schema';

/** Labels one citation of a factor; null removes the label. */
export function setEvidence(scenario: Scenario, factorId: string, citationIndex: number, evidence: EvidenceKind | null): Result<Scenario> {
  const index = scenario.factors.findIndex((factor) => factor.id === factorId);
  const factor = scenario.factors[index];
  if (!factor) return fail({ code: 'factor-not-found', id: factorId });
  const citation = factor.citations[citationIndex];
  if (!Number.isInteger(citationIndex) || !citation) return fail({ code: 'citation-not-found', index: citationIndex });
  if ((citation.evidence ?? null) === evidence) return ok(scenario);
  if (evidence !== null && !EVIDENCE_KINDS.includes(evidence)) {
    return fail({ code: 'invalid-field', record: 'citation', field: 'evidence', problem: 'not-allowed' });
  }
  const { evidence: _previous, ...rest } = citation;
  const labelled: Citation = evidence === null ? rest : { ...rest, evidence };
  const factors = scenario.factors.slice();
  factors[index] = { ...factor, citations: factor.citations.map((existing, i) => (i === citationIndex ? labelled : existing)) };
  return ok({ ...scenario, factors });
}

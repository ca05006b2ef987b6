import { describe, expect, it } from 'vitest';
import type { EvidenceKind } from '../../src/domain/axes';
import { confidenceOf, lowConfidenceFactors } from '../../src/domain/strategy/confidence';
import { setEvidence } from '../../src/domain/strategy/evidenceLabels';
import type { Citation } from '../../src/domain/schema';
import { cell, citation, errorOf, factor, scenario, unwrap } from '../fixtures/builders';

const cite = (sourceId: string, evidence?: EvidenceKind): Citation => (evidence ? citation(sourceId, { evidence }) : citation(sourceId));

describe('confidence from citations', () => {
  it.each([
    // high, at its edge: two citations, two sources, one fact
    ['a fact and an inference from different sources', [cite('a', 'fact'), cite('b', 'inference')], 'high', 'corroborated-fact'],
    ['two facts from different sources', [cite('a', 'fact'), cite('b', 'fact')], 'high', 'corroborated-fact'],
    // just below high
    ['two facts from the same source', [cite('a', 'fact'), cite('a', 'fact')], 'medium', 'single-source-fact'],
    ['a fact and an assumption from another source', [cite('a', 'fact'), cite('b', 'assumption')], 'medium', 'single-source-fact'],
    ['a fact and an unlabelled citation from another source', [cite('a', 'fact'), cite('b')], 'medium', 'single-source-fact'],
    // medium at its edges
    ['one fact', [cite('a', 'fact')], 'medium', 'single-source-fact'],
    ['two inferences from one source', [cite('a', 'inference'), cite('a', 'inference')], 'medium', 'several-inferences'],
    ['two inferences from different sources', [cite('a', 'inference'), cite('b', 'inference')], 'medium', 'several-inferences'],
    // just below medium, and low
    ['one inference', [cite('a', 'inference')], 'low', 'one-inference'],
    ['one inference and assumptions', [cite('a', 'inference'), cite('b', 'assumption'), cite('c', 'assumption')], 'low', 'one-inference'],
    ['no citations', [], 'low', 'no-citations'],
    ['assumptions only, from several sources', [cite('a', 'assumption'), cite('b', 'assumption')], 'low', 'assumptions-only'],
    ['unlabelled citations only', [cite('a'), cite('b')], 'low', 'assumptions-only'],
  ] as const)('%s: %s', (_label, citations, level, reason) => {
    expect(confidenceOf(citations)).toMatchObject({ level, reason });
  });

  it('lists the factors of low confidence, for the filter', () => {
    const PS = cell('political', 'strengths');
    const s = scenario('s', [factor('bare', PS), factor('sound', PS, { citations: [cite('a', 'fact'), cite('b', 'fact')] }), factor('guess', PS, { citations: [cite('a', 'assumption')] })]);
    expect(lowConfidenceFactors(s).map((f) => f.id)).toEqual(['bare', 'guess']);
  });
});

describe('setEvidence', () => {
  const PS = cell('political', 'strengths');
  const s = scenario('s', [factor('f', PS, { citations: [cite('a'), cite('b')] })]);

  it('labels one citation and leaves the others as they were', () => {
    const next = unwrap(setEvidence(s, 'f', 1, 'fact'));
    expect(next.factors[0]!.citations.map((c) => c.evidence)).toEqual([undefined, 'fact']);
    expect(next.factors[0]!.citations[0]).toBe(s.factors[0]!.citations[0]);
  });

  it('removes a label with null, and changes nothing when the label is the same', () => {
    const labelled = unwrap(setEvidence(s, 'f', 0, 'inference'));
    expect('evidence' in unwrap(setEvidence(labelled, 'f', 0, null)).factors[0]!.citations[0]!).toBe(false);
    expect(unwrap(setEvidence(labelled, 'f', 0, 'inference'))).toBe(labelled);
  });

  it('reports a missing factor or citation with its code', () => {
    expect(errorOf(setEvidence(s, 'gone', 0, 'fact'))).toEqual({ code: 'factor-not-found', id: 'gone' });
    expect(errorOf(setEvidence(s, 'f', 2, 'fact'))).toEqual({ code: 'citation-not-found', index: 2 });
  });
});

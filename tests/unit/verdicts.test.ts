import { describe, expect, it } from 'vitest';
import { prepareSource } from '../../src/domain/evidence/match';
import type { AttachedText } from '../../src/features/evidence/useSourceTexts';
import { verdictOf } from '../../src/features/evidence/watchVerdicts';
import { verdictLabel } from '../../src/features/matrix/FactorCard';
import { factor } from '../fixtures/builders';

const PS = { pest: 'political', swot: 'strengths' } as const;
const TEXT = 'The state adopted a concept for artificial intelligence until 2029, with a supercomputer planned.';

const attached = (sourceId: string, text: string): [string, AttachedText] => [
  sourceId,
  { record: { sourceId, text, origin: 'pasted', bytes: new Blob([text]).size, addedAt: '2026-12-03T00:00:00Z' }, prepared: prepareSource(text) },
];
const cite = (sourceId: string, quote: string) => ({ sourceId, locator: '', quote, quoteTranslation: '' });

describe('the verdict a factor card shows', () => {
  const texts = new Map([attached('doc', TEXT)]);

  it('has none when no cited source has a text attached, or no citation has a quote', () => {
    expect(verdictOf(factor('a', PS, { citations: [cite('other', 'a concept')] }), texts)).toBeUndefined();
    expect(verdictOf(factor('b', PS, { citations: [cite('doc', '')] }), texts)).toBeUndefined();
  });

  it('is verified only when every checked quote is', () => {
    const both = factor('a', PS, { citations: [cite('doc', 'adopted a concept'), cite('doc', 'a supercomputer planned'), cite('other', 'x')] });
    expect(verdictOf(both, texts)).toEqual({ status: 'verified', checked: 2, verified: 2 });
    expect(verdictLabel(verdictOf(both, texts)!)).toBe('all 2 quotes verified');
  });

  it('takes the weakest status: one close quote makes it close, one missing quote makes it not found', () => {
    const close = factor('a', PS, { citations: [cite('doc', 'adopted a concept'), cite('doc', 'a concept for artifcial intelligence until 2029')] });
    expect(verdictOf(close, texts)).toEqual({ status: 'close', checked: 2, verified: 1 });
    expect(verdictLabel(verdictOf(close, texts)!)).toBe('1 of 2 quotes close, not exact');
    const missing = factor('b', PS, { citations: [cite('doc', 'adopted a concept'), cite('doc', 'nothing of the sort was ever said here')] });
    expect(verdictOf(missing, texts)).toEqual({ status: 'not-found', checked: 2, verified: 1 });
    expect(verdictLabel(verdictOf(missing, texts)!)).toBe('a quote not found in its source (1 of 2 verified)');
  });
});

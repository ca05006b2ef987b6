import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_CELLS } from '../../src/domain/axes';
import {
  ALLOWED_RATINGS,
  evaluateMatrix,
  normaliseWeights,
  RECOMMENDED_FACTOR_COUNT,
  setRating,
  setWeight,
  sumsToOne,
  WEIGHT_SUM_TOLERANCE,
} from '../../src/domain/strategy/weighting';
import { cell, errorOf, factor, scenario, unwrap } from '../fixtures/builders';

const PS = cell('political', 'strengths');
const EW = cell('economic', 'weaknesses');
const SO = cell('social', 'opportunities');
const TT = cell('technological', 'threats');

describe('the weight sum', () => {
  it.each([
    [1, true],
    [1 + WEIGHT_SUM_TOLERANCE, true],
    [1 - WEIGHT_SUM_TOLERANCE, true],
    [1.006, false],
    [0.994, false],
    [0, false],
  ])('%d counts as summing to 1.00: %s', (sum, expected) => {
    expect(sumsToOne(sum)).toBe(expected);
  });

  it('adds the weights of the matrix only: strengths and weaknesses for IFE, opportunities and threats for EFE', () => {
    const s = scenario('s', [
      factor('s1', PS, { weight: 0.6, rating: 4 }),
      factor('w1', EW, { weight: 0.4, rating: 1 }),
      factor('o1', SO, { weight: 0.3, rating: 2 }),
    ]);
    const ife = evaluateMatrix(s, 'ife');
    expect(ife.factors.map((row) => row.factor.id)).toEqual(['s1', 'w1']);
    expect(ife.weightSum).toBeCloseTo(1, 10);
    expect(ife.weightsSumToOne).toBe(true);
    const efe = evaluateMatrix(s, 'efe');
    expect(efe.weightSum).toBeCloseTo(0.3, 10);
    expect(efe.weightsSumToOne).toBe(false);
    expect(efe.complete).toBe(false);
  });
});

describe('rating bands', () => {
  it('allow a strength 3 or 4, a weakness 1 or 2, an opportunity or threat 1 to 4', () => {
    expect(ALLOWED_RATINGS).toEqual({ strengths: [3, 4], weaknesses: [1, 2], opportunities: [1, 2, 3, 4], threats: [1, 2, 3, 4] });
  });

  it.each([
    ['strength', PS, 2, [3, 4]],
    ['weakness', EW, 3, [1, 2]],
  ] as const)('refuse a %s rated %d, naming the ratings it may take', (_label, where, rating, allowed) => {
    const s = scenario('s', [factor('f', where)]);
    expect(errorOf(setRating(s, 'f', rating))).toEqual({ code: 'rating-out-of-band', factorId: 'f', rating, allowed });
  });

  it('leaves ratings off the 1-4 scale to the schema', () => {
    const s = scenario('s', [factor('f', SO)]);
    expect(errorOf(setRating(s, 'f', 5))).toMatchObject({ code: 'invalid-field', field: 'rating', problem: 'out-of-range' });
    expect(errorOf(setRating(s, 'f', 2.5))).toMatchObject({ code: 'invalid-field', field: 'rating', problem: 'whole-number' });
  });

  it('accepts every rating of the band and clears one with null, removing the field', () => {
    for (const where of [PS, EW, SO, TT]) {
      for (const rating of ALLOWED_RATINGS[where.swot]) {
        const s = unwrap(setRating(scenario('s', [factor('f', where)]), 'f', rating));
        expect(s.factors[0]!.rating).toBe(rating);
        expect('rating' in unwrap(setRating(s, 'f', null)).factors[0]!).toBe(false);
      }
    }
  });

  it('flags, without dropping, a rating left outside its band by a move to another part', () => {
    const s = scenario('s', [factor('moved', EW, { weight: 1, rating: 4 })]);
    const ife = evaluateMatrix(s, 'ife');
    expect(ife.factors[0]).toMatchObject({ rating: 4, ratingInBand: false, score: null });
    expect(ife.ratingsOutOfBand).toBe(1);
    expect(ife.complete).toBe(false);
  });
});

describe('weights', () => {
  it('accept 0 to 1 and refuse anything else', () => {
    const s = scenario('s', [factor('f', PS)]);
    expect(unwrap(setWeight(s, 'f', 0)).factors[0]!.weight).toBe(0);
    expect(unwrap(setWeight(s, 'f', 1)).factors[0]!.weight).toBe(1);
    expect(errorOf(setWeight(s, 'f', 1.01))).toMatchObject({ code: 'invalid-field', field: 'weight', problem: 'out-of-range' });
    expect(errorOf(setWeight(s, 'f', -0.1))).toMatchObject({ code: 'invalid-field', field: 'weight' });
    expect(errorOf(setWeight(s, 'gone', 0.5))).toEqual({ code: 'factor-not-found', id: 'gone' });
  });

  it('return the same scenario when the weight does not change, so nothing is recorded', () => {
    const s = scenario('s', [factor('f', PS, { weight: 0.2 })]);
    expect(unwrap(setWeight(s, 'f', 0.2))).toBe(s);
    const cleared = scenario('s', [factor('f', PS)]);
    expect(unwrap(setWeight(cleared, 'f', null))).toBe(cleared);
  });
});

describe('scores and totals', () => {
  it('score each factor as weight × rating and total the scores (David’s worked shape)', () => {
    const s = scenario('s', [
      factor('a', PS, { weight: 0.2, rating: 4 }),
      factor('b', PS, { weight: 0.3, rating: 3 }),
      factor('c', EW, { weight: 0.25, rating: 1 }),
      factor('d', EW, { weight: 0.25, rating: 2 }),
    ]);
    const ife = evaluateMatrix(s, 'ife');
    const expected = [0.2 * 4, 0.3 * 3, 0.25 * 1, 0.25 * 2];
    ife.factors.forEach((row, i) => expect(row.score).toBeCloseTo(expected[i]!, 10));
    expect(ife.total).toBeCloseTo(expected.reduce((sum, x) => sum + x, 0), 10);
    expect(ife.complete).toBe(true);
  });

  it('stay on the 1-4 scale whenever the weights sum to one and every rating is in its band', () => {
    const row = fc.record({ where: fc.constantFrom(PS, EW, SO, TT), share: fc.integer({ min: 1, max: 100 }), pick: fc.nat() });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 25 }), (rows) => {
        const draft = scenario(
          's',
          rows.map((r, i) => factor(`f${i}`, r.where, { weight: r.share / 100, rating: ALLOWED_RATINGS[r.where.swot][r.pick % ALLOWED_RATINGS[r.where.swot].length]! })),
        );
        for (const matrix of ['ife', 'efe'] as const) {
          const normalised = normaliseWeights(draft, matrix);
          if (!normalised.ok) continue; // no factor of that matrix was generated
          const evaluation = evaluateMatrix(normalised.value, matrix);
          expect(evaluation.complete).toBe(true);
          expect(evaluation.total).toBeGreaterThanOrEqual(1 - 1e-9);
          expect(evaluation.total).toBeLessThanOrEqual(4 + 1e-9);
        }
      }),
    );
  });

  it('count missing weights and ratings and score only the factors that have both', () => {
    const s = scenario('s', [factor('a', SO, { weight: 0.5, rating: 4 }), factor('b', TT, { weight: 0.5 }), factor('c', TT, { rating: 2 })]);
    const efe = evaluateMatrix(s, 'efe');
    expect(efe.missingWeights).toBe(1);
    expect(efe.missingRatings).toBe(1);
    expect(efe.total).toBeCloseTo(2, 10);
    expect(efe.complete).toBe(false);
  });

  it('rescale the weights within one PEST row, so a row’s total is on the same scale', () => {
    const s = scenario('s', [
      factor('p1', PS, { weight: 0.1, rating: 4 }),
      factor('p2', cell('political', 'weaknesses'), { weight: 0.1, rating: 2 }),
      factor('e1', EW, { weight: 0.8, rating: 1 }),
    ]);
    const row = evaluateMatrix(s, 'ife', { pest: 'political' });
    expect(row.factors.map((r) => [r.factor.id, r.storedWeight, r.weight])).toEqual([
      ['p1', 0.1, 0.5],
      ['p2', 0.1, 0.5],
    ]);
    expect(row.weightsSumToOne).toBe(true);
    expect(row.total).toBeCloseTo(0.5 * 4 + 0.5 * 2, 10);
  });
});

describe('the factor-count warning', () => {
  const withCount = (n: number) => scenario('s', Array.from({ length: n }, (_, i) => factor(`f${i}`, ALL_CELLS[(i % 2) * 1]!)));
  it.each([
    [RECOMMENDED_FACTOR_COUNT.min - 1, 'too-few'],
    [RECOMMENDED_FACTOR_COUNT.min, null],
    [RECOMMENDED_FACTOR_COUNT.max, null],
    [RECOMMENDED_FACTOR_COUNT.max + 1, 'too-many'],
  ] as const)('with %d factors is %s', (n, warning) => {
    expect(evaluateMatrix(withCount(n), 'ife').factorCountWarning).toBe(warning);
  });
});

describe('normaliseWeights', () => {
  it('rescales in proportion and sums to exactly 1 in thousandths', () => {
    const s = scenario('s', [factor('a', SO, { weight: 2 / 10 }), factor('b', SO, { weight: 1 / 10 }), factor('c', TT, { weight: 1 / 10 })]);
    const weights = unwrap(normaliseWeights(s, 'efe')).factors.map((f) => f.weight);
    expect(weights).toEqual([0.5, 0.25, 0.25]);
  });

  it('gives every factor an equal share when none has a weight', () => {
    const s = scenario('s', [factor('a', PS), factor('b', EW), factor('c', EW), factor('d', EW)]);
    expect(unwrap(normaliseWeights(s, 'ife')).factors.map((f) => f.weight)).toEqual([0.25, 0.25, 0.25, 0.25]);
  });

  it('counts an unweighted factor as a typical one: the mean of the weighted', () => {
    const s = scenario('s', [factor('a', PS, { weight: 0.2 }), factor('b', PS, { weight: 0.4 }), factor('new', EW)]);
    // shares 0.2, 0.4 and the mean 0.3: 2/9, 4/9, 3/9 of the whole
    const weights = unwrap(normaliseWeights(s, 'ife')).factors.map((f) => f.weight!);
    expect(weights.map((w) => Math.round(w * 9 * 1000) / 1000)).toEqual([2, 4, 3].map((x) => expect.closeTo(x, 2)));
    expect(sumsToOne(weights.reduce((sum, w) => sum + w, 0))).toBe(true);
  });

  it('shares equally when every weight is zero', () => {
    const s = scenario('s', [factor('a', SO, { weight: 0 }), factor('b', TT, { weight: 0 })]);
    expect(unwrap(normaliseWeights(s, 'efe')).factors.map((f) => f.weight)).toEqual([0.5, 0.5]);
  });

  it('touches only the matrix it is asked to, and fails with a code when that matrix is empty', () => {
    const s = scenario('s', [factor('a', PS, { weight: 0.3 }), factor('o', SO, { weight: 0.7 })]);
    const next = unwrap(normaliseWeights(s, 'ife'));
    expect(next.factors[1]).toBe(s.factors[1]);
    expect(errorOf(normaliseWeights(scenario('s', [factor('a', PS)]), 'efe'))).toEqual({ code: 'no-factors-to-weigh', matrix: 'efe' });
  });

  it('always sums to 1 within the tolerance and keeps the order of the weights (property)', () => {
    const weightArb = fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined });
    fc.assert(
      fc.property(fc.array(weightArb, { minLength: 1, maxLength: 60 }), (weights) => {
        const s = scenario('s', weights.map((weight, i) => factor(`f${i}`, i % 2 ? PS : EW, weight === undefined ? {} : { weight })));
        const next = unwrap(normaliseWeights(s, 'ife'));
        const result = next.factors.map((f) => f.weight!);
        expect(sumsToOne(result.reduce((sum, w) => sum + w, 0))).toBe(true);
        result.forEach((w) => expect(w).toBeGreaterThanOrEqual(0));
        // A heavier factor never ends lighter than a lighter one (rounding may make them equal).
        for (let i = 0; i < weights.length; i++) {
          for (let j = 0; j < weights.length; j++) {
            const [a, b] = [weights[i], weights[j]];
            if (a !== undefined && b !== undefined && a > b + 0.01) expect(result[i]!).toBeGreaterThanOrEqual(result[j]!);
          }
        }
        expect(evaluateMatrix(next, 'ife').missingWeights).toBe(0);
      }),
    );
  });
});

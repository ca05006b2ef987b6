import { type Pest, type Swot } from '../axes';
import { type EvaluationMatrix, fail, ok, type Result } from '../result';
import type { Factor, Scenario } from '../schema';
import { mapFactors, setOptionalFactorField } from './factorField';

/**
 * Internal and External Factor Evaluation (David, Strategic Management): each factor of the
 * matrix gets a weight (0-1; the matrix's weights sum to 1) and a rating (1-4), its score is
 * weight × rating, and the total runs from 1 to 4 with 2.5 as the average.
 */
export const MATRIX_PARTS: Record<EvaluationMatrix, readonly [Swot, Swot]> = {
  ife: ['strengths', 'weaknesses'],
  efe: ['opportunities', 'threats'],
};

/** How far the weights may sum from 1.00 and still count as summing to it. */
export const WEIGHT_SUM_TOLERANCE = 0.005;
/** The average total of either matrix: above it the position is stronger than average. */
export const AVERAGE_TOTAL = 2.5;
/** The methods ask for 10-20 factors per matrix; outside that the app warns and never blocks. */
export const RECOMMENDED_FACTOR_COUNT = { min: 10, max: 20 } as const;

/**
 * The ratings a factor may take. IFE: a strength 3 (minor) or 4 (major), a weakness 1 (major)
 * or 2 (minor). EFE: 1-4 for how well current strategy responds (4 superior, 1 poor).
 */
export const ALLOWED_RATINGS: Record<Swot, readonly number[]> = {
  strengths: [3, 4],
  weaknesses: [1, 2],
  opportunities: [1, 2, 3, 4],
  threats: [1, 2, 3, 4],
};

export const matrixOf = (swot: Swot): EvaluationMatrix => (swot === 'strengths' || swot === 'weaknesses' ? 'ife' : 'efe');

export const isRatingInBand = (swot: Swot, rating: number): boolean => ALLOWED_RATINGS[swot].includes(rating);

export const inMatrix = (factor: Factor, matrix: EvaluationMatrix): boolean => MATRIX_PARTS[matrix].includes(factor.swot);

/** The whole matrix, or one PEST row of it when the analyst picks one. */
export interface EvaluationScope {
  pest?: Pest;
}

export interface EvaluatedFactor {
  factor: Factor;
  /** The weight as stored: relative to the whole matrix of the scenario. */
  storedWeight: number | null;
  /** The weight this evaluation uses: the stored one, rescaled to the row when the scope is a row. */
  weight: number | null;
  rating: number | null;
  /** False when the rating lies outside the factor's band (e.g. a strength rated 2, or one moved from weaknesses). */
  ratingInBand: boolean;
  /** weight × rating; null while either is missing or the rating is out of its band. */
  score: number | null;
}

export interface MatrixEvaluation {
  matrix: EvaluationMatrix;
  scope: EvaluationScope;
  factors: EvaluatedFactor[];
  /** The sum of the weights this evaluation uses. */
  weightSum: number;
  /** Whether `weightSum` is 1.00 within ±0.005. */
  weightsSumToOne: boolean;
  /** Σ weight × rating over the factors that have a score. */
  total: number;
  /** Every factor weighted and rated within its band, and the weights sum to 1: the total means what the method says. */
  complete: boolean;
  missingWeights: number;
  missingRatings: number;
  ratingsOutOfBand: number;
  /** Set when the matrix has fewer than 10 or more than 20 factors. */
  factorCountWarning: 'too-few' | 'too-many' | null;
}

const inScope = (factor: Factor, scope: EvaluationScope): boolean => scope.pest === undefined || factor.pest === scope.pest;

/**
 * Evaluates one matrix of a scenario. Weights are stored once per factor, relative to the whole
 * matrix. For one PEST row they are rescaled to sum to 1 within the row (each divided by the
 * row's sum), so a row's total is on the same 1-4 scale as the whole matrix's.
 */
export function evaluateMatrix(scenario: Scenario, matrix: EvaluationMatrix, scope: EvaluationScope = {}): MatrixEvaluation {
  const members = scenario.factors.filter((factor) => inMatrix(factor, matrix) && inScope(factor, scope));
  const storedSum = members.reduce((sum, factor) => sum + (factor.weight ?? 0), 0);
  const rescale = scope.pest !== undefined && storedSum > 0 ? 1 / storedSum : 1;
  const factors = members.map((factor): EvaluatedFactor => {
    const storedWeight = factor.weight ?? null;
    const weight = storedWeight === null ? null : storedWeight * rescale;
    const rating = factor.rating ?? null;
    const ratingInBand = rating === null || isRatingInBand(factor.swot, rating);
    const score = weight !== null && rating !== null && ratingInBand ? weight * rating : null;
    return { factor, storedWeight, weight, rating, ratingInBand, score };
  });
  const weightSum = factors.reduce((sum, row) => sum + (row.weight ?? 0), 0);
  const weightsSumToOne = sumsToOne(weightSum);
  const missingWeights = factors.filter((row) => row.weight === null).length;
  const missingRatings = factors.filter((row) => row.rating === null).length;
  const ratingsOutOfBand = factors.filter((row) => !row.ratingInBand).length;
  const count = factors.length;
  return {
    matrix,
    scope,
    factors,
    weightSum,
    weightsSumToOne,
    total: factors.reduce((sum, row) => sum + (row.score ?? 0), 0),
    complete: count > 0 && weightsSumToOne && missingWeights === 0 && missingRatings === 0 && ratingsOutOfBand === 0,
    missingWeights,
    missingRatings,
    ratingsOutOfBand,
    factorCountWarning:
      count < RECOMMENDED_FACTOR_COUNT.min ? 'too-few' : count > RECOMMENDED_FACTOR_COUNT.max ? 'too-many' : null,
  };
}

// A hair of slack for floating point, so a sum printed as 1.005 is not refused for being 1.00500000001.
export const sumsToOne = (sum: number): boolean => Math.abs(sum - 1) <= WEIGHT_SUM_TOLERANCE + 1e-9;

export const setWeight = (scenario: Scenario, factorId: string, weight: number | null): Result<Scenario> =>
  setOptionalFactorField(scenario, factorId, 'weight', weight);

/** Sets a rating, refusing one outside the factor's band (a strength rated 1, say). */
export function setRating(scenario: Scenario, factorId: string, rating: number | null): Result<Scenario> {
  const factor = scenario.factors.find((candidate) => candidate.id === factorId);
  if (!factor) return fail({ code: 'factor-not-found', id: factorId });
  // A rating off the 1-4 scale altogether is the schema's to refuse, with its own message.
  const onScale = rating !== null && Number.isInteger(rating) && rating >= 1 && rating <= 4;
  if (onScale && !isRatingInBand(factor.swot, rating)) {
    return fail({ code: 'rating-out-of-band', factorId, rating, allowed: ALLOWED_RATINGS[factor.swot] });
  }
  return setOptionalFactorField(scenario, factorId, 'rating', rating);
}

/**
 * Shares `units` whole units out in proportion to `shares` (largest remainder), so that the
 * parts add up to exactly `units`.
 */
function apportion(shares: readonly number[], units: number): number[] {
  const total = shares.reduce((sum, share) => sum + share, 0);
  const exact = shares.map((share) => (share / total) * units);
  const parts = exact.map(Math.floor);
  let left = units - parts.reduce((sum, part) => sum + part, 0);
  const byRemainder = exact.map((value, index) => ({ index, remainder: value - Math.floor(value) })).sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (left <= 0) break;
    parts[index]! += 1;
    left -= 1;
  }
  return parts;
}

/**
 * Rescales the weights of a whole matrix to sum to 1, in proportion to what they are now.
 * A factor without a weight is given the mean of the weighted ones first, so it counts as a
 * typical factor rather than vanishing; when no factor has a positive weight, all share equally.
 * Weights are rounded to thousandths (finer for very large matrices) so that they read cleanly
 * and still add up to exactly 1.
 */
export function normaliseWeights(scenario: Scenario, matrix: EvaluationMatrix): Result<Scenario> {
  const members = scenario.factors.filter((factor) => inMatrix(factor, matrix));
  if (members.length === 0) return fail({ code: 'no-factors-to-weigh', matrix });
  const weighted = members.filter((factor) => factor.weight !== undefined);
  const mean = weighted.length > 0 ? weighted.reduce((sum, factor) => sum + factor.weight!, 0) / weighted.length : 0;
  let shares = members.map((factor) => factor.weight ?? mean);
  if (!shares.some((share) => share > 0)) shares = members.map(() => 1);
  const units = 10 ** Math.max(3, Math.ceil(Math.log10(members.length)) + 2);
  const parts = apportion(shares, units);
  const weightOf = new Map(members.map((factor, index) => [factor.id, parts[index]! / units]));
  return ok(
    mapFactors(scenario, (factor) => {
      const weight = weightOf.get(factor.id);
      return weight === undefined || factor.weight === weight ? factor : { ...factor, weight };
    }),
  );
}

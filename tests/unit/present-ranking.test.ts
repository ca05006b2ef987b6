import { describe, expect, it } from 'vitest';
import { largestFitting, MIN_TITLE_PX } from '../../src/features/present/fitFont';
import { rankByVotes } from '../../src/features/present/ranking';
import { cell, factor } from '../fixtures/builders';

const PS = cell('political', 'strengths');

describe('rankByVotes: which cards a full cell keeps in view', () => {
  it('puts the most voted first, then the highest impact, then the cell’s own order', () => {
    const factors = [
      factor('a', PS, { impact: 2, votes: 0 }),
      factor('b', PS, { impact: 5, votes: 1 }),
      factor('c', PS, { impact: null, votes: 3 }),
      factor('d', PS, { impact: 4, votes: 1 }),
      factor('e', PS, { impact: 4, votes: 0 }),
      factor('f', PS, { impact: null, votes: 0 }),
    ];
    expect(rankByVotes(factors)).toEqual(['c', 'b', 'd', 'e', 'a', 'f']);
  });

  it('keeps the cell’s order when nobody voted and impacts tie', () => {
    const factors = ['x', 'y', 'z'].map((id) => factor(id, PS, { impact: 3 }));
    expect(rankByVotes(factors)).toEqual(['x', 'y', 'z']);
    expect(rankByVotes([])).toEqual([]);
  });
});

describe('largestFitting: the title size of a row view', () => {
  it('keeps the theme’s size when everything fits', () => {
    expect(largestFitting(33, MIN_TITLE_PX, () => true)).toBe(33);
  });

  it('takes the largest whole size that fits', () => {
    expect(largestFitting(33.4, MIN_TITLE_PX, (size) => size <= 28)).toBe(28);
  });

  it('never goes below 24 px: past that the panels scroll instead', () => {
    const tried: number[] = [];
    expect(largestFitting(30, MIN_TITLE_PX, (size) => (tried.push(size), false))).toBe(24);
    expect(Math.min(...tried)).toBeGreaterThan(24);
  });
});

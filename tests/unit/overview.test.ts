import { describe, expect, it } from 'vitest';
import { cellOverview, OVERVIEW_CARDS } from '../../src/features/density/overview';
import { factor } from '../fixtures/builders';

const PS = { pest: 'political', swot: 'strengths' } as const;

describe('a cell at a glance (Overview)', () => {
  const factors = [
    factor('a', PS, { impact: 2 }),
    factor('b', PS, { impact: 5 }),
    factor('c', PS, { impact: null }),
    factor('d', PS, { impact: 5 }),
    factor('e', PS, { impact: 3 }),
  ];

  it('shows the highest impact first, ties in the cell’s own order', () => {
    expect(cellOverview(factors)).toEqual({ ids: ['b', 'd', 'e'], topVotedId: null });
  });

  it('puts the top-voted factor first when anyone voted, then fills with the highest impact', () => {
    const voted = factors.map((f) => (f.id === 'c' ? { ...f, votes: 4 } : f.id === 'a' ? { ...f, votes: 2 } : f));
    expect(cellOverview(voted)).toEqual({ ids: ['c', 'b', 'd'], topVotedId: 'c' });
  });

  it('keeps a dragged card of the cell in view, and never shows more than it should otherwise', () => {
    expect(cellOverview(factors, 'a').ids).toEqual(['b', 'd', 'e', 'a']);
    expect(cellOverview(factors, 'elsewhere').ids).toHaveLength(OVERVIEW_CARDS);
    expect(cellOverview([]).ids).toEqual([]);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countBelow, fitCount } from '../../src/features/present/fit';

/** Bottom edges of items of the given heights stacked with a gap between them. */
function stack(heights: number[], gap = 4): number[] {
  let top = 0;
  return heights.map((height) => {
    const bottom = top + height;
    top = bottom + gap;
    return bottom;
  });
}

describe('fitCount', () => {
  it('shows everything when everything fits, with no room kept for "+N more"', () => {
    expect(fitCount(stack([40, 40, 40]), 128, 30)).toBe(3);
  });

  it('keeps room for the "+N more" line when some items must be hidden', () => {
    // 40 + 4 + 40 = 84 fits in 130, but not in 130 - 30 = 100 together with the third.
    expect(fitCount(stack([40, 40, 40, 40]), 130, 30)).toBe(2);
    expect(fitCount(stack([40, 40, 40, 40]), 100, 30)).toBe(1);
  });

  it('hides a card rather than cut it, even when that leaves the cell without one', () => {
    expect(fitCount(stack([120, 20]), 130, 30)).toBe(0);
  });

  it('shows a lone card that fits exactly, allowing for sub-pixel rounding', () => {
    expect(fitCount([100.4], 100, 30)).toBe(1);
    expect(fitCount([101], 100, 30)).toBe(0);
  });

  it('has nothing to fit in an empty cell', () => {
    expect(fitCount([], 100, 30)).toBe(0);
  });

  it('never shows an item that ends past the box, nor past the line kept for "+N more"', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 200 }), { maxLength: 12 }),
        fc.integer({ min: 0, max: 600 }),
        fc.integer({ min: 0, max: 40 }),
        (heights, available, reserve) => {
          const bottoms = stack(heights);
          const count = fitCount(bottoms, available, reserve);
          expect(count).toBeGreaterThanOrEqual(0);
          expect(count).toBeLessThanOrEqual(heights.length);
          if (count === heights.length) return;
          // Some are hidden: the shown ones end above the "+N more" line, and one more would not.
          if (count > 0) expect(bottoms[count - 1]!).toBeLessThanOrEqual(available - reserve + 0.5);
          expect(bottoms[count]!).toBeGreaterThan(available - reserve + 0.5);
        },
      ),
    );
  });
});

describe('countBelow', () => {
  it('counts the cards cut off by the bottom edge and those past it', () => {
    // Bottoms 40, 84, 128, 172: an edge at 100 cuts the third card and hides the fourth.
    expect(countBelow(stack([40, 40, 40, 40]), 100)).toBe(2);
  });

  it('counts cards laid out in columns, whatever their order', () => {
    expect(countBelow([100, 300, 150, 250], 200)).toBe(2);
  });

  it('counts none once the last card is in view, even by a sub-pixel rounding', () => {
    expect(countBelow(stack([40, 40, 40, 40]), 172)).toBe(0);
    expect(countBelow(stack([40, 40, 40, 40]), 171.6)).toBe(0);
    expect(countBelow([], 0)).toBe(0);
  });

  it('scrolling down never shows more cards below', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 200 }), { maxLength: 30 }), fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 500 }), (heights, edge, scrolled) => {
        const bottoms = stack(heights);
        const below = countBelow(bottoms, edge);
        expect(countBelow(bottoms, edge + scrolled)).toBeLessThanOrEqual(below);
        expect(below).toBe(bottoms.filter((bottom) => bottom > edge + 0.5).length);
      }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { placed, type QuadrantLists, step, without } from '../../src/features/strategy/strategyMove';

const lists: QuadrantLists = { SO: ['a', 'b'], ST: ['c'], WO: [], WT: ['d', 'e', 'f'] };

describe('moving a strategy by keyboard', () => {
  it('steps within a quadrant, then into the one below or above', () => {
    const rest = without(lists, 'a');
    expect(step(rest, { quadrant: 'SO', index: 0 }, 'ArrowDown')).toEqual({ quadrant: 'SO', index: 1 });
    expect(step(rest, { quadrant: 'SO', index: 1 }, 'ArrowDown')).toEqual({ quadrant: 'WO', index: 0 });
    expect(step(rest, { quadrant: 'WO', index: 0 }, 'ArrowUp')).toEqual({ quadrant: 'SO', index: 1 });
    expect(step(rest, { quadrant: 'SO', index: 0 }, 'ArrowUp')).toBeNull();
    expect(step(rest, { quadrant: 'WO', index: 0 }, 'ArrowDown')).toBeNull();
  });

  it('crosses left and right at the same position, clamped to the quadrant it enters', () => {
    const rest = without(lists, 'e');
    expect(step(rest, { quadrant: 'WT', index: 1 }, 'ArrowLeft')).toEqual({ quadrant: 'WO', index: 0 });
    expect(step(rest, { quadrant: 'SO', index: 2 }, 'ArrowRight')).toEqual({ quadrant: 'ST', index: 1 });
    expect(step(rest, { quadrant: 'ST', index: 0 }, 'ArrowRight')).toBeNull();
  });

  it('shows the lists as they would be after the drop, with every strategy exactly once', () => {
    expect(placed(lists, 'a', { quadrant: 'WT', index: 1 })).toEqual({ SO: ['b'], ST: ['c'], WO: [], WT: ['d', 'a', 'e', 'f'] });
    expect(placed(lists, 'b', { quadrant: 'SO', index: 0 })).toEqual({ ...lists, SO: ['b', 'a'] });
  });
});

import { describe, expect, it } from 'vitest';
import type { Cell } from '../../src/domain/axes';
import { stepLanding } from '../../src/features/matrix/keyboardDrag';

const PS: Cell = { pest: 'political', swot: 'strengths' };
const PW: Cell = { pest: 'political', swot: 'weaknesses' };
const ES: Cell = { pest: 'economic', swot: 'strengths' };
const PT: Cell = { pest: 'political', swot: 'threats' };
const TS: Cell = { pest: 'technological', swot: 'strengths' };
// Two other cards in every cell, so each has places 0, 1 and 2.
const size = () => 2;

describe('a keyboard drag step', () => {
  it('moves within a cell, then into the cell below at its start or the cell above at its end', () => {
    expect(stepLanding({ cell: PS, index: 0 }, 'ArrowDown', size)).toEqual({ cell: PS, index: 1 });
    expect(stepLanding({ cell: PS, index: 2 }, 'ArrowDown', size)).toEqual({ cell: ES, index: 0 });
    expect(stepLanding({ cell: ES, index: 0 }, 'ArrowUp', size)).toEqual({ cell: PS, index: 2 });
    expect(stepLanding({ cell: PS, index: 0 }, 'ArrowUp', size)).toBeNull();
    expect(stepLanding({ cell: TS, index: 2 }, 'ArrowDown', size)).toBeNull();
  });

  it('crosses to the neighbouring column at the same place, clamped to what that cell holds', () => {
    expect(stepLanding({ cell: PS, index: 1 }, 'ArrowRight', size)).toEqual({ cell: PW, index: 1 });
    expect(stepLanding({ cell: PS, index: 2 }, 'ArrowRight', (cell) => (cell === PS ? 2 : 0))).toEqual({ cell: PW, index: 0 });
    expect(stepLanding({ cell: PS, index: 0 }, 'ArrowLeft', size)).toBeNull();
    expect(stepLanding({ cell: PT, index: 0 }, 'ArrowRight', size)).toBeNull();
  });

  it('ignores keys that are not arrows', () => {
    expect(stepLanding({ cell: PS, index: 0 }, 'a', size)).toBeNull();
  });
});

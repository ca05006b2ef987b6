import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_CELLS, PEST, SWOT } from '../../src/domain/axes';
import { cellOfFactor, hideLast, revealedCount, revealNext, revealOrder } from '../../src/features/present/reveal';
import { cell, deepFreeze, factor } from '../fixtures/builders';

const PS = cell('political', 'strengths');
const PW = cell('political', 'weaknesses');
const PT = cell('political', 'threats');
const ES = cell('economic', 'strengths');
const TT = cell('technological', 'threats');

describe('revealOrder', () => {
  it('goes cell by cell in reading order of the matrix, whatever the order of the flat list', () => {
    const factors = deepFreeze([
      factor('tt', TT),
      factor('es', ES),
      factor('pt', PT),
      factor('pw', PW),
      factor('ps', PS),
    ]);
    expect(revealOrder(factors)).toEqual(['ps', 'pw', 'pt', 'es', 'tt']);
  });

  it('keeps the order of the factors within a cell, even when other cells interleave them', () => {
    const factors = [factor('b', PS), factor('x', ES), factor('a', PS), factor('y', PW), factor('c', PS)];
    expect(revealOrder(factors)).toEqual(['b', 'a', 'c', 'y', 'x']);
  });

  it('walks the sixteen cells row by row: political strengths first, technological threats last', () => {
    const factors = [...ALL_CELLS].reverse().map((where) => factor(`${where.pest}-${where.swot}`, where));
    const expected = PEST.flatMap((pest) => SWOT.map((swot) => `${pest}-${swot}`));
    expect(revealOrder(factors)).toEqual(expected);
  });

  it('returns nothing for an empty scenario', () => {
    expect(revealOrder([])).toEqual([]);
  });

  it('is a permutation of the factor ids', () => {
    const where = fc.constantFrom(...ALL_CELLS);
    fc.assert(
      fc.property(fc.array(where, { maxLength: 40 }), (cells) => {
        const factors = cells.map((c, index) => factor(`f${index}`, c));
        const order = revealOrder(factors);
        expect([...order].sort()).toEqual(factors.map((f) => f.id).sort());
      }),
    );
  });
});

describe('revealNext and hideLast', () => {
  const order = ['a', 'b', 'c'];

  it('reveals the factors one at a time in order, then reports that nothing is left', () => {
    let revealed: string[] = [];
    const seen: string[] = [];
    for (;;) {
      const step = revealNext(order, revealed);
      if (!step) break;
      seen.push(step.id);
      revealed = step.revealed;
    }
    expect(seen).toEqual(['a', 'b', 'c']);
    expect(revealed).toEqual(['a', 'b', 'c']);
  });

  it('hides the last revealed factor, and the next reveal shows it again', () => {
    const hidden = hideLast(order, ['a', 'b']);
    expect(hidden).toEqual({ revealed: ['a'], id: 'b' });
    expect(revealNext(order, hidden!.revealed)).toEqual({ revealed: ['a', 'b'], id: 'b' });
  });

  it('has nothing to hide when nothing is revealed', () => {
    expect(hideLast(order, [])).toBeNull();
  });

  it('does not change the list it is given', () => {
    const revealed = deepFreeze(['a']);
    expect(revealNext(order, revealed)?.revealed).toEqual(['a', 'b']);
    expect(hideLast(order, revealed)?.revealed).toEqual([]);
  });

  it('shows a factor added mid-reveal in its place in the order', () => {
    // "x" was added to a cell that is already revealed: it is next, before "c".
    expect(revealNext(['a', 'x', 'b', 'c'], ['a', 'b'])?.id).toBe('x');
  });

  it('ignores ids of factors deleted since they were revealed', () => {
    expect(hideLast(['a', 'c'], ['a', 'gone'])).toEqual({ revealed: ['gone'], id: 'a' });
    expect(revealedCount(['a', 'c'], ['a', 'gone'])).toBe(1);
  });

  it('undoes any number of reveals with as many hides', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 10 }), (total, steps) => {
        const ids = Array.from({ length: total }, (_, index) => `f${index}`);
        let revealed: string[] = [];
        for (let i = 0; i < steps; i++) revealed = revealNext(ids, revealed)?.revealed ?? revealed;
        expect(revealedCount(ids, revealed)).toBe(Math.min(steps, total));
        for (let i = 0; i < steps; i++) revealed = hideLast(ids, revealed)?.revealed ?? revealed;
        expect(revealed).toEqual([]);
      }),
    );
  });
});

describe('cellOfFactor', () => {
  it('finds the cell a factor sits in, or null for an unknown id', () => {
    const factors = [factor('a', PW), factor('b', TT)];
    expect(cellOfFactor(factors, 'b')).toEqual(TT);
    expect(cellOfFactor(factors, 'nope')).toBeNull();
  });
});

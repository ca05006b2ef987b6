import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IE_CELLS, IE_PRESCRIPTIONS, ieCell } from '../../src/domain/strategy/ieMatrix';
import {
  cellBySignificance,
  compareBySignificance,
  DEFAULT_SIGNIFICANCE_THRESHOLD,
  isSignificant,
  significance,
  significanceThresholdOf,
} from '../../src/domain/strategy/significance';
import { setLikelihood, setSignificanceThreshold, sortCellsBySignificance } from '../../src/domain/strategy/significanceEdits';
import { cell, errorOf, factor, scenario, unwrap } from '../fixtures/builders';

describe('the IE-matrix cell', () => {
  it.each([
    [4.0, 4.0, 'I', 'strong', 'high'],
    [3.0, 3.0, 'I', 'strong', 'high'],
    [2.99, 3.0, 'II', 'average', 'high'],
    [2.0, 3.0, 'II', 'average', 'high'],
    [1.99, 3.0, 'III', 'weak', 'high'],
    [3.0, 2.99, 'IV', 'strong', 'medium'],
    [2.5, 2.5, 'V', 'average', 'medium'],
    [1.0, 2.0, 'VI', 'weak', 'medium'],
    [3.5, 1.99, 'VII', 'strong', 'low'],
    [2.0, 1.0, 'VIII', 'average', 'low'],
    [1.0, 1.0, 'IX', 'weak', 'low'],
  ] as const)('IFE %d and EFE %d fall in cell %s (%s IFE, %s EFE)', (ife, efe, cellName, ifeBand, efeBand) => {
    expect(unwrap(ieCell(ife, efe))).toMatchObject({ cell: cellName, ifeBand, efeBand });
  });

  it('names the cells as David does: grow and build I, II, IV; hold and maintain III, V, VII; harvest or divest VI, VIII, IX', () => {
    const byPrescription = (p: string) => Object.entries(IE_PRESCRIPTIONS).filter(([, value]) => value === p).map(([key]) => key).sort();
    expect(byPrescription('grow-and-build')).toEqual(['I', 'II', 'IV']);
    expect(byPrescription('hold-and-maintain')).toEqual(['III', 'V', 'VII']);
    expect(byPrescription('harvest-or-divest')).toEqual(['IX', 'VI', 'VIII']);
    expect(unwrap(ieCell(2.5, 2.5)).prescription).toBe('hold-and-maintain');
  });

  it('places totals as reported, to two decimals: 2.995 counts as 3.00, and floating-point dust does not drop a band', () => {
    expect(unwrap(ieCell(2.995, 2.5)).ifeBand).toBe('strong');
    expect(unwrap(ieCell(2.994, 2.5)).ifeBand).toBe('average');
    expect(unwrap(ieCell(0.1 * 3 + 0.7 * 3 + 0.2 * 3, 2.5)).ifeBand).toBe('strong');
  });

  it.each([
    [0.99, 2.5, 'ife'],
    [4.01, 2.5, 'ife'],
    [2.5, 0.5, 'efe'],
    [Number.NaN, 2.5, 'ife'],
  ] as const)('refuses IFE %d / EFE %d, outside 1-4, with a code naming the matrix', (ife, efe, matrix) => {
    expect(errorOf(ieCell(ife, efe))).toMatchObject({ code: 'total-out-of-range', matrix });
  });

  it('puts every pair of totals in exactly the cell its row and column say (property)', () => {
    const total = fc.double({ min: 1, max: 4, noNaN: true });
    fc.assert(
      fc.property(total, total, (ife, efe) => {
        const placed = unwrap(ieCell(ife, efe));
        expect(IE_CELLS[placed.row]![placed.column]).toBe(placed.cell);
        const band = (t: number) => (Math.round(t * 100) / 100 >= 3 ? 0 : Math.round(t * 100) / 100 >= 2 ? 1 : 2);
        expect([placed.row, placed.column]).toEqual([band(efe), band(ife)]);
      }),
    );
  });
});

const PS = cell('political', 'strengths');

describe('significance', () => {
  it('is impact × likelihood, from 1 to 25, and null while either is unset', () => {
    for (let impact = 1; impact <= 5; impact++) {
      for (let likelihood = 1; likelihood <= 5; likelihood++) expect(significance({ impact, likelihood })).toBe(impact * likelihood);
    }
    expect(significance({ impact: null, likelihood: 5 })).toBeNull();
    expect(significance({ impact: 5 })).toBeNull();
  });

  it('marks a factor at or above the threshold, 15 by default', () => {
    expect(DEFAULT_SIGNIFICANCE_THRESHOLD).toBe(15);
    expect(isSignificant({ impact: 5, likelihood: 3 })).toBe(true);
    expect(isSignificant({ impact: 4, likelihood: 3 })).toBe(false);
    expect(isSignificant({ impact: 4, likelihood: 3 }, 12)).toBe(true);
    expect(isSignificant({ impact: null, likelihood: 5 }, 1)).toBe(false);
  });

  it('sorts most significant first, unscored last, and keeps ties in their order', () => {
    const factors = [
      factor('none', PS),
      factor('low', PS, { impact: 1, likelihood: 2 }),
      factor('tie-a', PS, { impact: 3, likelihood: 4 }),
      factor('top', PS, { impact: 5, likelihood: 5 }),
      factor('tie-b', PS, { impact: 4, likelihood: 3 }),
    ];
    expect(factors.slice().sort(compareBySignificance).map((f) => f.id)).toEqual(['top', 'tie-a', 'tie-b', 'low', 'none']);
    expect(cellBySignificance(scenario('s', factors), PS).map((f) => f.id)).toEqual(['top', 'tie-a', 'tie-b', 'low', 'none']);
  });

  it('reorders every cell by significance in one change, leaving each card in its own cell', () => {
    const EO = cell('economic', 'opportunities');
    const before = scenario('s', [
      factor('p-low', PS, { impact: 1, likelihood: 1 }),
      factor('o-none', EO),
      factor('p-top', PS, { impact: 5, likelihood: 4 }),
      factor('o-top', EO, { impact: 2, likelihood: 5 }),
    ]);
    const after = unwrap(sortCellsBySignificance(before));
    expect(cellBySignificance(after, PS).map((f) => f.id)).toEqual(['p-top', 'p-low']);
    expect(after.factors.filter((f) => f.pest === 'economic').map((f) => f.id)).toEqual(['o-top', 'o-none']);
    expect(after.factors.filter((f) => f.pest === 'political').map((f) => f.id)).toEqual(['p-top', 'p-low']);
    expect(after.factors.map((f) => `${f.pest}:${f.swot}`)).toEqual(before.factors.map((f) => `${f.pest}:${f.swot}`));
  });

  it('sets likelihood 1-5 and clears it', () => {
    const s = scenario('s', [factor('f', PS, { impact: 4 })]);
    const set = unwrap(setLikelihood(s, 'f', 4));
    expect(significance(set.factors[0]!)).toBe(16);
    expect(errorOf(setLikelihood(s, 'f', 6))).toMatchObject({ code: 'invalid-field', field: 'likelihood', problem: 'out-of-range' });
    expect('likelihood' in unwrap(setLikelihood(set, 'f', null)).factors[0]!).toBe(false);
  });

  it('keeps a threshold per scenario, defaulting to 15 and refusing one off the 1-25 scale', () => {
    const s = scenario('s');
    expect(significanceThresholdOf(s)).toBe(15);
    const set = unwrap(setSignificanceThreshold(s, 12));
    expect(significanceThresholdOf(set)).toBe(12);
    expect('significanceThreshold' in unwrap(setSignificanceThreshold(set, null))).toBe(false);
    expect(errorOf(setSignificanceThreshold(s, 26))).toMatchObject({ code: 'invalid-field', field: 'significanceThreshold', problem: 'out-of-range' });
  });
});

import { type EvaluationMatrix, fail, ok, type Result } from '../result';

/**
 * The Internal-External (IE) matrix (David): the IFE total against the EFE total on a 3×3 grid.
 * Columns are the IFE total, strong (3.0-4.0) on the left, then average (2.0-2.99), then weak
 * (1.0-1.99); rows are the EFE total, high (3.0-4.0) at the top, then medium, then low. Cells are
 * numbered I-IX left to right, top to bottom.
 */
export type IfeBand = 'strong' | 'average' | 'weak';
export type EfeBand = 'high' | 'medium' | 'low';
export type IeCellNumber = 'I' | 'II' | 'III' | 'IV' | 'V' | 'VI' | 'VII' | 'VIII' | 'IX';
export type IePrescription = 'grow-and-build' | 'hold-and-maintain' | 'harvest-or-divest';

export const IFE_BANDS: readonly IfeBand[] = ['strong', 'average', 'weak'];
export const EFE_BANDS: readonly EfeBand[] = ['high', 'medium', 'low'];

/** Cell numbers by [EFE row][IFE column], as the grid is drawn. */
export const IE_CELLS: readonly (readonly IeCellNumber[])[] = [
  ['I', 'II', 'III'],
  ['IV', 'V', 'VI'],
  ['VII', 'VIII', 'IX'],
];

export const IE_PRESCRIPTIONS: Record<IeCellNumber, IePrescription> = {
  I: 'grow-and-build',
  II: 'grow-and-build',
  IV: 'grow-and-build',
  III: 'hold-and-maintain',
  V: 'hold-and-maintain',
  VII: 'hold-and-maintain',
  VI: 'harvest-or-divest',
  VIII: 'harvest-or-divest',
  IX: 'harvest-or-divest',
};

export interface IeCell {
  cell: IeCellNumber;
  /** 0 (high EFE, top) to 2 (low EFE, bottom). */
  row: number;
  /** 0 (strong IFE, left) to 2 (weak IFE, right). */
  column: number;
  ifeBand: IfeBand;
  efeBand: EfeBand;
  prescription: IePrescription;
  /** The totals as placed: rounded to two decimals. */
  ifeTotal: number;
  efeTotal: number;
}

/**
 * Totals are placed as the method reports them, to two decimals, so 2.995 counts as 3.00 and
 * a sum that floating point leaves at 2.9999999 is not pushed into the band below.
 */
const toHundredths = (total: number): number => Math.round(total * 100) / 100;

/** 0 for 3.00-4.00, 1 for 2.00-2.99, 2 for 1.00-1.99. */
const bandIndex = (total: number): number => (total >= 3 ? 0 : total >= 2 ? 1 : 2);

function checkTotal(matrix: EvaluationMatrix, total: number): Result<number> {
  const rounded = toHundredths(total);
  return Number.isFinite(rounded) && rounded >= 1 && rounded <= 4 ? ok(rounded) : fail({ code: 'total-out-of-range', matrix, total });
}

/** The IE-matrix cell for an IFE total and an EFE total, each from 1 to 4. */
export function ieCell(ifeTotal: number, efeTotal: number): Result<IeCell> {
  const ife = checkTotal('ife', ifeTotal);
  if (!ife.ok) return ife;
  const efe = checkTotal('efe', efeTotal);
  if (!efe.ok) return efe;
  const column = bandIndex(ife.value);
  const row = bandIndex(efe.value);
  const cell = IE_CELLS[row]![column]!;
  return ok({
    cell,
    row,
    column,
    ifeBand: IFE_BANDS[column]!,
    efeBand: EFE_BANDS[row]!,
    prescription: IE_PRESCRIPTIONS[cell],
    ifeTotal: ife.value,
    efeTotal: efe.value,
  });
}

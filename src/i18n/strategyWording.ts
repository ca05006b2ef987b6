import type { Swot } from '../domain/axes';
import { type IeCell, ieCell } from '../domain/strategy/ieMatrix';
import type { MatrixEvaluation } from '../domain/strategy/weighting';
import { swotLabel } from './axes';
import { formatNumber, text } from './core';
import { strategyText } from './en/strategy';

/** A score or total as the methods report it: two decimals, in the reader's language. */
export const twoDecimals = (value: number): string => formatNumber(value, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** The parts a strategy lacks, as "weaknesses or threats", for its incomplete mark. */
export const missingPartsText = (parts: readonly Swot[]): string =>
  parts.map((part) => swotLabel(part).toLowerCase()).join(text(strategyText).store.or);

/** A rating with its meaning: the IFE band names for strengths and weaknesses, the EFE response for the rest. */
export function ratingName(swot: Swot, rating: number): string {
  const W = text(strategyText).weights;
  const names = swot === 'strengths' || swot === 'weaknesses' ? W.ratingNames : W.responseNames;
  return names[rating as 1 | 2 | 3 | 4];
}

/** Where complete IFE and EFE totals place the scenario on the IE matrix; null until both are complete. */
export function iePlacement(ife: MatrixEvaluation, efe: MatrixEvaluation): IeCell | null {
  const placed = ife.complete && efe.complete ? ieCell(ife.total, efe.total) : null;
  return placed?.ok ? placed.value : null;
}

/** "Cell V (IFE 2.49, EFE 2.38): Hold and maintain", or what is still needed. */
export function iePositionText(placement: IeCell | null): string {
  const S = text(strategyText).ie;
  if (!placement) return S.needsTotals;
  return S.position({
    cell: placement.cell,
    ife: twoDecimals(placement.ifeTotal),
    efe: twoDecimals(placement.efeTotal),
    prescription: S.prescriptions[placement.prescription],
  });
}

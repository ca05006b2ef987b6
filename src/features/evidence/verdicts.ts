import { create } from 'zustand';

/**
 * How a factor's quotes stand in the attached source texts, summed up for its card.
 * Kept apart from the checking code, which loads later: a card only reads this small map.
 */
export interface FactorVerdict {
  /** The weakest result among the quotes whose source has a text attached. */
  status: 'verified' | 'close' | 'not-found';
  /** Quotes checked against an attached text. */
  checked: number;
  verified: number;
}

interface VerdictState {
  byFactor: ReadonlyMap<string, FactorVerdict>;
}

export const useVerdicts = create<VerdictState>()(() => ({ byFactor: new Map() }));

export const useFactorVerdict = (factorId: string): FactorVerdict | undefined => useVerdicts((state) => state.byFactor.get(factorId));

export const sameVerdict = (a: FactorVerdict | undefined, b: FactorVerdict | undefined): boolean =>
  a === b || (!!a && !!b && a.status === b.status && a.checked === b.checked && a.verified === b.verified);

import type { QuoteCheck } from '../../domain/evidence/match';
import { originalRange } from '../../domain/evidence/normalize';
import { useReader } from './useReader';
import type { AttachedText } from './useSourceTexts';

/** Opens the reader at the passage a check found. */
export function showInSource(attached: AttachedText, sourceId: string, check: QuoteCheck, locator: string): void {
  const found = check.status === 'verified' || check.status === 'close';
  const highlight = found ? originalRange(attached.prepared.normalized, check.start, check.end, attached.prepared.original) : null;
  useReader.getState().open({ sourceId, highlight, locator });
}

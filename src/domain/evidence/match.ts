import search from 'approx-string-match';
import { type NormalizedText, normalizeText } from './normalize';

/** How a quote stands in its source's text. */
export type QuoteCheck =
  | { status: 'verified'; start: number; end: number }
  /** Found with a few differences (at most a tenth of the quote's length); `passage` is what the source says. */
  | { status: 'close'; start: number; end: number; errors: number; passage: string }
  | { status: 'not-found' }
  | { status: 'no-text' }
  /** An empty quote only points at the source; there is nothing to check. */
  | { status: 'no-quote' };

export type QuoteStatus = QuoteCheck['status'];

/** The share of a quote's length that may differ for it still to count as close. */
export const CLOSE_SHARE = 0.1;

/** A source's text, normalised once and kept, so that checking many quotes is cheap. */
export interface PreparedSource {
  original: string;
  normalized: NormalizedText;
}

export const prepareSource = (original: string): PreparedSource => ({ original, normalized: normalizeText(original) });

function occurrences(text: string, pattern: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(pattern); at >= 0; at = text.indexOf(pattern, at + 1)) found.push(at);
  return found;
}

/**
 * Of several places a quote stands, the one its locator points to: the first after the place
 * where the locator's words (a heading, "§5.2", "Table 1") stand in the text, else the first.
 */
function chooseByLocator(starts: number[], source: PreparedSource, locator: string): number {
  const wanted = normalizeText(locator).text;
  if (starts.length > 1 && wanted) {
    const anchors = occurrences(source.normalized.text, wanted);
    for (const anchor of anchors) {
      const after = starts.find((start) => start >= anchor);
      if (after !== undefined) return after;
    }
  }
  return starts[0]!;
}

/** Checks one quote against a prepared source, or reports that there is no text. */
export function checkQuote(source: PreparedSource | null, quote: string, locator = ''): QuoteCheck {
  const wanted = normalizeText(quote).text;
  if (!wanted) return { status: 'no-quote' };
  if (!source) return { status: 'no-text' };
  const text = source.normalized.text;
  const exact = occurrences(text, wanted);
  if (exact.length > 0) {
    const start = chooseByLocator(exact, source, locator);
    return { status: 'verified', start, end: start + wanted.length };
  }
  const allowed = Math.floor(wanted.length * CLOSE_SHARE);
  if (allowed === 0) return { status: 'not-found' };
  const matches = search(text, wanted, allowed);
  if (matches.length === 0) return { status: 'not-found' };
  const fewest = Math.min(...matches.map((match) => match.errors));
  const best = matches.filter((match) => match.errors === fewest);
  const start = chooseByLocator(best.map((match) => match.start), source, locator);
  const match = best.find((candidate) => candidate.start === start)!;
  return { status: 'close', start: match.start, end: match.end, errors: match.errors, passage: text.slice(match.start, match.end) };
}

import type { Swot } from '../../domain/axes';
import { ALLOWED_RATINGS } from '../../domain/strategy/weighting';
import { text } from '../../i18n/core';
import { strategyText } from '../../i18n/en/strategy';
import { ratingName } from '../../i18n/strategyWording';

/** The words of a rating's choice, as its option reads: unset, a name from the part's band, or flagged outside it. */
export function ratingChoice(swot: Swot, rating: number | null): string {
  const W = text(strategyText).weights;
  if (rating === null) return W.notRated;
  return ALLOWED_RATINGS[swot].includes(rating) ? ratingName(swot, rating) : W.outOfBand({ rating });
}

/** A rating select's choices: unset, the part's band, and a rating left outside the band (flagged, not dropped). */
export function RatingOptions({ swot, rating }: { swot: Swot; rating: number | null }) {
  const allowed = ALLOWED_RATINGS[swot];
  return (
    <>
      <option value="">{ratingChoice(swot, null)}</option>
      {rating !== null && !allowed.includes(rating) && <option value={rating}>{ratingChoice(swot, rating)}</option>}
      {allowed.map((n) => (
        <option key={n} value={n}>
          {ratingChoice(swot, n)}
        </option>
      ))}
    </>
  );
}

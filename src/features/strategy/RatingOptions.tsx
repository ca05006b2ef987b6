import type { Swot } from '../../domain/axes';
import { ALLOWED_RATINGS } from '../../domain/strategy/weighting';
import { text } from '../../i18n/core';
import { strategyText } from '../../i18n/en/strategy';
import { ratingName } from '../../i18n/strategyWording';

/** A rating select's choices: unset, the part's band, and a rating left outside the band (flagged, not dropped). */
export function RatingOptions({ swot, rating }: { swot: Swot; rating: number | null }) {
  const W = text(strategyText).weights;
  const allowed = ALLOWED_RATINGS[swot];
  return (
    <>
      <option value="">{W.notRated}</option>
      {rating !== null && !allowed.includes(rating) && <option value={rating}>{W.outOfBand({ rating })}</option>}
      {allowed.map((n) => (
        <option key={n} value={n}>
          {ratingName(swot, n)}
        </option>
      ))}
    </>
  );
}

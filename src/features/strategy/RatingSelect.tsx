import type { Swot } from '../../domain/axes';
import { ratingChoice, RatingOptions } from './RatingOptions';
import './RatingSelect.css';

interface RatingSelectProps {
  swot: Swot;
  rating: number | null;
  /** The select's name: its aria-label, or, with `id`, the text of the <label> that names it. */
  label: string;
  /** Where a visible <label htmlFor> names the select; without it the select carries `label` itself. */
  id?: string;
  invalid: boolean;
  onChange(rating: number | null): void;
}

/**
 * A rating select for a narrow column (the Strategy table's, the factor editor's). A closed native select shows its choice on one line
 * and cuts it ("4 major streng…", "3 незначительная с…"), and the band's names do not fit the
 * column at 1280 px in any of our languages. So the choice is drawn as text that wraps, and the
 * real select lies over it, transparent: it takes the clicks and the keys, opens the native list,
 * and gives screen readers its name and its chosen option in full. The drawn text is hidden from
 * them, as it says nothing the select does not.
 */
export function RatingSelect({ swot, rating, label, id, invalid, onChange }: RatingSelectProps) {
  return (
    <span className="rating-select">
      <select
        id={id}
        aria-label={id ? undefined : label}
        value={rating ?? ''}
        aria-invalid={invalid || undefined}
        onChange={(event) => onChange(event.target.value === '' ? null : Number(event.target.value))}
      >
        <RatingOptions swot={swot} rating={rating} />
      </select>
      <span className="rating-select__face" aria-hidden="true">
        {/* The number stays on the line of the first word when the name wraps. */}
        {ratingChoice(swot, rating).replace(' ', '\u00a0')}
      </span>
    </span>
  );
}

import { type Pest, type Swot, SWOT_MARKS } from '../../domain/axes';
import { swotLabel } from '../../i18n/axes';
import { text } from '../../i18n/core';
import { presentText } from '../../i18n/en/present';

export function SwotHeading({ swot }: { swot: Swot }) {
  return (
    <>
      <span className="p-mark" aria-hidden="true">
        {SWOT_MARKS[swot]}
      </span>
      <span className="p-heading__text">{swotLabel(swot)}</span>
    </>
  );
}

/**
 * Row names run upwards in a narrow column and may need two lines on a short screen; soft
 * hyphens in the dictionary say where a word may break, and show a hyphen only when it does.
 */
export function PestHeading({ pest }: { pest: Pest }) {
  return <span className="p-heading__text">{text(presentText).breakable[pest]}</span>;
}

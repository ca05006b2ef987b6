import { type Pest, type Swot, SWOT_LABELS, SWOT_MARKS } from '../../domain/axes';

/**
 * Row names run upwards in a narrow column and may need two lines on a short screen; soft
 * hyphens say where a word may break, and show a hyphen only when it does.
 */
const BREAKABLE: Record<Pest, string> = {
  political: 'Poli\u00ADtical',
  economic: 'Eco\u00ADnomic',
  social: 'Social',
  technological: 'Techno\u00ADlogical',
};

export function SwotHeading({ swot }: { swot: Swot }) {
  return (
    <>
      <span className="p-mark" aria-hidden="true">
        {SWOT_MARKS[swot]}
      </span>
      <span className="p-heading__text">{SWOT_LABELS[swot]}</span>
    </>
  );
}

export function PestHeading({ pest }: { pest: Pest }) {
  return <span className="p-heading__text">{BREAKABLE[pest]}</span>;
}

import { memo, useLayoutEffect, useRef } from 'react';
import { useApp } from '../../store/context';
import { selectFactor } from '../../store/selectors';
import { FactorCard } from '../matrix/FactorCard';

interface PresentCardProps {
  factorId: string;
  /** Only the current cell's cards are in the Tab order, so Tab does not walk all sixteen cells. */
  tabbable: boolean;
  /** The factor revealed last, marked so the room sees what just appeared. */
  latest: boolean;
}

/** The shared display card, made focusable so + and − know which card to vote on. */
export const PresentCard = memo(function PresentCard({ factorId, tabbable, latest }: PresentCardProps) {
  const factor = useApp((state) => selectFactor(state, factorId));
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    // A zoomed panel may scroll: the card just revealed must be on screen, not below the fold.
    // Only there: scrolling the overview's clipped lists would shift the cards that fit.
    const card = ref.current;
    if (latest && card?.closest('.p-panel')) card.scrollIntoView({ block: 'nearest' });
  }, [latest]);
  if (!factor) return null;
  return (
    <FactorCard
      ref={ref}
      factor={factor}
      role="article"
      tabIndex={tabbable ? 0 : -1}
      className={latest ? 'p-card p-card--latest' : 'p-card'}
      data-factor-id={factorId}
    />
  );
});

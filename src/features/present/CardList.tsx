import { forwardRef } from 'react';
import { PresentCard } from './PresentCard';

interface CardListProps {
  ids: readonly string[];
  /** How many cards show; the rest stay in the layout but are hidden and inert. All when left out. */
  shown?: number;
  tabbable: boolean;
  latest: string | null;
  className: string;
}

/** The cards of one cell, in the cell's order. */
export const CardList = forwardRef<HTMLUListElement, CardListProps>(function CardList(
  { ids, shown = ids.length, tabbable, latest, className },
  ref,
) {
  return (
    <ul ref={ref} className={className} role="list">
      {ids.map((id, index) => {
        const overflow = index >= shown;
        return (
          <li key={id} className={overflow ? 'p-item p-item--overflow' : 'p-item'} inert={overflow}>
            <PresentCard factorId={id} tabbable={tabbable && !overflow} latest={id === latest} />
          </li>
        );
      })}
    </ul>
  );
});

// The story's Item (stories/components/Item/Item.tsx) with the app's card inside: the wrapper
// takes the sortable node ref and the transform, the card takes the listeners and tabIndex 0,
// and the story's `dragging` style is the app's placeholder class. The drag overlay's copy has
// no data-factor-id, so only the sortable card is what the bench looks for.
import { forwardRef, memo, useEffect } from 'react';
import { badgesOf, cardLabel } from '../shared/scenario.js';

export const Item = memo(
  forwardRef(function Item({ factor, dragOverlay, dragging, fadeIn, index, listeners, sorting, style, transition, transform, wrapperStyle }, ref) {
    useEffect(() => {
      if (!dragOverlay) return;
      document.body.style.cursor = 'grabbing';
      return () => {
        document.body.style.cursor = '';
      };
    }, [dragOverlay]);

    const classes = ['card', dragging && 'card--placeholder', dragOverlay && 'card--overlay'].filter(Boolean).join(' ');
    return (
      <li
        className={['cell__item', fadeIn && 'cell__item--fade-in', sorting && 'cell__item--sorting'].filter(Boolean).join(' ')}
        style={{
          ...wrapperStyle,
          transition,
          transform: transform ? `translate3d(${Math.round(transform.x)}px, ${Math.round(transform.y)}px, 0)` : undefined,
          '--index': index,
        }}
        ref={ref}
      >
        <div
          className={classes}
          aria-label={cardLabel(factor)}
          style={style}
          data-factor-id={dragOverlay ? undefined : factor.id}
          {...listeners}
          tabIndex={0}
        >
          <span className="card__title" dir="auto">
            {factor.title}
          </span>
          <span className="card__meta" aria-hidden="true">
            {factor.impact !== null && (
              <span className="badge badge--impact" title={`Impact ${factor.impact} of 5`}>
                <span className="badge__dots">
                  {'●'.repeat(factor.impact)}
                  <span className="badge__dim">{'●'.repeat(5 - factor.impact)}</span>
                </span>
                <span className="badge__number">● {factor.impact}</span>
              </span>
            )}
            {badgesOf(factor).map(([className, title, text]) => (
              <span key={className + title} className={className} title={title}>
                {text}
              </span>
            ))}
          </span>
        </div>
      </li>
    );
  }),
);

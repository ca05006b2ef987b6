// The story's Container (stories/components/Container/Container.tsx) as one of the app's cells:
// a section carrying data-cell, a header with the container's drag handle (the story's Handle),
// the list of items, and the cell's "Add factor" control.
import { forwardRef } from 'react';
import { cellLabel } from '../shared/scenario.js';
import { AddFactor } from './AddFactor.jsx';

export const Container = forwardRef(function Container({ children, cell, handleProps, hover, style, onAdd }, ref) {
  const label = cellLabel(cell);
  const headingId = `cell-${cell.pest}-${cell.swot}`;
  return (
    <section
      ref={ref}
      style={style}
      className={`cell cell--${cell.swot}${hover ? ' cell--over' : ''}`}
      aria-label={label}
      data-cell={`${cell.pest}:${cell.swot}`}
    >
      <div className="cell__header">
        <h3 className="visually-hidden" id={headingId}>
          {label}
        </h3>
        <button type="button" className="cell__handle" aria-label={`Move ${label}`} {...handleProps}>
          ⠿
        </button>
      </div>
      <ul className="cell__list" aria-labelledby={headingId}>
        {children}
      </ul>
      <AddFactor cell={cell} onAdd={onAdd} />
    </section>
  );
});

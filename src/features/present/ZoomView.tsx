import { type Dispatch, type ReactNode, useRef } from 'react';
import { sameCell, SWOT_MARKS } from '../../domain/axes';
import { cellLabel } from '../../i18n/axes';
import { PestHeading, SwotHeading } from './AxisHeading';
import { useFitFont } from './useFitFont';
import { useFitHeadings } from './useFitHeadings';
import { ZoomPanel } from './ZoomPanel';
import { cellsInView, type ViewAction, viewLabel, type ViewState } from './viewState';
import { text } from '../../i18n/core';
import { presentText } from '../../i18n/en/present';

interface ZoomViewProps {
  view: ViewState;
  revealed: ReadonlySet<string> | null;
  latest: string | null;
  dispatch: Dispatch<ViewAction>;
  corner: ReactNode;
}

/**
 * One cell, one row or one column, filling the screen. A row or a column lays its four cells
 * side by side, in tall panels that give long titles the width to read well.
 */
export function ZoomView({ view, revealed, latest, dispatch, corner }: ZoomViewProps) {
  const { focus, zoom } = view;
  const panels = useRef<HTMLDivElement>(null);
  const layoutKey = zoom === 'row' ? focus.pest : zoom === 'column' ? focus.swot : '';
  useFitFont(panels, zoom === 'row' || zoom === 'column', layoutKey);
  useFitHeadings(panels, '.p-panel__heading', layoutKey);
  const title =
    zoom === 'cell' ? (
      <>
        <span className="p-mark" aria-hidden="true">
          {SWOT_MARKS[focus.swot]}
        </span>
        <span className="p-heading__text">{cellLabel(focus)}</span>
      </>
    ) : zoom === 'row' ? (
      <PestHeading pest={focus.pest} />
    ) : (
      <SwotHeading swot={focus.swot} />
    );

  return (
    <div className={`p-zoom p-zoom--${zoom}`} role="group" aria-label={text(presentText).zoomedIn({ view: viewLabel(view) })}>
      <div className="p-corner">{corner}</div>
      <h2 className={`p-zoom__title${zoom === 'row' ? '' : ` p-swot--${focus.swot}`}`}>{title}</h2>
      <div ref={panels} className="p-zoom__panels">
        {cellsInView(view).map((cell) => (
          <ZoomPanel
            key={`${cell.pest}:${cell.swot}`}
            cell={cell}
            heading={zoom === 'row' ? <SwotHeading swot={cell.swot} /> : zoom === 'column' ? <PestHeading pest={cell.pest} /> : null}
            current={sameCell(cell, focus)}
            revealed={revealed}
            latest={latest}
            dispatch={dispatch}
          />
        ))}
      </div>
    </div>
  );
}

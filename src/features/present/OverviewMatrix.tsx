import { type Dispatch, Fragment, type ReactNode, useRef } from 'react';
import { PEST, SWOT } from '../../domain/axes';
import { PestHeading, SwotHeading } from './AxisHeading';
import { PresentCell } from './PresentCell';
import { useFitHeadings } from './useFitHeadings';
import { swotLabel } from '../../i18n/axes';
import type { ViewAction, ViewState } from './viewState';
import { text } from '../../i18n/core';
import { presentText } from '../../i18n/en/present';

interface OverviewMatrixProps {
  view: ViewState;
  revealed: ReadonlySet<string> | null;
  latest: string | null;
  dispatch: Dispatch<ViewAction>;
  name: string;
  /** The timer, in the top-left corner the headers leave free. */
  corner: ReactNode;
}

/** All sixteen cells at once, sized to the screen: nothing scrolls and nothing is cut. */
export function OverviewMatrix({ view, revealed, latest, dispatch, name, corner }: OverviewMatrixProps) {
  const grid = useRef<HTMLDivElement>(null);
  useFitHeadings(grid, '.p-colhead', SWOT.map(swotLabel).join());
  return (
    <div ref={grid} className="p-matrix" role="group" aria-label={text(presentText).matrix({ name })} aria-describedby="present-instructions">
      <div className="p-corner">{corner}</div>
      {SWOT.map((swot) => (
        <div key={swot} className={`p-colhead p-swot--${swot}`}>
          <SwotHeading swot={swot} />
        </div>
      ))}
      {PEST.map((pest) => (
        <Fragment key={pest}>
          <div className="p-rowhead">
            <PestHeading pest={pest} />
          </div>
          {SWOT.map((swot) => (
            <PresentCell
              key={swot}
              cell={{ pest, swot }}
              current={view.focus.pest === pest && view.focus.swot === swot}
              revealed={revealed}
              latest={latest}
              dispatch={dispatch}
            />
          ))}
        </Fragment>
      ))}
    </div>
  );
}

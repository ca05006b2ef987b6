import { useId } from 'react';
import { EFE_BANDS, IE_CELLS, IE_PRESCRIPTIONS, IFE_BANDS } from '../../domain/strategy/ieMatrix';
import type { MatrixEvaluation } from '../../domain/strategy/weighting';
import { text } from '../../i18n/core';
import { strategyText } from '../../i18n/en/strategy';
import { iePlacement, iePositionText } from '../../i18n/strategyWording';


/** The classic IE matrix (David): IFE total across, EFE total down, with the scenario marked in its cell. */
export function IeMatrixView({ ife, efe }: { ife: MatrixEvaluation; efe: MatrixEvaluation }) {
  const id = useId();
  const S = text(strategyText).ie;
  const position = iePlacement(ife, efe);
  return (
    <section className="ie" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{S.heading}</h3>
      <p className="ie__position" role="status">
        {iePositionText(position)}
      </p>
      <table className="ie__grid">
        <thead>
          <tr>
            <td />
            {IFE_BANDS.map((band) => (
              <th key={band} scope="col">
                <span className="ie__axis">{S.axisIfe}</span> {S.bands[band]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {IE_CELLS.map((row, rowIndex) => (
            <tr key={EFE_BANDS[rowIndex]}>
              <th scope="row">
                <span className="ie__axis">{S.axisEfe}</span> {S.bands[EFE_BANDS[rowIndex]!]}
              </th>
              {row.map((cell) => {
                const here = position?.cell === cell;
                return (
                  <td key={cell} className={`ie__cell ie__cell--${IE_PRESCRIPTIONS[cell]}${here ? ' ie__cell--here' : ''}`} aria-current={here || undefined}>
                    <span className="ie__number">{cell}</span>
                    {here && (
                      <span className="ie__marker">
                        <span aria-hidden="true">●</span> {S.here}
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

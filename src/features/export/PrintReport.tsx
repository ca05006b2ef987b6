import { useEffect } from 'react';
import { ALL_CELLS, cellKey, PEST, SWOT, SWOT_MARKS } from '../../domain/axes';
import { reportLabels } from './reportLabels';
import { formatReference, numberReferences } from '../../domain/export/references';
import { cellFactors } from '../../domain/matrix';
import { useApp } from '../../store/context';
import { selectActiveScenario } from '../../store/selectors';
import { usePrint } from './usePrint';
import './print.css';

/**
 * What "Print or save as PDF" prints: the matrix on one landscape page, then each cell's factors
 * with their notes and evidence, then the numbered references. The scenario's name heads every
 * page. It exists only while printing; the browser's own dialog does the rest.
 */
export function PrintReport() {
  const scenario = useApp(selectActiveScenario);
  const sources = useApp((state) => state.workspace.sources);
  const end = usePrint((state) => state.end);
  const { list, number } = numberReferences(scenario, sources);

  useEffect(() => {
    window.addEventListener('afterprint', end);
    // After the report has been laid out, so the dialog shows it.
    const frame = requestAnimationFrame(() => window.print());
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('afterprint', end);
    };
  }, [end]);

  const L = reportLabels();
  return (
    <div className="print-report">
      <div className="print-report__running" aria-hidden="true">
        {scenario.name}
      </div>
      <section className="print-report__matrix-page">
        <h1>{scenario.name}</h1>
        <table className="print-matrix">
          <thead>
            <tr>
              <th />
              {SWOT.map((swot) => (
                <th key={swot} scope="col" className={`print-matrix__head print-matrix__head--${swot}`}>
                  <span className="print-matrix__mark">{SWOT_MARKS[swot]}</span> {L.swot[swot]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {PEST.map((pest) => (
              <tr key={pest}>
                <th scope="row">{L.pest[pest]}</th>
                {SWOT.map((swot) => (
                  <td key={swot} className={`print-matrix__cell print-matrix__cell--${swot}`}>
                    <ul>
                      {cellFactors(scenario, { pest, swot }).map((factor) => (
                        <li key={factor.id} title={factor.title}>
                          {factor.title}
                          {factor.impact !== null && <span className="print-matrix__impact"> {'●'.repeat(factor.impact)}</span>}
                        </li>
                      ))}
                    </ul>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="print-report__cells">
        {ALL_CELLS.map((cell) => {
          const factors = cellFactors(scenario, cell);
          return (
            <section key={cellKey(cell)} className="print-report__cell">
              <h2>{L.cell(cell.pest, cell.swot)}</h2>
              {factors.length === 0 ? (
                <p>{L.noFactors}</p>
              ) : (
                <ol>
                  {factors.map((factor) => (
                    <li key={factor.id}>
                      <strong>{factor.title}</strong>
                      {factor.impact !== null && <> ({L.impact(factor.impact)})</>}
                      {factor.note.trim() && <p className="print-report__note">{factor.note}</p>}
                      {factor.citations.length > 0 && (
                        <ul className="print-report__citations">
                          {factor.citations.map((citation, index) => (
                            <li key={index}>
                              [{number.get(citation.sourceId) ?? '?'}]{citation.locator && `, ${citation.locator}`}
                              {citation.quote && <>: “{citation.quote}”</>}
                            </li>
                          ))}
                        </ul>
                      )}
                    </li>
                  ))}
                </ol>
              )}
            </section>
          );
        })}
      </section>
      <section className="print-report__references">
        <h2>{L.references}</h2>
        <ol>
          {list.map((source) => {
            const ref = formatReference(source, L.noYear);
            return (
              <li key={source.id}>
                {ref.authors && `${ref.authors} `}({ref.year}). <cite>{ref.title}</cite>.{ref.publisher && ` ${ref.publisher}.`}
                {ref.url && ` ${ref.url}`}
              </li>
            );
          })}
        </ol>
      </section>
    </div>
  );
}

export default PrintReport;

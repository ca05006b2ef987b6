import { useId, useMemo } from 'react';
import { lowConfidenceFactors } from '../../domain/strategy/confidence';
import { compareBySignificance, isSignificant, significance, significanceThresholdOf } from '../../domain/strategy/significance';
import { cellLabel } from '../../i18n/axes';
import { count, text } from '../../i18n/core';
import { strategyText } from '../../i18n/en/strategy';
import { useApp, useBoundActions } from '../../store/context';
import { selectActiveScenario } from '../../store/selectors';
import { createStrategyActions } from '../../store/strategyActions';

/** Evidence strength (what still needs evidence) and PESTLE significance (what matters most). */
export function EvidenceView() {
  const id = useId();
  const scenario = useApp(selectActiveScenario);
  const lowOnly = useApp((state) => state.lowConfidenceOnly);
  const setLowOnly = useApp((state) => state.setLowConfidenceOnly);
  const openEditor = useApp((state) => state.setEditing);
  const actions = useBoundActions(createStrategyActions);
  const low = useMemo(() => lowConfidenceFactors(scenario), [scenario]);
  const threshold = significanceThresholdOf(scenario);
  const marked = useMemo(
    () => scenario.factors.filter((factor) => isSignificant(factor, threshold)).sort(compareBySignificance),
    [scenario, threshold],
  );
  const C = text(strategyText).confidence;
  const G = text(strategyText).significance;

  return (
    <div className="evidence-view">
      <section aria-labelledby={`${id}-confidence`}>
        <h3 id={`${id}-confidence`}>{C.evidence}</h3>
        <p className="strategy__note">{C.rule}</p>
        <label className="checkbox">
          <input type="checkbox" checked={lowOnly} onChange={(event) => setLowOnly(event.target.checked)} aria-describedby={`${id}-low-hint`} />
          {C.lowOnly}
        </label>
        <p id={`${id}-low-hint`} className="strategy__hint">
          {C.lowOnlyHint}
        </p>
        <p role="status">{count(C.lowCount, low.length)}</p>
        <ul className="factor-links">
          {low.map((factor) => (
            <li key={factor.id}>
              <button type="button" className="link-button" onClick={() => openEditor(factor.id)}>
                <span dir="auto">{factor.title}</span>
              </button>{' '}
              <span className="strategy__cell">({cellLabel(factor)})</span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby={`${id}-significance`}>
        <h3 id={`${id}-significance`}>{G.heading}</h3>
        <p className="strategy__note">{G.convention}</p>
        <div className="field field--inline">
          <label htmlFor={`${id}-threshold`}>{G.threshold}</label>
          <select id={`${id}-threshold`} value={threshold} onChange={(event) => actions.setSignificanceThreshold(Number(event.target.value))}>
            {Array.from({ length: 25 }, (_, index) => index + 1).map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </div>
        <button type="button" onClick={() => actions.sortCellsBySignificance()} title={G.sortHint}>
          {G.sort}
        </button>
        {marked.length === 0 ? (
          <p>{G.noneMarked}</p>
        ) : (
          <ol className="factor-links">
            {marked.map((factor) => (
              <li key={factor.id}>
                <button type="button" className="link-button" onClick={() => openEditor(factor.id)}>
                  <span dir="auto">{factor.title}</span>
                </button>{' '}
                <span className="strategy__cell">
                  ★ {significance(factor)} ({cellLabel(factor)})
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}

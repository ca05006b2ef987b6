import { useId, useMemo } from 'react';
import { PEST, type Pest } from '../../domain/axes';
import { evaluateMatrix } from '../../domain/strategy/weighting';
import { pestLabel } from '../../i18n/axes';
import { text } from '../../i18n/core';
import { strategyText } from '../../i18n/en/strategy';
import { useApp } from '../../store/context';
import { selectActiveScenario } from '../../store/selectors';
import { EvaluationTable } from './EvaluationTable';
import { IeMatrixView } from './IeMatrixView';
import { useStrategySession } from './strategySession';

/** IFE and EFE for the scenario (or one PEST row of it), and where their totals place it on the IE matrix. */
export function WeightsView() {
  const id = useId();
  const scenario = useApp(selectActiveScenario);
  const scope = useStrategySession((state) => state.scope);
  const ife = useMemo(() => evaluateMatrix(scenario, 'ife', scope ? { pest: scope } : {}), [scenario, scope]);
  const efe = useMemo(() => evaluateMatrix(scenario, 'efe', scope ? { pest: scope } : {}), [scenario, scope]);
  const S = text(strategyText).weights;
  return (
    <div className="weights">
      <p className="strategy__method">{S.method}</p>
      <div className="field">
        <label htmlFor={`${id}-scope`}>{S.scope}</label>
        <select
          id={`${id}-scope`}
          value={scope ?? ''}
          onChange={(event) => useStrategySession.setState({ scope: (event.target.value || null) as Pest | null })}
        >
          <option value="">{S.allRows}</option>
          {PEST.map((pest) => (
            <option key={pest} value={pest}>
              {pestLabel(pest)}
            </option>
          ))}
        </select>
      </div>
      {scope && <p className="strategy__note">{S.rowScopeNote}</p>}
      <EvaluationTable evaluation={ife} />
      <EvaluationTable evaluation={efe} />
      <IeMatrixView ife={ife} efe={efe} />
    </div>
  );
}

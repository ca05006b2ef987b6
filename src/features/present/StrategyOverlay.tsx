import { useMemo } from 'react';
import { TOWS_QUADRANTS } from '../../domain/axes';
import { quadrantStrategies, strategyStatus } from '../../domain/strategy/tows';
import { evaluateMatrix, type MatrixEvaluation } from '../../domain/strategy/weighting';
import { text } from '../../i18n/core';
import { presentText } from '../../i18n/en/present';
import { strategyText } from '../../i18n/en/strategy';
import { iePlacement, iePositionText, missingPartsText, twoDecimals as two } from '../../i18n/strategyWording';
import { useApp } from '../../store/context';
import { selectActiveScenario } from '../../store/selectors';
import { PresentDialog } from './PresentDialog';

function Total({ label, evaluation }: { label: string; evaluation: MatrixEvaluation }) {
  return (
    <div className="p-strategy__total">
      <span className="p-strategy__total-label">{label}</span>
      <span className="p-strategy__total-value">{evaluation.complete ? two(evaluation.total) : text(presentText).strategy.notYet}</span>
    </div>
  );
}

/**
 * The strategy on the projector: the IFE and EFE totals against the 2.5 average, the IE cell
 * they place the scenario in, and the TOWS strategies by quadrant. A modal dialog, as the help is.
 */
export function StrategyOverlay({ open, onClose }: { open: boolean; onClose(): void }) {
  const S = text(presentText).strategy;
  return (
    <PresentDialog open={open} onClose={onClose} labelledBy="p-strategy-title" className="p-strategy">
      <div className="p-strategy__top">
        <h2 id="p-strategy-title">{S.title}</h2>
        <button type="button" className="p-button" onClick={onClose} autoFocus>
          {S.close} <kbd>Esc</kbd>
        </button>
      </div>
      <StrategySummary />
    </PresentDialog>
  );
}

/** Mounted only while the dialog is open, so a closed one evaluates nothing as the room votes. */
function StrategySummary() {
  const scenario = useApp(selectActiveScenario);
  const ife = useMemo(() => evaluateMatrix(scenario, 'ife'), [scenario]);
  const efe = useMemo(() => evaluateMatrix(scenario, 'efe'), [scenario]);
  const S = text(presentText).strategy;
  const T = text(strategyText);
  return (
    <>
      <section className="p-strategy__totals" aria-label={S.totals}>
        <Total label={S.ife} evaluation={ife} />
        <Total label={S.efe} evaluation={efe} />
        <p className="p-strategy__ie">
          {iePositionText(iePlacement(ife, efe))}
          <span className="p-strategy__average"> · {S.average}</span>
        </p>
      </section>
      <div className="p-strategy__tows">
        {TOWS_QUADRANTS.map((quadrant) => (
          <section key={quadrant} className={`p-strategy__quadrant p-strategy__quadrant--${quadrant}`} aria-labelledby={`p-strategy-${quadrant}`}>
            <h3 id={`p-strategy-${quadrant}`}>{T.tows.quadrants[quadrant]}</h3>
            <ul>
              {quadrantStrategies(scenario, quadrant).map((strategy) => {
                const status = strategyStatus(scenario, strategy);
                return (
                  <li key={strategy.id} dir="auto">
                    {strategy.title}
                    {!status.complete && (
                      <span className="p-strategy__incomplete">
                        {' '}
                        ⚠ {T.tows.incomplete({ parts: missingPartsText(status.missingParts) })}
                      </span>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}

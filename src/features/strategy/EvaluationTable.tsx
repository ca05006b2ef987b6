import { useId } from 'react';
import { AVERAGE_TOTAL, type EvaluatedFactor, type MatrixEvaluation } from '../../domain/strategy/weighting';
import { cellLabel } from '../../i18n/axes';
import { count, text } from '../../i18n/core';
import { strategyText } from '../../i18n/en/strategy';
import { twoDecimals as two } from '../../i18n/strategyWording';
import { useBoundActions } from '../../store/context';
import { createStrategyActions, type StrategyActions } from '../../store/strategyActions';
import { RatingSelect } from './RatingSelect';
import { WeightInput } from './WeightInput';

function FactorRow({ row, rowScope, actions }: { row: EvaluatedFactor; rowScope: boolean; actions: StrategyActions }) {
  const { factor } = row;
  const S = text(strategyText).weights;
  return (
    <tr>
      <th scope="row" className="evaluation__factor">
        <span dir="auto">{factor.title}</span>
        <span className="evaluation__cell">{cellLabel(factor)}</span>
      </th>
      <td>
        {rowScope ? (
          row.weight === null ? S.notRated : two(row.weight)
        ) : (
          <WeightInput weight={row.storedWeight} label={S.weightOf({ title: factor.title })} onCommit={(weight) => actions.setWeight(factor.id, weight)} />
        )}
      </td>
      <td>
        <RatingSelect
          swot={factor.swot}
          rating={row.rating}
          label={S.ratingOf({ title: factor.title })}
          invalid={!row.ratingInBand}
          onChange={(rating) => actions.setRating(factor.id, rating)}
        />
      </td>
      <td className="evaluation__score">{row.score === null ? S.notRated : two(row.score)}</td>
    </tr>
  );
}

/** One IFE or EFE table: weight, rating and score per factor, the running weight sum, and the total against 2.5. */
export function EvaluationTable({ evaluation }: { evaluation: MatrixEvaluation }) {
  const id = useId();
  const actions = useBoundActions(createStrategyActions);
  const scopeIsRow = evaluation.scope.pest !== undefined;
  const S = text(strategyText).weights;
  const heading = evaluation.matrix === 'ife' ? S.ife : S.efe;
  const sum = two(evaluation.weightSum);
  const position = Math.abs(evaluation.total - AVERAGE_TOTAL) < 0.005 ? S.at : evaluation.total > AVERAGE_TOTAL ? S.above : S.below;
  return (
    <section className="evaluation" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{heading}</h3>
      {evaluation.factors.length === 0 ? (
        <p>{S.none}</p>
      ) : (
        <table className="evaluation__table">
          <thead>
            <tr>
              <th scope="col">{S.factor}</th>
              <th scope="col">{S.weight}</th>
              <th scope="col">{S.rating}</th>
              <th scope="col">{S.score}</th>
            </tr>
          </thead>
          <tbody>
            {evaluation.factors.map((row) => (
              <FactorRow key={row.factor.id} row={row} rowScope={scopeIsRow} actions={actions} />
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{S.sums}</th>
              <td className={evaluation.weightsSumToOne ? 'evaluation__sum' : 'evaluation__sum evaluation__sum--off'} data-testid={`${evaluation.matrix}-weight-sum`}>
                {sum}
              </td>
              <td />
              <td className="evaluation__total" data-testid={`${evaluation.matrix}-total`}>
                {two(evaluation.total)}
              </td>
            </tr>
          </tfoot>
        </table>
      )}
      <div className="evaluation__summary" role="status">
        <p className={evaluation.weightsSumToOne ? undefined : 'evaluation__warning'}>
          {evaluation.weightsSumToOne ? S.weightSum({ sum }) : S.weightSumOff({ sum })}
        </p>
        <p>{evaluation.complete ? S.totalAgainstAverage({ total: two(evaluation.total), position }) : S.incompleteTotal}</p>
        {evaluation.factorCountWarning === 'too-few' && <p className="evaluation__warning">{count(S.tooFew, evaluation.factors.length)}</p>}
        {evaluation.factorCountWarning === 'too-many' && <p className="evaluation__warning">{S.tooMany({ count: evaluation.factors.length })}</p>}
      </div>
      <div className="evaluation__meter" aria-hidden="true">
        <span className="evaluation__marker" style={{ left: `${((Math.min(Math.max(evaluation.total, 1), 4) - 1) / 3) * 100}%` }} />
        <span className="evaluation__average" />
      </div>
      {!scopeIsRow && evaluation.factors.length > 0 && (
        <button type="button" onClick={() => actions.normaliseWeights(evaluation.matrix)} title={S.normaliseHint} disabled={evaluation.weightSum === 0}>
          {S.normalise} ({S[evaluation.matrix === 'ife' ? 'ifeShort' : 'efeShort']})
        </button>
      )}
    </section>
  );
}

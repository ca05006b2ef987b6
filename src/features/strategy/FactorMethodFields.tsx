import { useId } from 'react';
import type { Factor } from '../../domain/schema';
import { factorConfidence } from '../../domain/strategy/confidence';
import { significance, significanceThresholdOf } from '../../domain/strategy/significance';
import { isRatingInBand, matrixOf } from '../../domain/strategy/weighting';
import { text } from '../../i18n/core';
import { strategyText } from '../../i18n/en/strategy';
import { useApp, useBoundActions } from '../../store/context';
import { selectActiveScenario } from '../../store/selectors';
import { createStrategyActions } from '../../store/strategyActions';
import { RatingSelect } from './RatingSelect';
import { WeightInput } from './WeightInput';

/** The strategy methods' fields in the factor editor: likelihood and significance, IFE/EFE weight and rating, and confidence. */
export function FactorMethodFields({ factor }: { factor: Factor }) {
  const id = useId();
  const actions = useBoundActions(createStrategyActions);
  const threshold = useApp((state) => significanceThresholdOf(selectActiveScenario(state)));
  const W = text(strategyText).weights;
  const G = text(strategyText).significance;
  const C = text(strategyText).confidence;
  const score = significance(factor);
  const confidence = factorConfidence(factor);
  const internal = matrixOf(factor.swot) === 'ife';
  const rating = factor.rating ?? null;

  return (
    <>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-likelihood`}>{G.likelihood}</label>
          <select
            id={`${id}-likelihood`}
            value={factor.likelihood ?? ''}
            onChange={(event) => actions.setLikelihood(factor.id, event.target.value === '' ? null : Number(event.target.value))}
          >
            <option value="">{W.notRated}</option>
            {[1, 2, 3, 4, 5].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
        <p className="field field--grow editor__derived" title={G.convention}>
          {score === null ? G.none : score >= threshold ? `★ ${G.marked({ score })}` : G.score({ score })}
        </p>
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-weight`}>
            {W.weight} ({internal ? W.ifeShort : W.efeShort})
          </label>
          <WeightInput id={`${id}-weight`} weight={factor.weight ?? null} label={W.weight} onCommit={(weight) => actions.setWeight(factor.id, weight)} />
        </div>
        <div className="field field--grow">
          <label htmlFor={`${id}-rating`}>{W.rating}</label>
          <RatingSelect
            id={`${id}-rating`}
            swot={factor.swot}
            rating={rating}
            label={W.rating}
            invalid={rating !== null && !isRatingInBand(factor.swot, rating)}
            onChange={(next) => actions.setRating(factor.id, next)}
          />
        </div>
      </div>
      <p className="editor__derived">
        <strong>{C.label({ level: C.levels[confidence.level] })}</strong>
        <span className="editor__rule">{C.rule}</span>
      </p>
    </>
  );
}

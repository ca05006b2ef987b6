import { type FormEvent, useId, useState } from 'react';
import { TOWS_QUADRANTS, type TowsQuadrant } from '../../domain/axes';
import type { Strategy } from '../../domain/schema';
import { partsOf } from '../../domain/strategy/tows';
import { cellLabel, swotLabel } from '../../i18n/axes';
import { text } from '../../i18n/core';
import { strategyText } from '../../i18n/en/strategy';
import { useApp, useBoundActions } from '../../store/context';
import { selectActiveScenario } from '../../store/selectors';
import { createStrategyActions } from '../../store/strategyActions';

interface StrategyFormProps {
  quadrant: TowsQuadrant;
  /** The strategy being edited; a new one when absent. */
  strategy?: Strategy;
  /** Factors to start with ticked: the cards picked on the grid. */
  initialFactorIds?: readonly string[];
  onDone(strategyId: string | null): void;
}

/** Adds or edits a strategy: a title, a note, and the factors of its two SWOT parts it rests on. */
export function StrategyForm({ quadrant: initialQuadrant, strategy, initialFactorIds = [], onDone }: StrategyFormProps) {
  const id = useId();
  const actions = useBoundActions(createStrategyActions);
  const scenario = useApp(selectActiveScenario);
  const [quadrant, setQuadrant] = useState(strategy?.quadrant ?? initialQuadrant);
  const [title, setTitle] = useState(strategy?.title ?? '');
  const [note, setNote] = useState(strategy?.note ?? '');
  const [factorIds, setFactorIds] = useState<readonly string[]>(strategy?.factorIds ?? initialFactorIds);
  const [titleError, setTitleError] = useState(false);
  const S = text(strategyText).tows;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!title.trim()) return setTitleError(true);
    if (strategy) {
      if (actions.updateStrategy(strategy.id, { title: title.trim(), note, factorIds: [...factorIds] })) onDone(strategy.id);
      return;
    }
    const created = actions.addStrategy(quadrant, { title, note, factorIds: [...factorIds] });
    if (created) onDone(created);
  }
  const toggle = (factorId: string, on: boolean) =>
    setFactorIds((ids) => (on ? [...ids, factorId] : ids.filter((candidate) => candidate !== factorId)));

  return (
    <form className="strategy-form" onSubmit={submit} aria-label={strategy ? S.edit({ title: strategy.title }) : S.add({ quadrant })}>
      {!strategy && (
        <div className="field">
          <label htmlFor={`${id}-quadrant`}>{S.quadrant}</label>
          <select id={`${id}-quadrant`} value={quadrant} onChange={(event) => setQuadrant(event.target.value as TowsQuadrant)}>
            {TOWS_QUADRANTS.map((q) => (
              <option key={q} value={q}>
                {S.quadrants[q]}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-title`}>{S.title}</label>
        <input
          id={`${id}-title`}
          value={title}
          maxLength={200}
          dir="auto"
          autoFocus
          aria-invalid={titleError || undefined}
          aria-describedby={titleError ? `${id}-title-error` : undefined}
          onChange={(event) => {
            setTitle(event.target.value);
            setTitleError(false);
          }}
        />
        {titleError && (
          <p className="field__error" id={`${id}-title-error`} role="alert">
            {S.titleNeeded}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-note`}>{S.note}</label>
        <textarea id={`${id}-note`} value={note} rows={3} maxLength={20000} dir="auto" onChange={(event) => setNote(event.target.value)} />
      </div>
      {partsOf(quadrant).map((part) => (
        <fieldset key={part} className="strategy-form__factors">
          <legend>
            {S.restsOn}: {swotLabel(part)}
          </legend>
          {scenario.factors
            .filter((factor) => factor.swot === part)
            .map((factor) => (
              <label key={factor.id} className="strategy-form__factor">
                <input type="checkbox" checked={factorIds.includes(factor.id)} onChange={(event) => toggle(factor.id, event.target.checked)} />
                <span dir="auto">{factor.title}</span> <span className="strategy-form__cell">({cellLabel(factor)})</span>
              </label>
            ))}
        </fieldset>
      ))}
      <div className="strategy-form__actions">
        <button type="submit" className="button--primary">
          {strategy ? S.saveEdit : S.save}
        </button>
        <button type="button" onClick={() => onDone(null)}>
          {S.cancel}
        </button>
      </div>
    </form>
  );
}

import { type KeyboardEvent, useEffect, useId, useState } from 'react';
import { formatNumber, text } from '../../i18n/core';
import { strategyText } from '../../i18n/en/strategy';

const shown = (weight: number | null) => (weight === null ? '' : formatNumber(weight, { maximumFractionDigits: 3, useGrouping: false }));

/** Reads "0.08" and "0,08" alike; empty clears the weight. Anything else is refused with a message. */
function parseWeight(value: string): number | null | 'invalid' {
  const trimmed = value.trim().replace(',', '.');
  if (trimmed === '') return null;
  const weight = Number(trimmed);
  return Number.isFinite(weight) && weight >= 0 && weight <= 1 ? weight : 'invalid';
}

interface WeightInputProps {
  id?: string;
  weight: number | null;
  label: string;
  disabled?: boolean;
  onCommit(weight: number | null): void;
}

/**
 * A weight typed as text and committed on Enter or on leaving the field: one undoable step per
 * weight. Text that is not a weight is kept, marked and explained beside the field (and read out)
 * until it is corrected, or Escape puts the stored weight back: the field never shows a value
 * the scores do not use without saying so.
 */
export function WeightInput({ id, weight, label, disabled = false, onCommit }: WeightInputProps) {
  const [value, setValue] = useState(shown(weight));
  const [invalid, setInvalid] = useState(false);
  const errorId = useId();
  useEffect(() => setValue(shown(weight)), [weight]);

  function commit() {
    const parsed = parseWeight(value);
    if (parsed === 'invalid') return setInvalid(true);
    setInvalid(false);
    if (parsed !== weight) onCommit(parsed);
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit();
    } else if (event.key === 'Escape' && value !== shown(weight)) {
      event.stopPropagation();
      setValue(shown(weight));
      setInvalid(false);
    }
  };
  return (
    <>
      <input
        id={id}
        className="weight-input"
        inputMode="decimal"
        value={value}
        disabled={disabled}
        aria-label={label}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? errorId : undefined}
        onChange={(event) => {
          setValue(event.target.value);
          setInvalid(false);
        }}
        onBlur={commit}
        onKeyDown={onKeyDown}
      />
      {invalid && (
        <span id={errorId} className="field__error weight-input__error" role="alert">
          {text(strategyText).weights.invalidWeight}
        </span>
      )}
    </>
  );
}

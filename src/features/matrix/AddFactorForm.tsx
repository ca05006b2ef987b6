import { useEffect } from 'react';
import type { Cell } from '../../domain/axes';
import { LIMITS } from '../../domain/limits';
import { useNewFactorTitle } from './useNewFactorTitle';
import { forgetTypedEarly, typedEarly } from './typedEarly';
import { cellLabel } from '../../i18n/axes';
import { text } from '../../i18n/core';
import { appText } from '../../i18n/en/app';

interface AddFactorFormProps {
  cell: Cell;
  /** `fromKeyboard`: Enter or Escape closed the form, and the focus goes back to the cell's "+ Add". */
  onDone(fromKeyboard: boolean): void;
}

/** A one-line form: Enter saves, Escape cancels, and an empty title is never saved. */
export function AddFactorForm({ cell, onDone }: AddFactorFormProps) {
  const closeFromKeyboard = () => onDone(true);
  const { title, error, submit, onSubmit, onKeyDown, onChange } = useNewFactorTitle(cell, closeFromKeyboard, closeFromKeyboard, typedEarly(cell).title);
  // What the field took before this code arrived is taken once (the next form in the cell starts
  // empty), and an Enter pressed then is carried out now.
  useEffect(() => {
    const { entered } = typedEarly(cell);
    forgetTypedEarly(cell);
    if (entered) submit();
  }, []); // once, as the form replaces the field
  const S = text(appText).matrix;
  const label = S.newFactorIn({ cell: cellLabel(cell) });

  return (
    <form className="add-form" onSubmit={onSubmit}>
      <input
        className="add-form__input"
        aria-label={label}
        placeholder={S.titlePlaceholder}
        value={title}
        maxLength={LIMITS.titleLength}
        autoFocus
        onChange={onChange}
        onKeyDown={onKeyDown}
        // Leaving the field empty for somewhere else closes it too, and the focus stays where the user took it.
        onBlur={() => !title.trim() && onDone(false)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${label}-error` : undefined}
      />
      {error && (
        <p className="add-form__error" id={`${label}-error`} role="alert">
          {error}
        </p>
      )}
      <div className="add-form__hint">{S.addHint}</div>
    </form>
  );
}

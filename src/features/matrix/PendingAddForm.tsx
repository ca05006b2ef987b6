import type { Cell } from '../../domain/axes';
import { cellLabel } from '../../i18n/axes';
import { text } from '../../i18n/core';
import { appText } from '../../i18n/en/app';
import { keepTypedEarly, typedEarly } from './typedEarly';

/**
 * The new-factor field as it stands until the form's code arrives (a click in the page's first
 * moments): the same field, taking the keys, Enter included, which the form then carries on with.
 */
export function PendingAddForm({ cell, onDone }: { cell: Cell; onDone(fromKeyboard: boolean): void }) {
  return (
    <form
      className="add-form"
      onSubmit={(event) => {
        event.preventDefault();
        keepTypedEarly(cell, typedEarly(cell).title, true);
      }}
    >
      <input
        className="add-form__input"
        aria-label={text(appText).matrix.newFactorIn({ cell: cellLabel(cell) })}
        autoFocus
        onChange={(event) => keepTypedEarly(cell, event.target.value)}
        onKeyDown={(event) => event.key === 'Escape' && onDone(true)}
        onBlur={(event) => !event.target.value.trim() && onDone(false)}
      />
    </form>
  );
}

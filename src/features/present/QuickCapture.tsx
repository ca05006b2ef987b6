import { type Cell, SWOT_MARKS } from '../../domain/axes';
import { cellLabel } from '../../i18n/axes';
import { LIMITS } from '../../domain/limits';
import { useNewFactorTitle } from '../matrix/useNewFactorTitle';
import { text } from '../../i18n/core';
import { presentText } from '../../i18n/en/present';

interface QuickCaptureProps {
  cell: Cell;
  /** Called with the new factor's id, or null when cancelled. */
  onDone(factorId: string | null): void;
}

/**
 * A one-line field in place of the footer, so the matrix stays in view while the presenter
 * types an idea from the room. Enter saves through the store (so it can be undone), Escape cancels.
 */
export function QuickCapture({ cell, onDone }: QuickCaptureProps) {
  const { title, error, onSubmit, onKeyDown, onChange } = useNewFactorTitle(cell, onDone, () => onDone(null));
  const S = text(presentText).capture;
  const label = S.label({ cell: cellLabel(cell) });

  return (
    <form className={`p-capture p-swot--${cell.swot}`} onSubmit={onSubmit} aria-label={S.form}>
      <label className="p-capture__label" htmlFor="p-capture-input">
        <span className="p-mark" aria-hidden="true">
          {SWOT_MARKS[cell.swot]}
        </span>
        {label}
      </label>
      <input
        id="p-capture-input"
        className="p-capture__input"
        value={title}
        maxLength={LIMITS.titleLength}
        autoFocus
        autoComplete="off"
        placeholder={S.placeholder}
        onChange={onChange}
        onKeyDown={onKeyDown}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'p-capture-error' : 'p-capture-hint'}
      />
      {error ? (
        <p className="p-capture__hint" id="p-capture-error" role="alert">
          {error}
        </p>
      ) : (
        <p className="p-capture__hint" id="p-capture-hint">
          {S.hint}
        </p>
      )}
    </form>
  );
}

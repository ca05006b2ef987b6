import { text } from '../i18n/core';
import { appText } from '../i18n/en/app';
/** The closing row of every form: the primary submit button, then Cancel. */
export function SubmitOrCancel({ submitLabel, onCancel }: { submitLabel: string; onCancel(): void }) {
  return (
    <div className="form-actions">
      <button type="submit" className="button--primary">
        {submitLabel}
      </button>
      <button type="button" onClick={onCancel}>
        {text(appText).cancel}
      </button>
    </div>
  );
}

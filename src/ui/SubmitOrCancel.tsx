/** The closing row of every form: the primary submit button, then Cancel. */
export function SubmitOrCancel({ submitLabel, onCancel }: { submitLabel: string; onCancel(): void }) {
  return (
    <div className="form-actions">
      <button type="submit" className="button--primary">
        {submitLabel}
      </button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}

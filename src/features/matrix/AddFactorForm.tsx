import { type FormEvent, type KeyboardEvent, useState } from 'react';
import { type Cell, cellLabel } from '../../domain/axes';
import { useActions } from '../../store/context';

interface AddFactorFormProps {
  cell: Cell;
  onDone(): void;
}

/** A one-line form: Enter saves, Escape cancels, and an empty title is never saved. */
export function AddFactorForm({ cell, onDone }: AddFactorFormProps) {
  const actions = useActions();
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const label = `New factor in ${cellLabel(cell)}`;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!title.trim()) {
      setError('Type a title first, or press Escape to cancel.');
      return;
    }
    if (actions.addFactor(cell, { title })) onDone();
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onDone();
    }
  }

  return (
    <form className="add-form" onSubmit={submit}>
      <input
        className="add-form__input"
        aria-label={label}
        placeholder="Factor title"
        value={title}
        maxLength={200}
        autoFocus
        onChange={(event) => {
          setTitle(event.target.value);
          setError(null);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => !title.trim() && onDone()}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${label}-error` : undefined}
      />
      {error && (
        <p className="add-form__error" id={`${label}-error`} role="alert">
          {error}
        </p>
      )}
      <div className="add-form__hint">Enter to add · Esc to cancel</div>
    </form>
  );
}

import { type FormEvent, useId, useState } from 'react';
import { LIVE } from './strings';

export function NameForm({ onJoin }: { onJoin(name: string): void }) {
  const id = useId();
  const [name, setName] = useState('');
  const [error, setError] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return setError(LIVE.nameRequired);
    onJoin(trimmed.slice(0, 60));
  };
  return (
    <form className="live-form" onSubmit={submit} noValidate>
      <h2>{LIVE.joinTitle}</h2>
      <label htmlFor={id}>{LIVE.nameLabel}</label>
      <input
        id={id}
        value={name}
        maxLength={60}
        autoComplete="nickname"
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        aria-invalid={error ? true : undefined}
        onChange={(event) => setName(event.currentTarget.value)}
      />
      <p id={`${id}-hint`} className="live-note">
        {LIVE.nameHint}
      </p>
      {error && (
        <p id={`${id}-error`} className="live-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button--primary">
        {LIVE.joinButton}
      </button>
    </form>
  );
}

import { useId, useState } from 'react';
import { LIVE } from './strings';

/** A link shown as text to read out or select, with a Copy button (clipboard may be missing on plain HTTP). */
export function CopyLink({ label, link, testId }: { label: string; link: string; testId: string }) {
  const id = useId();
  const [said, setSaid] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setSaid(LIVE.copied);
    } catch {
      setSaid(LIVE.copyFailed);
    }
  };
  return (
    <div className="live-link">
      <label htmlFor={id}>{label}</label>
      <div className="live-link__row">
        <input id={id} readOnly value={link} data-testid={testId} onFocus={(event) => event.currentTarget.select()} />
        <button type="button" onClick={() => void copy()}>
          {LIVE.copy}
        </button>
      </div>
      <p className="live-link__said" role="status">
        {said}
      </p>
    </div>
  );
}

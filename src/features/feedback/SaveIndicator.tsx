import { useApp } from '../../store/context';

export function SaveIndicator() {
  const status = useApp((state) => state.saveStatus);
  const text =
    status.state === 'saved'
      ? 'All changes saved'
      : status.state === 'saving'
        ? 'Saving…'
        : status.state === 'failed'
          ? `Not saved: ${status.reason}`
          : `Not saving: ${status.reason}`;
  return (
    <span className={`save-indicator save-indicator--${status.state}`} data-testid="save-status" title={text}>
      <span className="save-indicator__dot" aria-hidden="true" />
      {text}
    </span>
  );
}

import { useApp } from '../../store/context';

export function SaveIndicator() {
  const status = useApp((state) => state.saveStatus);
  const text =
    status.state === 'saved'
      ? 'All changes saved'
      : status.state === 'saving'
        ? 'Saving…'
        : status.state === 'typing'
          ? 'Typing…'
          : status.state === 'failed'
            ? `Not saved: ${status.reason}`
            : `Not saving: ${status.reason}`;
  // What is typed reaches the document when the field is left, or at once if the page closes.
  const hint = status.state === 'typing' ? 'Typing… saved when you leave the field' : text;
  return (
    <span className={`save-indicator save-indicator--${status.state}`} data-testid="save-status" title={hint}>
      <span className="save-indicator__dot" aria-hidden="true" />
      {text}
    </span>
  );
}

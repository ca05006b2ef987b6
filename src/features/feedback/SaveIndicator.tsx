import { useApp } from '../../store/context';
import { text } from '../../i18n/core';
import { appText } from '../../i18n/en/app';

export function SaveIndicator() {
  const status = useApp((state) => state.saveStatus);
  const S = text(appText).save;
  const words =
    status.state === 'saved'
      ? S.saved
      : status.state === 'saving'
        ? S.saving
        : status.state === 'typing'
          ? S.typing
          : status.state === 'failed'
            ? S.failed({ reason: status.reason })
            : S.disabled({ reason: status.reason });
  // What is typed reaches the document when the field is left, or at once if the page closes.
  const hint = status.state === 'typing' ? S.typingHint : words;
  return (
    <span className={`save-indicator save-indicator--${status.state}`} data-testid="save-status" title={hint}>
      <span className="save-indicator__dot" aria-hidden="true" />
      {words}
    </span>
  );
}

import { useState } from 'react';
import { text } from '../i18n/core';
import { appText } from '../i18n/en/app';
import { LoadFailed } from './LoadFailed';

interface OverlayFailedProps {
  retry(): void;
  /** Gives up on what was asked for: the file, the passage, the print, the messages. */
  dismiss(): void;
  message: string;
  /** False for what opens by itself (a message), which must not take the focus from where one types. */
  takeFocus?: boolean;
}

/**
 * In place of an overlay whose code could not be fetched (the import's preview, the source reader,
 * the printable report, the messages). It shows above the page, where the overlay would have,
 * rather than after the matrix and out of sight; it takes the focus as the overlay would have
 * (unless told not to), and Close (or Escape) gives the focus back to where it was.
 */
export function OverlayFailed({ retry, dismiss, message, takeFocus = true }: OverlayFailedProps) {
  // Read once, before Try again takes the focus.
  const [focusedBefore] = useState(() => document.activeElement);
  const close = () => {
    dismiss();
    if (focusedBefore instanceof HTMLElement && focusedBefore.isConnected) focusedBefore.focus();
  };
  return (
    <div
      className="overlay-failed"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        close();
      }}
    >
      <LoadFailed retry={retry} message={message} focus={takeFocus}>
        <button type="button" onClick={close}>
          {text(appText).close}
        </button>
      </LoadFailed>
    </div>
  );
}

/** The failure view of a code-split dialog, menu or panel that closes through its `onClose`. */
export const closableFailed = (retry: () => void, { onClose }: { onClose(): void }) => (
  <OverlayFailed retry={retry} dismiss={onClose} message={text(appText).loadFailed} />
);

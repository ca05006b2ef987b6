import type { ReactNode } from 'react';
import { text } from '../i18n/core';
import { appText } from '../i18n/en/app';

interface LoadFailedProps {
  retry(): void;
  message?: string;
  /** Takes the focus: for a failure that fills the screen, where the focus had nowhere to stay. */
  focus?: boolean;
  /** More ways on, beside Try again. */
  children?: ReactNode;
}

/** In place of a view whose code could not be fetched: says so, and offers to fetch it again. */
export function LoadFailed({ retry, message = text(appText).loadFailed, focus = false, children }: LoadFailedProps) {
  return (
    <div className="load-failed" role="alert">
      <p>{message}</p>
      <div className="load-failed__actions">
        <button type="button" onClick={retry} autoFocus={focus}>
          {text(appText).tryAgain}
        </button>
        {children}
      </div>
    </div>
  );
}

import type { ReactNode } from 'react';
import { text } from '../i18n/core';
import { appText } from '../i18n/en/app';

/** In place of a view whose code could not be fetched: says so, and offers to fetch it again. */
export function LoadFailed({ retry, message = text(appText).loadFailed, focus = false, children }: { retry(): void; message?: string; focus?: boolean; children?: ReactNode }) {
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


import type { Root } from 'react-dom/client';
import { stopsSaving } from '../features/feedback/StorageNoticeBanner';
import { exportJson } from '../features/scenarios/exportJson';
import { text } from '../i18n/core';
import { noticesText } from '../i18n/en/notices';
import type { AppStore } from '../store/appStore';

interface CrashedProps {
  error: unknown;
  store: AppStore;
  showAgain(): void;
}

/**
 * What replaces the app when rendering it failed. React unmounts the whole tree on an error no
 * component catches, but the work lives in the store and is saved outside React, so nothing is
 * lost: this says so, offers the app back, and a copy of the work in case it fails again.
 */
function Crashed({ error, store, showAgain }: CrashedProps) {
  const N = text(noticesText);
  const notice = store.getState().storageNotice;
  return (
    <main className="crashed">
      <div className="load-failed" role="alert">
        <h1>{N.crash.stopped}</h1>
        <p>{stopsSaving(notice) ? notice.message : N.crash.saved}</p>
        <div className="load-failed__actions">
          <button type="button" onClick={showAgain} autoFocus>
            {N.crash.showAgain}
          </button>
          <button type="button" onClick={() => exportJson(store, 'all')}>
            {N.banner.exportAll}
          </button>
        </div>
      </div>
      <details className="crashed__details">
        <summary>{N.crash.details}</summary>
        <pre>{error instanceof Error ? error.stack ?? String(error) : String(error)}</pre>
      </details>
    </main>
  );
}

/** Shows the crash view in the app's place; `showAgain` renders the app afresh from the same store. */
export function showCrashed(root: Root, props: CrashedProps): void {
  console.error(props.error);
  root.render(<Crashed {...props} />);
}

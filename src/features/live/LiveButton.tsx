import { closableFailed } from '../../app/OverlayFailed';
import { preloadable } from '../../app/preloadable';
import { text } from '../../i18n/core';
import { appText } from '../../i18n/en/app';
import { useLiveStatus } from './liveStatus';

// The panel, the provider and Yjs sync load only when a session is started or opened.
const HostPanel = preloadable(
  () => import('./HostPanel').then((m) => m.HostPanel),
  () => <p className="loading">{text(appText).toolbar.liveLoading}</p>,
  closableFailed,
);

/** The toolbar's one control for live workshops; it opens the facilitator's panel. */
export function LiveButton() {
  const running = useLiveStatus((state) => state.running);
  const panelOpen = useLiveStatus((state) => state.panelOpen);
  return (
    <>
      <button type="button" aria-expanded={panelOpen} onClick={() => useLiveStatus.setState({ panelOpen: !panelOpen })}>
        {running ? text(appText).toolbar.liveOpen : text(appText).toolbar.liveStart}
      </button>
      {panelOpen && <HostPanel onClose={() => useLiveStatus.setState({ panelOpen: false })} />}
    </>
  );
}

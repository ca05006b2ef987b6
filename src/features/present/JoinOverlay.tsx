import { useEffect } from 'react';
import { preloadable } from '../../app/preloadable';
import { text } from '../../i18n/core';
import { presentText } from '../../i18n/en/present';
import { PresentDialog } from './PresentDialog';
import './join.css';

// The QR encoder and the session live in the live code, which Present mode does not load. It comes
// through the host panel's module: importing JoinCode on its own split the live code into new
// chunks (Yjs under another name, lean-qr alone) that the offline worker then precached on every
// first visit, where it leaves the live chunks to be cached when first used.
const JoinCode = preloadable(
  () => import('../live/HostPanel').then((m) => m.JoinCode),
  () => <p className="p-join__link" role="status">{text(presentText).join.loading}</p>,
);

/**
 * The live session's QR code and link, large on the projector so the room can join without the
 * editor's panel. A modal dialog, as the help is: J or Escape closes it, and the browser gives the
 * focus back to where it was when it opened.
 */
export function JoinOverlay({ open, live, onClose }: { open: boolean; live: boolean; onClose(): void }) {
  const J = text(presentText).join;
  // Fetched while a session runs, so J shows the code at once rather than a loading line.
  useEffect(() => {
    if (live) void JoinCode.preload().catch(() => {});
  }, [live]);
  return (
    <PresentDialog open={open} onClose={onClose} labelledBy="p-join-title" describedBy="p-join-hint" className="p-join">
      <div className="p-join__top">
        <h2 id="p-join-title">{J.title}</h2>
        <button type="button" className="p-button" onClick={onClose} autoFocus>
          {J.close} <kbd>Esc</kbd>
        </button>
      </div>
      <div className="p-join__body">
        <p id="p-join-hint" className="p-join__hint">
          {J.hint}
        </p>
        <JoinCode loading={J.loading} />
      </div>
    </PresentDialog>
  );
}

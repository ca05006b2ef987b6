import { create } from 'zustand';
import { LIVE_HOST_KEY } from '../../app/firstScreen/keys';

/**
 * Whether this tab runs a live session, for the toolbar button and Present mode. It is in the
 * first load, so it holds only flags; the session itself lives in the lazily loaded hostSession module.
 */
export const HOST_SESSION_KEY = LIVE_HOST_KEY;

// A facilitator who reloads mid-session finds the panel open again; opening it loads the live
// code, which resumes the same room (hostSession.ts).
let resuming = false;
try {
  resuming = !!sessionStorage.getItem(HOST_SESSION_KEY);
} catch {
  // Storage blocked: there is nothing to resume.
}
export const useLiveStatus = create<{ running: boolean; panelOpen: boolean; connected: boolean }>(() => ({
  running: resuming,
  panelOpen: resuming,
  // Whether the running session reaches the server now; Present mode shows when it does not.
  connected: false,
}));

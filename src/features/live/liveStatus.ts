import { create } from 'zustand';

/**
 * Whether this tab runs a live session, for the toolbar button. It is in the first load, so it
 * holds only a flag; the session itself lives in the lazily loaded hostSession module.
 */
export const useLiveStatus = create<{ running: boolean; panelOpen: boolean }>(() => ({ running: false, panelOpen: false }));

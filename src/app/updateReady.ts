import { create } from 'zustand';

/** Set when a new version of the app has been downloaded and waits for the user to reload. */
export const useUpdateReady = create<{ reload: (() => void) | null }>(() => ({ reload: null }));

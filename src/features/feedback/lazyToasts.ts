import { preloadable } from '../../app/preloadable';

/** The messages' code, loaded with the first message (or ahead of it, by whoever expects one). */
export const Toasts = preloadable(() => import('./Toasts').then((m) => m.Toasts));

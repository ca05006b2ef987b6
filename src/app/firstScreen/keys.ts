// Names the first-screen script shares with the app's first load (paint.ts holds its own).

/** Which scenario this tab shows; bootstrap.ts reads and writes it. */
export const TAB_SESSION_KEY = 'swot-pest-matrix/session';
/** A tab hosting a live workshop starts with its host panel open, so its first screen differs. */
export const LIVE_HOST_KEY = 'live-host';

/** Below this width the grid gives way to one cell at a time (useNarrow.ts): another first screen. */
export const NARROW_QUERY = '(max-width: 699.98px)';

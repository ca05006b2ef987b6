// Names the first-screen script shares with the app's first load (paint.ts holds its own).

/** Which scenario this tab shows; bootstrap.ts reads and writes it. */
export const TAB_SESSION_KEY = 'swot-pest-matrix/session';
/** A tab hosting a live workshop starts with its host panel open, so its first screen differs. */
export const LIVE_HOST_KEY = 'live-host';

/** Below this width the grid gives way to one cell at a time (useNarrow.ts): another first screen. */
export const NARROW_QUERY = '(max-width: 699.98px)';

/** Sent on the window once the app has replaced the first screen's copy (holdInput.ts, replayInput.ts). */
export const APP_SHOWN_EVENT = 'swot-pest-matrix:app-shown';

/**
 * A click, by where it was made and what the copy showed there (`shownAs` in heldEvent.ts), or a
 * key, as the keydown reported it.
 */
export type HeldEvent = { click: { x: number; y: number; shown: string } } | { key: KeyboardEventInit & { key: string } };

/** What the copy kept for the app (holdInput.ts): the list grows until the app releases it. */
export interface HeldInput {
  events: HeldEvent[];
  release(): void;
}

/** The detail of APP_SHOWN_EVENT, which the first-screen script fills in if it kept input. */
export interface AppShown {
  held?: HeldInput;
}

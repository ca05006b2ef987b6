/**
 * The toolbar's words for live sessions: the only live strings in the first load. They are apart
 * from strings.ts because a module shared with the lazy live code would be bundled whole into the
 * first load (about 1.3 KB gzip over its budget). strings.ts re-exports them, so it remains the
 * one place to read every live string from.
 */
export const LIVE_TOOLBAR = {
  startButton: 'Start live session',
  openButton: 'Live session',
  loading: 'Opening the live session…',
};

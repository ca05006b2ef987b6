// The names of what is measured, in the order the tables print them.

export const METRICS = [
  'navigation → matrix painted',
  'keyboard pick up (Space)',
  'keyboard to next cell (→)',
  'keyboard drop (Space)',
  'pointer drag into next cell',
  'pointer drop',
  'add factor (Enter)',
  'switch scenario',
  'import: file chosen → preview',
  'import: confirm → matrix',
  'import total (preview + confirm)',
  'autosave write (encode + setItem)',
  'autosave flush (whole task)',
  'autosave whole copy (first save, folding)',
];

/** Interactions the "paints within" targets apply to (navigation and the import total have their own). */
// A whole copy runs when the page is idle (first save, folding), so no interaction waits for it.
export const INTERACTIVE = new Set(METRICS.filter((m) => !m.startsWith('navigation') && m !== 'import total (preview + confirm)' && !m.startsWith('autosave whole')));

export const DRAG_METRICS = ['keyboard pick up (Space)', 'keyboard to next cell (→)', 'keyboard drop (Space)', 'pointer drag into next cell', 'pointer drop'];

/** What the peer pages are measured on: the drags, adding a factor, and their own first paint. */
export const PEER_METRICS = [...DRAG_METRICS, 'add factor (Enter)', 'navigation → matrix painted'];

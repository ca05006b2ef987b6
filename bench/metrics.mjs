// The names of what is measured, in the order the tables print them.

export const METRICS = [
  'navigation → matrix painted',
  "navigation → app's matrix ready",
  'keyboard pick up (Space)',
  'keyboard to next cell (→)',
  'keyboard drop (Space)',
  'pointer drag into next cell',
  'pointer drop',
  'add factor (Enter)',
  'switch scenario',
  'switch to a fork (shared factors)',
  'built matrix shown (reference)',
  'import: file chosen → preview',
  'import: confirm → matrix',
  'import total (preview + confirm)',
  'autosave write (encode + setItem)',
  'autosave flush (whole task)',
  'autosave whole copy (first save, folding)',
];

/** Interactions the "paints within" targets apply to (navigation and the import total have their own). */
// A whole copy runs when the page is idle (first save, folding), so no interaction waits for it.
// The built matrix shown again is no interaction: it is the floor under a switch or a first paint.
export const INTERACTIVE = new Set(
  METRICS.filter((m) => !m.startsWith('navigation') && m !== 'import total (preview + confirm)' && !m.startsWith('autosave whole') && !m.startsWith('built matrix shown')),
);

export const DRAG_METRICS = ['keyboard pick up (Space)', 'keyboard to next cell (→)', 'keyboard drop (Space)', 'pointer drag into next cell', 'pointer drop'];

/** What the peer pages are measured on: the drags, adding a factor, switching to another scenario, their own first paint, and showing their built matrix. */
export const PEER_METRICS = [...DRAG_METRICS, 'add factor (Enter)', 'switch scenario', 'navigation → matrix painted', 'built matrix shown (reference)'];

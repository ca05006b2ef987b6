/**
 * Every key of Present mode in one table: the key handler reads it, and the help overlay is
 * checked against it by a test, so the two cannot drift apart.
 */
export type Command =
  | 'left'
  | 'right'
  | 'up'
  | 'down'
  | 'zoomCell'
  | 'zoomRow'
  | 'zoomColumn'
  | 'back'
  | 'toggleReveal'
  | 'revealNext'
  | 'revealPrevious'
  | 'voteUp'
  | 'voteDown'
  | 'sortByVotes'
  | 'clearVotes'
  | 'timerMinutes'
  | 'timerToggle'
  | 'timerReset'
  | 'capture'
  | 'undo'
  | 'redo'
  | 'toggleTheme'
  | 'toggleFullscreen'
  | 'toggleHelp';

/** The parts of a KeyboardEvent that choose a command; a plain object in tests. */
export interface KeyPress {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

interface Binding {
  key: string;
  /** Required state of Shift; left out when the key itself implies it ("?", "+"). */
  shift?: boolean;
  /** Ctrl on Windows and Linux, Cmd on a Mac. */
  mod?: boolean;
}

interface Shortcut {
  command: Command;
  bindings: Binding[];
  /** Reveal mode takes ← and → for itself; other keys work in both. */
  when?: 'revealing' | 'browsing';
}

const plain = (...keys: string[]): Binding[] => keys.map((key) => ({ key, shift: false }));

export const SHORTCUTS: readonly Shortcut[] = [
  // Reveal keys come first: in reveal mode they win over moving between cells.
  { command: 'revealNext', bindings: plain('ArrowRight', ' '), when: 'revealing' },
  { command: 'revealPrevious', bindings: [...plain('ArrowLeft'), { key: ' ', shift: true }], when: 'revealing' },
  { command: 'left', bindings: plain('ArrowLeft') },
  { command: 'right', bindings: plain('ArrowRight') },
  { command: 'up', bindings: plain('ArrowUp') },
  { command: 'down', bindings: plain('ArrowDown') },
  { command: 'zoomCell', bindings: plain('Enter') },
  { command: 'zoomRow', bindings: plain('r') },
  { command: 'zoomColumn', bindings: plain('c') },
  { command: 'back', bindings: plain('Escape') },
  { command: 'toggleReveal', bindings: plain('v') },
  // "+" needs Shift on many layouts, so "=" on the same key counts too; the numpad sends "+" and "-".
  { command: 'voteUp', bindings: [{ key: '+' }, { key: '=' }] },
  { command: 'voteDown', bindings: [{ key: '-' }, { key: '_' }, { key: '−' }] },
  { command: 'sortByVotes', bindings: plain('o') },
  { command: 'clearVotes', bindings: [{ key: 'x', shift: true }] },
  { command: 'timerMinutes', bindings: plain('m') },
  { command: 'timerToggle', bindings: plain('s') },
  { command: 'timerReset', bindings: [{ key: 's', shift: true }] },
  { command: 'capture', bindings: plain('n') },
  { command: 'undo', bindings: [{ key: 'z', mod: true, shift: false }] },
  { command: 'redo', bindings: [{ key: 'z', mod: true, shift: true }, { key: 'y', mod: true }] },
  { command: 'toggleTheme', bindings: plain('t') },
  { command: 'toggleFullscreen', bindings: plain('f') },
  { command: 'toggleHelp', bindings: [{ key: '?' }] },
];

function matches(binding: Binding, press: KeyPress): boolean {
  // Alt (and AltGr, which also sets Ctrl) types characters on many layouts; leave those alone.
  if (press.altKey) return false;
  if (Boolean(binding.mod) !== (press.ctrlKey || press.metaKey)) return false;
  if (binding.shift !== undefined && binding.shift !== press.shiftKey) return false;
  // Letters match either case, so Caps Lock does not change what a key does.
  return press.key.length === 1 ? press.key.toLowerCase() === binding.key : press.key === binding.key;
}

export function commandFor(press: KeyPress, context: { revealing: boolean }): Command | null {
  for (const shortcut of SHORTCUTS) {
    if (shortcut.when === 'revealing' && !context.revealing) continue;
    if (shortcut.when === 'browsing' && context.revealing) continue;
    if (shortcut.bindings.some((binding) => matches(binding, press))) return shortcut.command;
  }
  return null;
}

export interface HelpRow {
  keys: string[];
  label: string;
  /** The commands the row explains; a test checks every command is explained somewhere. */
  commands: Command[];
}

export const HELP_SECTIONS: readonly { title: string; rows: readonly HelpRow[] }[] = [
  {
    title: 'Move and zoom',
    rows: [
      { keys: ['←', '↑', '→', '↓'], label: 'Move between cells', commands: ['left', 'up', 'right', 'down'] },
      { keys: ['←', '→'], label: 'In a zoomed row or column: move between its cells; ↑ ↓ go to the next one', commands: [] },
      { keys: ['Tab', '↑', '↓'], label: 'Reach the cards of the current cell, then step through them', commands: [] },
      { keys: ['Enter'], label: 'Zoom into the current cell', commands: ['zoomCell'] },
      { keys: ['R'], label: 'Zoom into the whole row (PEST aspect); again to zoom out', commands: ['zoomRow'] },
      { keys: ['C'], label: 'Zoom into the whole column (SWOT part); again to zoom out', commands: ['zoomColumn'] },
      { keys: ['Esc'], label: 'Zoom out; with nothing zoomed, leave Present mode', commands: ['back'] },
    ],
  },
  {
    title: 'Reveal',
    rows: [
      { keys: ['V'], label: 'Start or stop reveal mode (starts from an empty matrix)', commands: ['toggleReveal'] },
      { keys: ['Space', '→'], label: 'Reveal the next factor, cell by cell', commands: ['revealNext'] },
      { keys: ['←', 'Shift+Space'], label: 'Hide the last revealed factor again', commands: ['revealPrevious'] },
    ],
  },
  {
    title: 'Dot voting',
    rows: [
      { keys: ['+'], label: 'Add a vote to the selected card', commands: ['voteUp'] },
      { keys: ['−'], label: 'Take a vote away from the selected card', commands: ['voteDown'] },
      { keys: ['O'], label: 'Order the current cell by votes', commands: ['sortByVotes'] },
      { keys: ['Shift+X'], label: 'Clear all votes of this scenario', commands: ['clearVotes'] },
    ],
  },
  {
    title: 'Timer',
    rows: [
      { keys: ['M'], label: 'Set the minutes (Enter starts)', commands: ['timerMinutes'] },
      { keys: ['S'], label: 'Start or pause', commands: ['timerToggle'] },
      { keys: ['Shift+S'], label: 'Reset', commands: ['timerReset'] },
    ],
  },
  {
    title: 'Capture and history',
    rows: [
      { keys: ['N'], label: 'Add a factor to the current cell', commands: ['capture'] },
      { keys: ['Ctrl+Z'], label: 'Undo', commands: ['undo'] },
      { keys: ['Ctrl+Shift+Z', 'Ctrl+Y'], label: 'Redo', commands: ['redo'] },
    ],
  },
  {
    title: 'Display',
    rows: [
      { keys: ['T'], label: 'Light or dark theme', commands: ['toggleTheme'] },
      { keys: ['F'], label: 'Full screen on or off', commands: ['toggleFullscreen'] },
      { keys: ['?'], label: 'Show or hide this list', commands: ['toggleHelp'] },
    ],
  },
];

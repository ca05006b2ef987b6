import { text } from '../../i18n/core';
import { presentText } from '../../i18n/en/present';
import { shortcutKey } from '../../ui/shortcutKey';
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
  | 'rowTour'
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
  | 'toggleStrategy'
  | 'toggleJoin'
  | 'toggleHelp';

/** The parts of a KeyboardEvent that choose a command; a plain object in tests. */
export interface KeyPress {
  key: string;
  /** The physical key ("KeyR"), which names the Latin letter of a key whatever the layout. */
  code?: string;
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
  // R's shifted twin: the same row view, stepped through all four rows in turn.
  { command: 'rowTour', bindings: [{ key: 'r', shift: true }] },
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
  { command: 'toggleStrategy', bindings: plain('g') },
  { command: 'toggleJoin', bindings: plain('j') },
  { command: 'toggleHelp', bindings: [{ key: '?' }] },
];

function matches(binding: Binding, press: KeyPress): boolean {
  // Alt (and AltGr, which also sets Ctrl) types characters on many layouts; leave those alone.
  if (press.altKey) return false;
  if (Boolean(binding.mod) !== (press.ctrlKey || press.metaKey)) return false;
  if (binding.shift !== undefined && binding.shift !== press.shiftKey) return false;
  // Letters match either case, so Caps Lock does not change what a key does.
  return press.key.length === 1 ? shortcutKey(press.key, press.code) === binding.key : press.key === binding.key;
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

/** The help list, in the interface's language. */
export function helpSections(): readonly { title: string; rows: readonly HelpRow[] }[] {
  const H = text(presentText).help;
  return [
    {
      title: H.sections.move,
      rows: [
        { keys: ['←', '↑', '→', '↓'], label: H.rows.move, commands: ['left', 'up', 'right', 'down'] },
        { keys: ['←', '→'], label: H.rows.zoomedMove, commands: [] },
        { keys: ['Tab', '↑', '↓'], label: H.rows.cards, commands: [] },
        { keys: ['Enter'], label: H.rows.zoomCell, commands: ['zoomCell'] },
        { keys: ['R'], label: H.rows.zoomRow, commands: ['zoomRow'] },
        { keys: ['Shift+R'], label: H.rows.rowTour, commands: ['rowTour'] },
        { keys: ['C'], label: H.rows.zoomColumn, commands: ['zoomColumn'] },
        { keys: ['Esc'], label: H.rows.back, commands: ['back'] },
        { keys: ['↑', '↓', 'Home', 'End'], label: H.rows.scrollDialog, commands: [] },
      ],
    },
    {
      title: H.sections.reveal,
      rows: [
        { keys: ['V'], label: H.rows.toggleReveal, commands: ['toggleReveal'] },
        { keys: [H.keys.space, '→'], label: H.rows.revealNext, commands: ['revealNext'] },
        { keys: ['←', H.keys.shiftSpace], label: H.rows.revealPrevious, commands: ['revealPrevious'] },
      ],
    },
    {
      title: H.sections.voting,
      rows: [
        { keys: ['+'], label: H.rows.voteUp, commands: ['voteUp'] },
        { keys: ['−'], label: H.rows.voteDown, commands: ['voteDown'] },
        { keys: ['O'], label: H.rows.sortByVotes, commands: ['sortByVotes'] },
        { keys: ['Shift+X'], label: H.rows.clearVotes, commands: ['clearVotes'] },
      ],
    },
    {
      title: H.sections.timer,
      rows: [
        { keys: ['M'], label: H.rows.timerMinutes, commands: ['timerMinutes'] },
        { keys: ['S'], label: H.rows.timerToggle, commands: ['timerToggle'] },
        { keys: ['Shift+S'], label: H.rows.timerReset, commands: ['timerReset'] },
      ],
    },
    {
      title: H.sections.capture,
      rows: [
        { keys: ['N'], label: H.rows.capture, commands: ['capture'] },
        { keys: ['Ctrl+Z'], label: H.rows.undo, commands: ['undo'] },
        { keys: ['Ctrl+Shift+Z', 'Ctrl+Y'], label: H.rows.redo, commands: ['redo'] },
      ],
    },
    {
      title: H.sections.display,
      rows: [
        { keys: ['T'], label: H.rows.toggleTheme, commands: ['toggleTheme'] },
        { keys: ['F'], label: H.rows.toggleFullscreen, commands: ['toggleFullscreen'] },
        { keys: ['G'], label: H.rows.strategy, commands: ['toggleStrategy'] },
        { keys: ['J'], label: H.rows.toggleJoin, commands: ['toggleJoin'] },
        { keys: ['?'], label: H.rows.toggleHelp, commands: ['toggleHelp'] },
      ],
    },
  ];
}

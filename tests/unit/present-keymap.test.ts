import { describe, expect, it } from 'vitest';
import { type Command, commandFor, helpSections, type KeyPress, SHORTCUTS } from '../../src/features/present/keymap';

const press = (key: string, modifiers: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress => ({
  key,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...modifiers,
});
const browsing = { revealing: false };
const revealing = { revealing: true };

describe('commandFor', () => {
  it('takes a letter typed on a Russian or Kazakh layout as the Latin letter on the same key', () => {
    expect(commandFor(press('к', { code: 'KeyR' }), browsing)).toBe('zoomRow');
    expect(commandFor(press('К', { code: 'KeyR', shiftKey: true }), browsing)).toBe('rowTour');
    expect(commandFor(press('з', { code: 'KeyP' }), browsing)).toBeNull();
    expect(commandFor(press('я', { code: 'KeyZ', ctrlKey: true }), browsing)).toBe('undo');
    expect(commandFor(press('е', { code: 'KeyT' }), browsing)).toBe('toggleTheme');
    // Punctuation keeps its own meaning: "?" is help wherever it sits on the layout.
    expect(commandFor(press('?', { code: 'Digit7', shiftKey: true }), browsing)).toBe('toggleHelp');
    // On a Latin layout the letter itself counts, not the key's place (AZERTY's A is at KeyQ).
    expect(commandFor(press('a', { code: 'KeyQ' }), browsing)).toBeNull();
  });

  it('moves between cells with the arrow keys', () => {
    expect(commandFor(press('ArrowLeft'), browsing)).toBe('left');
    expect(commandFor(press('ArrowRight'), browsing)).toBe('right');
    expect(commandFor(press('ArrowUp'), browsing)).toBe('up');
    expect(commandFor(press('ArrowDown'), browsing)).toBe('down');
  });

  it('gives → and ← to reveal mode, with Space as well; ↑ and ↓ still move', () => {
    expect(commandFor(press('ArrowRight'), revealing)).toBe('revealNext');
    expect(commandFor(press(' '), revealing)).toBe('revealNext');
    expect(commandFor(press('ArrowLeft'), revealing)).toBe('revealPrevious');
    expect(commandFor(press(' ', { shiftKey: true }), revealing)).toBe('revealPrevious');
    expect(commandFor(press('ArrowUp'), revealing)).toBe('up');
    // Outside reveal mode Space stays with the page (it presses a focused button).
    expect(commandFor(press(' '), browsing)).toBeNull();
  });

  it('zooms with Enter, R and C, and goes back with Escape', () => {
    expect(commandFor(press('Enter'), browsing)).toBe('zoomCell');
    expect(commandFor(press('r'), browsing)).toBe('zoomRow');
    expect(commandFor(press('R', { shiftKey: true }), browsing)).toBe('rowTour');
    expect(commandFor(press('R', { shiftKey: true }), revealing)).toBe('rowTour');
    expect(commandFor(press('c'), browsing)).toBe('zoomColumn');
    expect(commandFor(press('Escape'), browsing)).toBe('back');
  });

  it('takes letters in either case, so Caps Lock changes nothing', () => {
    expect(commandFor(press('V'), browsing)).toBe('toggleReveal');
    expect(commandFor(press('T'), browsing)).toBe('toggleTheme');
  });

  it('tells S from Shift+S, and wants Shift for clearing votes', () => {
    expect(commandFor(press('s'), browsing)).toBe('timerToggle');
    expect(commandFor(press('S', { shiftKey: true }), browsing)).toBe('timerReset');
    expect(commandFor(press('x'), browsing)).toBeNull();
    expect(commandFor(press('X', { shiftKey: true }), browsing)).toBe('clearVotes');
  });

  it('votes with + and −, from the main keys or the numpad', () => {
    expect(commandFor(press('+', { shiftKey: true }), browsing)).toBe('voteUp');
    expect(commandFor(press('='), browsing)).toBe('voteUp');
    expect(commandFor(press('-'), browsing)).toBe('voteDown');
    expect(commandFor(press('−'), browsing)).toBe('voteDown');
  });

  it('undoes with Ctrl or Cmd+Z and redoes with Shift or Y', () => {
    expect(commandFor(press('z', { ctrlKey: true }), browsing)).toBe('undo');
    expect(commandFor(press('z', { metaKey: true }), browsing)).toBe('undo');
    expect(commandFor(press('Z', { ctrlKey: true, shiftKey: true }), browsing)).toBe('redo');
    expect(commandFor(press('y', { ctrlKey: true }), browsing)).toBe('redo');
  });

  it('leaves browser shortcuts and typed characters alone', () => {
    expect(commandFor(press('+', { ctrlKey: true }), browsing)).toBeNull(); // browser zoom
    expect(commandFor(press('r', { ctrlKey: true }), browsing)).toBeNull(); // reload
    expect(commandFor(press('n', { altKey: true }), browsing)).toBeNull();
    expect(commandFor(press('q'), browsing)).toBeNull();
  });

  it('shows the live join code with J, on a Latin, Russian or Kazakh layout', () => {
    expect(commandFor(press('j'), browsing)).toBe('toggleJoin');
    expect(commandFor(press('J'), revealing)).toBe('toggleJoin');
    expect(commandFor(press('о', { code: 'KeyJ' }), browsing)).toBe('toggleJoin');
    expect(commandFor(press('J', { shiftKey: true }), browsing)).toBeNull();
  });

  it('opens help with ?', () => {
    expect(commandFor(press('?', { shiftKey: true }), browsing)).toBe('toggleHelp');
  });
});

describe('the help list', () => {
  it('explains every command that has a key', () => {
    const explained = new Set<Command>(helpSections().flatMap((section) => section.rows.flatMap((row) => row.commands)));
    const bound = new Set(SHORTCUTS.map((shortcut) => shortcut.command));
    expect([...bound].filter((command) => !explained.has(command))).toEqual([]);
  });

  it('shows at least one key on every row', () => {
    for (const row of helpSections().flatMap((section) => section.rows)) expect(row.keys.length).toBeGreaterThan(0);
  });
});

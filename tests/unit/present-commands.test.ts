import { afterEach, describe, expect, it, vi } from 'vitest';
import { cellKey } from '../../src/domain/axes';
import { createActions } from '../../src/store/actions';
import { createVoteActions } from '../../src/store/voteActions';
import { storeForWorkspace } from '../../src/store/fromWorkspace';
import { selectActiveScenario } from '../../src/store/selectors';
import { type CommandContext, runCommand } from '../../src/features/present/commands';
import type { Command } from '../../src/features/present/keymap';
import { initialTimer } from '../../src/features/present/timer';
import { initialView, type ViewAction, viewReducer, type ViewState } from '../../src/features/present/viewState';
import { cell, factor, scenario, workspace } from '../fixtures/builders';

const PS = cell('political', 'strengths');
const PW = cell('political', 'weaknesses');

/**
 * Present mode's commands against a real store and a small DOM stand-in for the cell on screen,
 * so that what is checked is what the app does: changes land in the store's history.
 */
function setup({ liveRunning = false } = {}) {
  const store = storeForWorkspace(
    workspace([scenario('s', [factor('a', PS, { title: 'Alpha' }), factor('b', PS, { title: 'Beta' }), factor('c', PW, { title: 'Gamma' })])]),
  ).store;
  const surface = document.createElement('main');
  const cellEl = document.createElement('section');
  cellEl.dataset.cell = cellKey(PS);
  cellEl.tabIndex = 0;
  for (const id of ['a', 'b']) {
    const card = document.createElement('div');
    card.dataset.factorId = id;
    card.tabIndex = 0;
    cellEl.append(card);
  }
  surface.append(cellEl);
  document.body.append(surface);

  let view: ViewState = initialView('light');
  const notify = vi.fn<(text: string) => void>();
  const context = (): CommandContext => ({
    store,
    actions: { ...createActions(store), ...createVoteActions(store) },
    view,
    dispatch: (action: ViewAction) => {
      view = viewReducer(view, action);
    },
    timer: initialTimer(),
    timerDispatch: () => {},
    toggleFullscreen: async () => false,
    surface: { current: surface },
    notify,
    liveRunning,
  });
  const run = (...commands: Command[]) => commands.forEach((command) => runCommand(command, context()));
  /** Whether the command was taken (false: an open dialog ignored it, and its key keeps its default). */
  const taken = (command: Command) => runCommand(command, context());
  const votes = () => Object.fromEntries(selectActiveScenario(store.getState()).factors.map((f) => [f.id, f.votes]));
  const order = () => selectActiveScenario(store.getState()).factors.filter((f) => f.pest === 'political' && f.swot === 'strengths').map((f) => f.id);
  const focusCard = (id: string) => surface.querySelector<HTMLElement>(`[data-factor-id="${id}"]`)!.focus();
  return { store, run, taken, votes, order, focusCard, notify, cellEl, view: () => view };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('voting commands', () => {
  it('adds and removes votes on the focused card, each an undoable step', async () => {
    const { store, run, votes, focusCard } = setup();
    focusCard('b');
    run('voteUp', 'voteUp', 'voteDown');
    expect(votes()).toEqual({ a: 0, b: 1, c: 0 });
    expect(store.getState().undoDepth).toBe(3);
    run('undo');
    expect(votes().b).toBe(2);
    await vi.waitFor(() => expect(store.getState().announcement.text).toBe('Undone: a vote on "Beta"'));
    run('redo');
    expect(votes().b).toBe(1);
    await vi.waitFor(() => expect(store.getState().announcement.text).toBe('Redone: a vote on "Beta"'));
  });

  it('asks for a card, and changes nothing, when no card has the focus', () => {
    const { store, run, votes, notify } = setup();
    run('voteUp');
    expect(votes()).toEqual({ a: 0, b: 0, c: 0 });
    expect(store.getState().undoDepth).toBe(0);
    expect(notify).toHaveBeenCalledWith(expect.stringContaining('Select a card first'));
  });

  it('does not record a step for taking a vote from a card that has none', () => {
    const { store, run, focusCard, notify } = setup();
    focusCard('a');
    run('voteDown');
    expect(store.getState().undoDepth).toBe(0);
    expect(notify).toHaveBeenCalledWith('"Alpha" has no votes to take away.');
  });

  it('orders the current cell by votes, and skips the empty step when it is already in order', () => {
    const { store, run, order, focusCard } = setup();
    run('sortByVotes');
    expect(store.getState().undoDepth).toBe(0);
    focusCard('b');
    run('voteUp', 'sortByVotes');
    expect(order()).toEqual(['b', 'a']);
    run('undo');
    expect(order()).toEqual(['a', 'b']);
  });

  it('clears every vote in one undoable step', () => {
    const { run, votes, focusCard } = setup();
    focusCard('a');
    run('voteUp', 'voteUp', 'clearVotes');
    expect(votes()).toEqual({ a: 0, b: 0, c: 0 });
    run('undo');
    expect(votes().a).toBe(2);
  });
});

describe('moving and revealing', () => {
  it('steps through the cards of a cell with ↑ and ↓, and back up to the cell', () => {
    const { run, focusCard, cellEl } = setup();
    focusCard('a');
    run('down');
    expect(document.activeElement).toHaveAttribute('data-factor-id', 'b');
    run('up', 'up');
    expect(document.activeElement).toBe(cellEl);
  });

  it('reveals in matrix order, moves the focus to where each factor appears, and hides again', () => {
    const { run, view, notify } = setup();
    run('toggleReveal', 'revealNext', 'revealNext', 'revealNext');
    expect(view().revealed).toEqual(['a', 'b', 'c']);
    expect(view().focus).toEqual(PW);
    run('revealNext');
    expect(notify).toHaveBeenCalledWith('Every factor is revealed.');
    run('revealPrevious');
    expect(view().revealed).toEqual(['a', 'b']);
    expect(view().focus).toEqual(PW);
  });

  it('tours the PEST rows and says in words which row is on screen', () => {
    const { store, run, view } = setup();
    run('rowTour');
    expect(view()).toMatchObject({ zoom: 'row', focus: PS });
    expect(store.getState().announcement.text).toBe('Row 1 of 4: Political, 3 factors. Shift+R goes on, Escape zooms out.');
    run('rowTour');
    expect(store.getState().announcement.text).toBe('Row 2 of 4: Economic, 0 factors. Shift+R goes on, Escape zooms out.');
    run('rowTour', 'rowTour', 'rowTour');
    expect(view().zoom).toBeNull();
    expect(store.getState().announcement.text).toBe('Whole matrix');
  });

  it('reveals into a zoomed cell, and back on the whole matrix says how far the reveal got', () => {
    const { store, run, view } = setup();
    run('toggleReveal', 'revealNext', 'revealNext');
    expect(view()).toMatchObject({ zoom: 'cell', focus: PS, revealed: ['a', 'b'] });
    run('back');
    expect(view().zoom).toBeNull();
    expect(store.getState().announcement.text).toBe('Whole matrix: 2 of 3 factors revealed so far.');
  });

  it('leaves Present mode on Escape only when nothing is zoomed or open', () => {
    const { store, run, view } = setup();
    store.getState().setMode('present');
    run('zoomRow', 'toggleHelp', 'back');
    expect(view().overlay).toBeNull();
    expect(store.getState().mode).toBe('present');
    run('back');
    expect(view().zoom).toBeNull();
    expect(store.getState().mode).toBe('present');
    run('back');
    expect(store.getState().mode).toBe('edit');
  });

  it('ignores every key but ? and Escape while the help list is open', () => {
    const { run, view } = setup();
    run('toggleHelp', 'right', 'zoomCell', 'toggleTheme');
    expect(view()).toMatchObject({ zoom: null, theme: 'light', overlay: { kind: 'help' } });
    expect(view().focus).toEqual(PS);
  });
});

describe('keys an open dialog turns down', () => {
  it('turns down ↑ and ↓ under the help list and the strategy, so they scroll it, and the selection stays put', () => {
    const { run, taken, view } = setup();
    run('down');
    const below = view().focus;
    expect(below).not.toEqual(PS);
    for (const open of ['toggleHelp', 'toggleStrategy'] as const) {
      expect(taken(open)).toBe(true);
      expect([taken('down'), taken('up'), taken('down')]).toEqual([false, false, false]);
      expect(view().focus).toEqual(below);
      expect(taken('back')).toBe(true);
      expect(view().overlay).toBeNull();
    }
    // Closed, they move between cells as before.
    expect(taken('up')).toBe(true);
    expect(view().focus).toEqual(PS);
  });
});

describe('the join code (J)', () => {
  it('shows and hides the live session\'s join code, and lets no other key through while it is up', () => {
    const { run, view, notify } = setup({ liveRunning: true });
    run('toggleJoin');
    expect(view().overlay).toEqual({ kind: 'join' });
    run('right', 'zoomCell', 'toggleHelp');
    expect(view()).toMatchObject({ zoom: null, focus: PS, overlay: { kind: 'join' } });
    run('toggleJoin');
    expect(view().overlay).toBeNull();
    run('toggleJoin', 'back');
    expect(view().overlay).toBeNull();
    expect(notify).not.toHaveBeenCalled();
  });

  it('says in words that there is no live session, and changes nothing', () => {
    const { store, run, view, notify } = setup({ liveRunning: false });
    const before = view();
    run('toggleJoin');
    expect(view()).toBe(before);
    const words = 'No live session is running, so there is no join code to show. Start one in the editor with “Start live session”.';
    expect(notify).toHaveBeenCalledWith(words);
    expect(store.getState().announcement.text).toBe(words);
  });
});

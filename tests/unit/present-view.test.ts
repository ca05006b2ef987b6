import { describe, expect, it } from 'vitest';
import { cellsInView, initialView, type ViewAction, viewLabel, viewReducer, type ViewState } from '../../src/features/present/viewState';
import { cell } from '../fixtures/builders';

const run = (state: ViewState, ...actions: ViewAction[]) => actions.reduce(viewReducer, state);
const start = initialView('light');

describe('viewReducer: focus', () => {
  it('starts on political strengths, asking for the DOM focus', () => {
    expect(start.focus).toEqual(cell('political', 'strengths'));
    expect(start.focusTick).toBeGreaterThan(0);
  });

  it('moves by rows and columns and stops at the edges', () => {
    const moved = run(start, { type: 'move', rows: 1, cols: 2 });
    expect(moved.focus).toEqual(cell('economic', 'opportunities'));
    const edge = run(start, { type: 'move', rows: -1, cols: -1 }, { type: 'move', rows: 9, cols: 9 });
    expect(edge.focus).toEqual(cell('technological', 'threats'));
  });

  it('in a zoomed column, ← → walk its cells and ↑ ↓ change the column', () => {
    const column = run(start, { type: 'zoom', zoom: 'column' });
    expect(run(column, { type: 'move', rows: 0, cols: 1 }).focus).toEqual(cell('economic', 'strengths'));
    expect(run(column, { type: 'move', rows: 1, cols: 0 }).focus).toEqual(cell('political', 'weaknesses'));
  });

  it('asks the DOM to follow a command, but not a click that already put the focus there', () => {
    const moved = run(start, { type: 'move', rows: 1, cols: 0 });
    expect(moved.focusTick).toBe(start.focusTick + 1);
    const clicked = run(start, { type: 'focusCell', cell: cell('social', 'threats') });
    expect(clicked.focus).toEqual(cell('social', 'threats'));
    expect(clicked.focusTick).toBe(start.focusTick);
  });

  it('returns the same state for a click on the current cell, so nothing re-renders', () => {
    expect(run(start, { type: 'focusCell', cell: cell('political', 'strengths') })).toBe(start);
  });
});

describe('viewReducer: zoom', () => {
  it('zooms into the cell with Enter and stays there on a second Enter', () => {
    const zoomed = run(start, { type: 'zoom', zoom: 'cell' }, { type: 'zoom', zoom: 'cell' });
    expect(zoomed.zoom).toBe('cell');
  });

  it('toggles row and column zoom, and switches between them', () => {
    expect(run(start, { type: 'zoom', zoom: 'row' }).zoom).toBe('row');
    expect(run(start, { type: 'zoom', zoom: 'row' }, { type: 'zoom', zoom: 'row' }).zoom).toBeNull();
    expect(run(start, { type: 'zoom', zoom: 'row' }, { type: 'zoom', zoom: 'column' }).zoom).toBe('column');
  });

  it('zooms out, and zooming out of the whole matrix changes nothing', () => {
    expect(run(start, { type: 'zoom', zoom: 'cell' }, { type: 'zoomOut' }).zoom).toBeNull();
    expect(run(start, { type: 'zoomOut' })).toBe(start);
  });

  it('shows the current cell, its row or its column', () => {
    const focus = cell('social', 'opportunities');
    expect(cellsInView({ focus, zoom: null })).toHaveLength(16);
    expect(cellsInView({ focus, zoom: 'cell' })).toEqual([focus]);
    expect(cellsInView({ focus, zoom: 'row' }).map((c) => c.pest)).toEqual(['social', 'social', 'social', 'social']);
    expect(cellsInView({ focus, zoom: 'row' }).map((c) => c.swot)).toEqual(['strengths', 'weaknesses', 'opportunities', 'threats']);
    expect(cellsInView({ focus, zoom: 'column' }).map((c) => c.pest)).toEqual(['political', 'economic', 'social', 'technological']);
  });

  it('names what is on screen', () => {
    const focus = cell('social', 'opportunities');
    expect(viewLabel({ focus, zoom: null })).toBe('Whole matrix');
    expect(viewLabel({ focus, zoom: 'cell' })).toBe('Social opportunities');
    expect(viewLabel({ focus, zoom: 'row' })).toBe('Social: all four parts');
    expect(viewLabel({ focus, zoom: 'column' })).toBe('Opportunities: all four aspects');
  });
});

describe('viewReducer: row tour', () => {
  it('starts on the first PEST row whatever the focus, steps row by row, and ends on the whole matrix', () => {
    const from = run(start, { type: 'goToCell', cell: cell('social', 'threats') });
    const rows: (string | null)[] = [];
    let state = from;
    for (let step = 0; step < 5; step++) {
      state = run(state, { type: 'tourNext' });
      rows.push(state.zoom === 'row' ? state.focus.pest : null);
    }
    expect(rows).toEqual(['political', 'economic', 'social', 'technological', null]);
    // The column stays, so the focus ring does not jump sideways between rows.
    expect(state.focus.swot).toBe('threats');
    expect(state.focusTick).toBe(from.focusTick + 5);
  });

  it('goes on from a row zoomed with R, and a cell zoom starts the tour afresh', () => {
    const economic = run(start, { type: 'move', rows: 1, cols: 0 }, { type: 'zoom', zoom: 'row' }, { type: 'tourNext' });
    expect(economic).toMatchObject({ zoom: 'row', focus: cell('social', 'strengths') });
    const fromCell = run(start, { type: 'move', rows: 2, cols: 0 }, { type: 'zoom', zoom: 'cell' }, { type: 'tourNext' });
    expect(fromCell).toMatchObject({ zoom: 'row', focus: cell('political', 'strengths') });
  });
});

describe('viewReducer: reveal, theme and overlays', () => {
  it('starts a reveal from an empty matrix and ends it showing everything', () => {
    const revealing = run(start, { type: 'toggleReveal' }, { type: 'setRevealed', revealed: ['a'], cell: null });
    expect(revealing).toMatchObject({ revealing: true, revealed: ['a'] });
    expect(run(revealing, { type: 'toggleReveal' })).toMatchObject({ revealing: false, revealed: [] });
  });

  it('moves the focus to where a factor was revealed', () => {
    const next = run(start, { type: 'setRevealed', revealed: ['a'], cell: cell('economic', 'threats') });
    expect(next.focus).toEqual(cell('economic', 'threats'));
    expect(next.focusTick).toBe(start.focusTick + 1);
  });

  it('zooms into the cell of a factor just revealed, so it is not lost behind "+N more"', () => {
    const revealing = run(start, { type: 'toggleReveal' });
    const shown = run(revealing, { type: 'setRevealed', revealed: ['a'], cell: cell('economic', 'threats'), reveal: true });
    expect(shown).toMatchObject({ zoom: 'cell', focus: cell('economic', 'threats') });
    // A row view stays a row view: it follows the focus to the new factor's row.
    const inRow = run(revealing, { type: 'zoom', zoom: 'row' }, { type: 'setRevealed', revealed: ['a'], cell: cell('social', 'opportunities'), reveal: true });
    expect(inRow).toMatchObject({ zoom: 'row', focus: cell('social', 'opportunities') });
    // Hiding one again does not zoom the whole matrix in.
    expect(run(revealing, { type: 'setRevealed', revealed: [], cell: cell('economic', 'threats') }).zoom).toBeNull();
  });

  it('toggles between the light and the dark theme', () => {
    expect(run(start, { type: 'toggleTheme' }).theme).toBe('dark');
    expect(run(start, { type: 'toggleTheme' }, { type: 'toggleTheme' }).theme).toBe('light');
  });

  it('opens one overlay at a time and gives the focus back on closing', () => {
    const help = run(start, { type: 'open', overlay: { kind: 'help' } });
    const capture = run(help, { type: 'open', overlay: { kind: 'capture', cell: cell('social', 'threats') } });
    expect(capture.overlay).toEqual({ kind: 'capture', cell: cell('social', 'threats') });
    const closed = run(capture, { type: 'close' });
    expect(closed.overlay).toBeNull();
    expect(closed.focusTick).toBe(capture.focusTick + 1);
  });
});

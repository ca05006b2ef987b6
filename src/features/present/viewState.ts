import { ALL_CELLS, type Cell, PEST, SWOT } from '../../domain/axes';
import { cellLabel, pestLabel, swotLabel } from '../../i18n/axes';
import { text } from '../../i18n/core';
import { presentText } from '../../i18n/en/present';

/**
 * What the presenter is looking at. None of it is saved: it lives in React state for as long
 * as Present mode is open, so a workshop never leaves a zoom or a half reveal in the file.
 */
export type Zoom = 'cell' | 'row' | 'column' | null;
export type Theme = 'light' | 'dark';
/** Things that take the keyboard for a while; only one at a time. */
export type Overlay = { kind: 'help' } | { kind: 'strategy' } | { kind: 'join' } | { kind: 'capture'; cell: Cell } | { kind: 'timer' } | null;

export interface ViewState {
  /** The current cell. A zoom always shows the current cell's cell, row or column. */
  focus: Cell;
  zoom: Zoom;
  revealing: boolean;
  /** Ids shown in reveal mode, in the order they were shown. */
  revealed: readonly string[];
  theme: Theme;
  overlay: Overlay;
  /** Bumped when a command moves the focus, so the DOM focus follows; a click does not bump it. */
  focusTick: number;
}

export type ViewAction =
  | { type: 'move'; rows: number; cols: number }
  | { type: 'focusCell'; cell: Cell }
  | { type: 'goToCell'; cell: Cell }
  | { type: 'zoom'; zoom: Exclude<Zoom, null> }
  | { type: 'zoomOut' }
  | { type: 'toggleReveal' }
  /** `reveal` marks a step that showed a factor: from the whole matrix it zooms into that cell. */
  | { type: 'setRevealed'; revealed: readonly string[]; cell: Cell | null; reveal?: boolean }
  | { type: 'tourNext' }
  | { type: 'toggleTheme' }
  | { type: 'open'; overlay: Exclude<Overlay, null> }
  | { type: 'close' }
  | { type: 'refocus' };

export function initialView(theme: Theme): ViewState {
  return {
    focus: { pest: PEST[0], swot: SWOT[0] },
    zoom: null,
    revealing: false,
    revealed: [],
    theme,
    overlay: null,
    // Starts at 1 so the first render puts the focus on the first cell.
    focusTick: 1,
  };
}

const clamp = (value: number, max: number) => Math.min(max, Math.max(0, value));

export function viewReducer(base: ViewState, action: ViewAction): ViewState {
  const bump = base.focusTick + 1;
  switch (action.type) {
    case 'move': {
      // A zoomed column lays its cells side by side, like a row: there ← → walk its cells
      // (the PEST aspects) and ↑ ↓ go to the next column, so the arrows point where they move.
      const [rows, cols] = base.zoom === 'column' ? [action.cols, action.rows] : [action.rows, action.cols];
      const row = clamp(PEST.indexOf(base.focus.pest) + rows, PEST.length - 1);
      const col = clamp(SWOT.indexOf(base.focus.swot) + cols, SWOT.length - 1);
      return { ...base, focus: { pest: PEST[row]!, swot: SWOT[col]! }, focusTick: bump };
    }
    case 'focusCell':
      return base.focus.pest === action.cell.pest && base.focus.swot === action.cell.swot ? base : { ...base, focus: action.cell };
    case 'goToCell':
      return { ...base, focus: action.cell, focusTick: bump };
    case 'zoom': {
      // R and C toggle; Enter always lands on the single cell.
      const zoom = action.zoom !== 'cell' && base.zoom === action.zoom ? null : action.zoom;
      return { ...base, zoom, focusTick: bump };
    }
    case 'zoomOut':
      return base.zoom === null ? base : { ...base, zoom: null, focusTick: bump };
    case 'toggleReveal':
      // Starting a reveal blanks the matrix; stopping it shows everything again. Either way the
      // focused card may vanish or move, so the focus goes back to the cell.
      return { ...base, revealing: !base.revealing, revealed: [], focusTick: bump };
    case 'setRevealed': {
      if (!action.cell) return { ...base, revealed: action.revealed };
      // In the whole matrix the new card could land behind "+N more", so a reveal zooms into its
      // cell; a zoomed view already follows the focus there, and keeps its kind.
      const zoom = action.reveal && base.zoom === null ? 'cell' : base.zoom;
      return { ...base, revealed: action.revealed, focus: action.cell, zoom, focusTick: bump };
    }
    case 'tourNext': {
      // The tour starts at the first row whatever the focus, so every tour tells the same story;
      // past the last row it ends on the whole matrix.
      if (base.zoom !== 'row') return { ...base, zoom: 'row', focus: { pest: PEST[0], swot: base.focus.swot }, focusTick: bump };
      const next = PEST.indexOf(base.focus.pest) + 1;
      if (next >= PEST.length) return { ...base, zoom: null, focusTick: bump };
      return { ...base, focus: { pest: PEST[next]!, swot: base.focus.swot }, focusTick: bump };
    }
    case 'toggleTheme':
      return { ...base, theme: base.theme === 'light' ? 'dark' : 'light' };
    case 'open':
      return { ...base, overlay: action.overlay };
    case 'close':
      return base.overlay === null ? base : { ...base, overlay: null, focusTick: bump };
    case 'refocus':
      return { ...base, focusTick: bump };
  }
}

/** The cells on screen, in reading order. */
export function cellsInView(view: Pick<ViewState, 'focus' | 'zoom'>): readonly Cell[] {
  switch (view.zoom) {
    case null:
      return ALL_CELLS;
    case 'cell':
      return [view.focus];
    case 'row':
      return SWOT.map((swot) => ({ pest: view.focus.pest, swot }));
    case 'column':
      return PEST.map((pest) => ({ pest, swot: view.focus.swot }));
  }
}

/** What the screen shows, in words, for the status line and announcements. */
export function viewLabel(view: Pick<ViewState, 'focus' | 'zoom'>): string {
  switch (view.zoom) {
    case null:
      return text(presentText).wholeMatrix;
    case 'cell':
      return cellLabel(view.focus);
    case 'row':
      return text(presentText).rowView({ pest: pestLabel(view.focus.pest) });
    case 'column':
      return text(presentText).columnView({ swot: swotLabel(view.focus.swot) });
  }
}

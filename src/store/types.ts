import type { Cell } from '../domain/axes';

export interface Toast {
  id: number;
  message: string;
  tone: 'info' | 'error';
  action?: {
    label: string;
    run: () => void;
    /** Where focus goes once the action ran and the toast with its button is gone. */
    focusAfter?: () => HTMLElement | null;
  };
}

/** Where a dragged card would land if dropped now; the grid renders from this during a drag. */
export interface DragPreview {
  factorId: string;
  origin: Cell;
  cell: Cell;
  /** Position in `cell`, among its cards without this one; the grid shows the card there. */
  index: number;
  /** Picked up from the keyboard: the board's key handler owns the drag until it ends. */
  keyboard?: boolean;
}

export type SaveStatus =
  | { state: 'saved'; at: number }
  | { state: 'saving' }
  /** A field holds typing that is not in the document yet; it is committed on leaving the field or the page. */
  | { state: 'typing' }
  | { state: 'failed'; reason: string }
  | { state: 'disabled'; reason: string };

/** Something about storage the user must know and may act on; it stays until dismissed. */
export interface StorageNotice {
  kind: 'not-saving' | 'unreadable' | 'newer-version';
  message: string;
  /** Unreadable data kept aside, offered for download. */
  keptData?: { key: string; text: string };
}

export type Mode = 'edit' | 'present';
export type Panel = 'sources' | 'scenarios' | 'compare' | 'import' | 'strategy' | null;

/** The factor editor is bound to one factor of one scenario, whatever the tab shows meanwhile. */
export interface EditorTarget {
  scenarioId: string;
  factorId: string;
}

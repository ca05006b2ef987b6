import * as Y from 'yjs';
import { type DocumentContent } from './layout';
import { DocumentReader } from './read';
import { writeContent } from './write';

/** The origin of this tab's own edits: the only changes its undo history records. */
export const LOCAL_EDIT = Symbol('local edit');
/** Content put in place at start-up (seeds, stored work): never undone. */
export const LOADED = Symbol('loaded');

export type ChangeListener = (content: DocumentContent, transaction: Y.Transaction) => void;

/**
 * The user's work as a Y.Doc, with a plain-value view of it for the domain and the interface.
 * Every change goes through `apply`: one transaction, one undo step. Updates from other tabs
 * or devices are applied to `ydoc` directly, with their own origin, and never enter this tab's
 * undo history.
 */
export class MatrixDoc {
  readonly ydoc: Y.Doc;
  readonly undoManager: Y.UndoManager;
  private readonly reader: DocumentReader;
  private current: DocumentContent;
  private readonly listeners = new Set<ChangeListener>();

  constructor(ydoc: Y.Doc = new Y.Doc()) {
    this.ydoc = ydoc;
    this.reader = new DocumentReader(ydoc);
    this.current = this.reader.read();
    const { sources, scenarios } = { sources: ydoc.getMap('sources'), scenarios: ydoc.getMap('scenarios') };
    // captureTimeout 0: every command is its own step, however quickly the next one follows.
    this.undoManager = new Y.UndoManager([sources, scenarios], { trackedOrigins: new Set([LOCAL_EDIT]), captureTimeout: 0 });
    ydoc.on('afterTransaction', (transaction: Y.Transaction) => {
      if (transaction.changedParentTypes.size === 0 && transaction.deleteSet.clients.size === 0) return;
      this.reader.invalidate(transaction);
      const next = this.reader.read();
      if (next.sources === this.current.sources && next.scenarios === this.current.scenarios) return;
      this.current = next;
      for (const listener of this.listeners) listener(next, transaction);
    });
  }

  content(): DocumentContent {
    return this.current;
  }

  /** Makes the document hold `next`, computed from `content()`, as one transaction. */
  apply(next: DocumentContent, origin: unknown = LOCAL_EDIT): void {
    const before = this.current;
    if (next.sources === before.sources && next.scenarios === before.scenarios) return;
    this.ydoc.transact(() => writeContent(this.ydoc, before, next), origin);
  }

  /** Fills an empty document (seeds or migrated work); not an undoable step. */
  load(content: DocumentContent): void {
    this.ydoc.transact(() => writeContent(this.ydoc, this.current, content), LOADED);
  }

  onChange(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  destroy(): void {
    this.undoManager.destroy();
    this.listeners.clear();
  }
}

import * as Y from 'yjs';
import { LOADED, type MatrixDoc } from '../doc/matrixDoc';
import { DOC_KEY_PREFIX, decodeDoc, docKey, encodeDoc, encodeUpdate, encodeWholeCopy, inflateDoc, removeMerged, setAside, type StoredDoc, type StoredProblem } from '../io/docStorage';
import { canCompress, deflate } from '../io/compressDoc';
import { WORKSPACE_KEY } from '../io/setAside';
import type { SafeStorage, StorageFailure } from '../io/safeStorage';
import type { AppStore } from './appStore';
import { commitDrafts, hasDrafts, onDraftsChange } from './drafts';
import type { StorageNotice } from './types';
import { text as inLanguage } from '../i18n/core';
import { storeText } from '../i18n/en/store';
import { whenQuiet } from '../app/whenQuiet';

export const SAVE_DELAY_MS = 300;
/** A save this large or larger is compressed before it is written, as whole copies are. */
export const COMPRESS_FROM_BYTES = 256 * 1024;
/** The origin of updates read from another tab's saved copy. */
export const FROM_STORAGE = Symbol('from storage');

export interface AutosaveOptions {
  storage: SafeStorage;
  /** This tab's id: it writes only under `swot-pest-matrix/doc/<tab>/…`. */
  tab: string;
  doc: MatrixDoc;
  /** Stored keys merged at start-up, as they read then; folded into one copy when there are many. */
  merged?: ReadonlyMap<string, string>;
  /** The document holds content no stored key has yet (seeds, the previous version's work). */
  unsaved?: boolean;
  /** Set when saving would destroy something, e.g. data from a newer version of the app. */
  disabledReason?: string;
  window?: Window;
}

/** Past this many keys, the keys are folded into one whole copy once the person pauses. */
export const FOLD_AFTER_KEYS = 40;

export const failureMessage = (failure: StorageFailure): string => inLanguage(storeText).storage[failure];

/**
 * Saves the document under this tab's own key shortly after each change (from here or from
 * another tab, so that work survives whichever tab crashes), and at once when the page is
 * hidden or closed, after committing any field still being typed in. It also watches storage
 * for other tabs' copies: it merges readable ones and sets unreadable ones aside.
 */
export function startAutosave(store: AppStore, options: AutosaveOptions): () => void {
  const { storage, tab, doc } = options;
  const win = options.window ?? window;
  const ydoc = doc.ydoc;
  let timer: ReturnType<typeof setTimeout> | null = null;
  /** Updates not yet in storage: only these are written, so a save costs what changed, not the document. */
  let pending: Uint8Array[] = [];
  /** Content in the document that no stored key holds (seeds, migrated work): needs a whole copy. */
  let wholeCopyDue = options.unsaved ?? false;
  let next = 0;
  /** Keys that a whole copy may replace, as they read when merged or written. */
  const foldable = new Map(options.merged ?? []);
  /** Why this tab must not save, if it must not. */
  let blocked: string | null = options.disabledReason ?? null;

  const dirty = () => wholeCopyDue || pending.length > 0;
  const setStatus = store.getState().setSaveStatus;
  const showStatus = () => {
    if (blocked) return;
    const status = store.getState().saveStatus;
    if (status.state === 'failed') return;
    // Only a change of state is set: every set runs every subscribed component's selector, and
    // each edit reaches here once per document update and once per draft.
    const next = hasDrafts() ? 'typing' : dirty() ? 'saving' : 'saved';
    if (status.state === next) return;
    setStatus(next === 'saved' ? { state: 'saved', at: Date.now() } : { state: next });
  };

  function block(reason: string): void {
    blocked = reason;
    if (timer) clearTimeout(timer);
    setStatus({ state: 'disabled', reason });
    noticeNow(store, { kind: 'newer-version' }, (N) => N.newerInOtherTabNotice);
  }

  function write(text: string, timing: string): boolean {
    const key = docKey(tab, next);
    performance.mark(`${timing}-start`);
    const written = storage.write(key, text);
    performance.measure(timing, `${timing}-start`);
    if (!written.ok) {
      reportNotSaving(store, failureMessage(written.failure));
      return false;
    }
    next++;
    foldable.set(key, text);
    if (store.getState().saveStatus.state === 'failed') setStatus({ state: 'saving' });
    if (store.getState().storageNotice?.kind === 'not-saving') store.getState().setStorageNotice(null);
    return true;
  }

  /** A whole copy being compressed; at most one at a time. */
  let copying = false;

  /**
   * One whole copy in place of every key merged so far: fewer keys to read at the next start.
   * It is compressed off the critical path; a page that is being hidden cannot wait for that, so
   * `urgent` writes it plain at once.
   */
  function writeWholeCopy(urgent = false): Promise<void> {
    if (copying && !urgent) return Promise.resolve();
    const replaced = new Map(foldable);
    // A copy: changes made while it is compressed are pushed onto `pending`, and are not in it.
    const covered = [...pending];
    const started = performance.now();
    const state = Y.encodeStateAsUpdate(ydoc);
    if (urgent) {
      storeWholeCopy(encodeDoc(ydoc), replaced, covered, started);
      return Promise.resolve();
    }
    copying = true;
    return encodeWholeCopy(state)
      // Compression failed (it never should): the plain copy is as good, only larger.
      .catch(() => encodeUpdate(state))
      .then((text) => {
        copying = false;
        if (!blocked) storeWholeCopy(text, replaced, covered, started);
        // Changes made meanwhile wait for the copy; now they are saved as usual.
        if (dirty()) schedule();
        else showStatus();
      });
  }

  /** Writes a whole copy holding `covered` and every key in `replaced`, then removes those keys. */
  function storeWholeCopy(text: string, replaced: ReadonlyMap<string, string>, covered: readonly Uint8Array[], started: number): void {
    const written = write(text, 'autosave-whole-write');
    performance.measure('autosave-whole-copy', { start: started });
    if (!written) return;
    wholeCopyDue = false;
    // Changes made while the copy was compressed are not in it: they stay pending.
    pending = pending.filter((update) => !covered.includes(update));
    const kept = docKey(tab, next - 1);
    removeMerged(storage, replaced);
    for (const key of replaced.keys()) if (key !== kept) foldable.delete(key);
  }

  function flush(urgent = false): void {
    if (timer) clearTimeout(timer);
    timer = null;
    if (blocked || !dirty()) return showStatus();
    if (wholeCopyDue) void writeWholeCopy(urgent);
    // A large save being compressed writes, then schedules whatever came meanwhile.
    else if (!urgent && deflating) return;
    else {
      // Timed for the benchmark (bench/): each task of a save, and the write within it.
      performance.mark('autosave-flush-start');
      const update = pending.length === 1 ? pending[0]! : Y.mergeUpdates(pending);
      if (!urgent && update.byteLength >= COMPRESS_FROM_BYTES && canCompress()) void writeCompressed(update, [...pending]);
      else if (write(encodeUpdate(update), 'autosave-write')) pending = [];
      performance.measure('autosave-flush', 'autosave-flush-start');
    }
    showStatus();
    if (foldable.size > FOLD_AFTER_KEYS) foldWhenQuiet();
  }

  /** A large save being compressed; at most one at a time. */
  let deflating = false;

  /**
   * Writes a large save (an import of thousands of factors) compressed: the browser compresses
   * off the main thread, and the stored text is about seven times smaller, so encoding and writing
   * it no longer take one long task (66 ms p95 for 5,000 factors, 48 of them the write). The
   * changes stay pending until written: a page hidden meanwhile writes them plain at once.
   */
  async function writeCompressed(update: Uint8Array, covered: readonly Uint8Array[]): Promise<void> {
    deflating = true;
    const deflated = await deflate(update).catch(() => null);
    deflating = false;
    // Written meanwhile: by a page being hidden, or in a whole copy.
    const stillPending = covered.every((change) => pending.includes(change));
    let written = true;
    if (!blocked && stillPending) {
      performance.mark('autosave-flush-start');
      const text = deflated ? encodeUpdate(deflated, Date.now(), true) : encodeUpdate(update);
      written = write(text, 'autosave-write');
      if (written) pending = pending.filter((change) => !covered.includes(change));
      performance.measure('autosave-flush', 'autosave-flush-start');
    }
    // Changes made meanwhile are saved as usual. A failed write is not tried again on a timer,
    // as a plain save's is not: the user has been told, and the next change tries again.
    if (written && dirty()) schedule();
    else showStatus();
  }

  // Folding writes the whole document; it waits for a quiet moment, under a lock shared by the
  // tabs, so that two tabs folding at once do not each remove what the other is reading.
  const fold = () => {
    if (blocked || foldable.size <= FOLD_AFTER_KEYS) return;
    withStorageLock(async () => {
      if (!blocked && foldable.size > FOLD_AFTER_KEYS) await writeWholeCopy();
    });
  };

  // A whole copy of a large document holds the main thread (about 80 ms at 5,000 factors), so a
  // fold waits until the person has paused rather than landing between two keys of theirs. One
  // wait at a time: every save while it waits would otherwise start another.
  let foldWaiting = false;
  const foldWhenQuiet = () => {
    if (foldWaiting) return;
    foldWaiting = true;
    whenQuiet(() => {
      foldWaiting = false;
      fold();
    });
  };

  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, SAVE_DELAY_MS);
  };

  const onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === LOADED) return;
    pending.push(update);
    showStatus();
    schedule();
  };
  ydoc.on('update', onUpdate);
  const stopDrafts = onDraftsChange(showStatus);

  function keepUnreadable(changedKey: string, text: string, reason: StoredProblem): void {
    const kept = setAside(storage, changedKey, text);
    noticeNow(store, { kind: 'unreadable', keptData: { key: kept ?? changedKey, text } }, (N) =>
      `${N.unreadableFound({ reason: reason(N) })} ${kept ? N.unreadableKept : N.unreadableLeft}`,
    );
  }

  function onStorage(event: StorageEvent): void {
    const changedKey = event.key;
    if (changedKey === null || event.newValue === null) return;
    if (changedKey === WORKSPACE_KEY) {
      // The previous version's key: nothing here writes it, but whatever does must not lose data.
      const text = event.newValue;
      void import('../io/persistence').then(({ decodeStored }) => {
        const decoded = decodeStored(text);
        if (decoded.kind === 'unreadable' && storage.read(changedKey).ok) keepUnreadable(changedKey, text, () => decoded.reason);
      });
      return;
    }
    if (!changedKey.startsWith(DOC_KEY_PREFIX)) return;
    const ours = changedKey.startsWith(`${DOC_KEY_PREFIX}${tab}/`);
    const stored = decodeDoc(changedKey, event.newValue);
    // A compressed copy is read asynchronously; Yjs merges updates in whatever order they come.
    if (stored.kind === 'compressed') void inflateDoc(stored).then((read) => mergeStored(read, ours));
    else mergeStored(stored, ours);
  }

  function mergeStored(stored: StoredDoc, ours: boolean): void {
    if (stored.kind === 'doc') {
      // Usually nothing new (the tab channel brought it already); Yjs skips what it has.
      Y.applyUpdate(ydoc, stored.update, FROM_STORAGE);
      // Someone wrote over one of our keys: a whole copy puts everything back.
      if (ours) wholeCopyDue = true;
    } else if (stored.kind === 'unreadable') {
      keepUnreadable(stored.key, stored.text, stored.reason);
      if (ours) wholeCopyDue = true;
    } else if (stored.kind === 'newer-version') {
      block(inLanguage(storeText).storage.newerInOtherTab);
    }
    if (dirty()) schedule();
  }

  const onHide = () => {
    commitDrafts();
    flush(true);
  };
  const onVisibility = () => {
    if (win.document.visibilityState === 'hidden') onHide();
  };
  win.addEventListener('storage', onStorage);
  win.addEventListener('pagehide', onHide);
  win.document.addEventListener('visibilitychange', onVisibility);
  if (blocked) setStatus({ state: 'disabled', reason: blocked });
  else if (wholeCopyDue || foldable.size > FOLD_AFTER_KEYS) {
    // Seeds or migrated work are stored as soon as the page is idle; until then, "Saving…".
    showStatus();
    whenIdle(() => (wholeCopyDue ? flush() : fold()));
  }

  return () => {
    flush(true);
    ydoc.off('update', onUpdate);
    stopDrafts();
    win.removeEventListener('storage', onStorage);
    win.removeEventListener('pagehide', onHide);
    win.document.removeEventListener('visibilitychange', onVisibility);
  };
}

/** Runs `task` when the page has nothing else to do (or within two seconds). */
function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 2000 });
  else setTimeout(task, 200);
}

/** Folding runs under a lock shared by the tabs, when the browser has one, held until the copy is stored. */
function withStorageLock(task: () => Promise<void>): void {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (locks) void locks.request('swot-pest-matrix/storage', task);
  else void task();
}

export function reportNotSaving(store: AppStore, reason: string): void {
  store.getState().setSaveStatus({ state: 'failed', reason });
  noticeNow(store, { kind: 'not-saving' }, (N) => N.notSaving({ reason }));
}

type NoticeWords = typeof import('../i18n/en/notices').noticesText;

/**
 * Shows a storage notice at once, and its words as soon as they have loaded (they stay out of the
 * first load, since problems are rare). Words never land on a notice that has since been replaced.
 */
function noticeNow(store: AppStore, notice: Omit<StorageNotice, 'message'>, words: (N: NoticeWords) => string): void {
  const shown: StorageNotice = { ...notice, message: '' };
  store.getState().setStorageNotice(shown);
  void import('../i18n/en/notices').then(({ noticesText }) => {
    if (store.getState().storageNotice === shown) store.getState().setStorageNotice({ ...shown, message: words(inLanguage(noticesText)) });
  });
}


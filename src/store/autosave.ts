import * as Y from 'yjs';
import { LOADED, type MatrixDoc } from '../doc/matrixDoc';
import { DOC_KEY_PREFIX, decodeDoc, setAside, writeDoc } from '../io/docStorage';
import { WORKSPACE_KEY } from '../io/setAside';
import type { SafeStorage, StorageFailure } from '../io/safeStorage';
import type { AppStore } from './appStore';
import { commitDrafts, hasDrafts, onDraftsChange } from './drafts';

export const SAVE_DELAY_MS = 300;
/** The origin of updates read from another tab's saved copy. */
export const FROM_STORAGE = Symbol('from storage');

export interface AutosaveOptions {
  storage: SafeStorage;
  /** This tab's own key: the only one it ever writes the document under. */
  key: string;
  doc: MatrixDoc;
  /** Set when saving would destroy something, e.g. data from a newer version of the app. */
  disabledReason?: string;
  window?: Window;
}

export const failureMessage = (failure: StorageFailure): string =>
  failure === 'quota'
    ? 'The browser’s storage for this site is full.'
    : failure === 'unavailable'
      ? 'This browser does not allow the site to store data (private mode or a privacy setting).'
      : 'The browser refused to store the data.';

/**
 * Saves the document under this tab's own key shortly after each change (from here or from
 * another tab, so that work survives whichever tab crashes), and at once when the page is
 * hidden or closed, after committing any field still being typed in. It also watches storage
 * for other tabs' copies: it merges readable ones and sets unreadable ones aside.
 */
export function startAutosave(store: AppStore, options: AutosaveOptions): () => void {
  const { storage, key, doc } = options;
  const win = options.window ?? window;
  const ydoc = doc.ydoc;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let dirty = false;
  /** Why this tab must not save, if it must not. */
  let blocked: string | null = options.disabledReason ?? null;

  const setStatus = store.getState().setSaveStatus;
  const showStatus = () => {
    if (blocked) return;
    const status = store.getState().saveStatus;
    if (status.state === 'failed') return;
    if (hasDrafts()) setStatus({ state: 'typing' });
    else if (dirty) setStatus({ state: 'saving' });
    else if (status.state !== 'saved') setStatus({ state: 'saved', at: Date.now() });
  };

  function block(reason: string, message: string): void {
    blocked = reason;
    if (timer) clearTimeout(timer);
    setStatus({ state: 'disabled', reason });
    store.getState().setStorageNotice({ kind: 'newer-version', message });
  }

  function flush(): void {
    if (timer) clearTimeout(timer);
    timer = null;
    if (blocked || !dirty) return;
    // Timed for the benchmark (bench/): the whole flush, and the write within it.
    performance.mark('autosave-flush-start');
    performance.mark('autosave-write-start');
    const written = writeDoc(storage, key, ydoc);
    performance.measure('autosave-write', 'autosave-write-start');
    performance.measure('autosave-flush', 'autosave-flush-start');
    if (!written.ok) return reportNotSaving(store, failureMessage(written.failure));
    dirty = false;
    if (store.getState().saveStatus.state === 'failed') setStatus({ state: 'saving' });
    if (store.getState().storageNotice?.kind === 'not-saving') store.getState().setStorageNotice(null);
    showStatus();
  }

  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, SAVE_DELAY_MS);
  };

  const onUpdate = (_update: Uint8Array, origin: unknown) => {
    if (origin === LOADED) return;
    dirty = true;
    showStatus();
    schedule();
  };
  ydoc.on('update', onUpdate);
  const stopDrafts = onDraftsChange(showStatus);

  function keepUnreadable(changedKey: string, text: string, reason: string): void {
    const kept = setAside(storage, changedKey, text);
    store.getState().setStorageNotice({
      kind: 'unreadable',
      message: `Data in this browser’s storage could not be read (${reason}) ${
        kept ? 'It was set aside and can be downloaded; nothing of yours was changed.' : 'It was left where it is; nothing of yours was changed.'
      }`,
      keptData: { key: kept ?? changedKey, text },
    });
  }

  function onStorage(event: StorageEvent): void {
    const changedKey = event.key;
    if (changedKey === null || event.newValue === null) return;
    if (changedKey === WORKSPACE_KEY) {
      // The previous version's key: nothing here writes it, but whatever does must not lose data.
      const text = event.newValue;
      void import('../io/persistence').then(({ decodeStored }) => {
        const decoded = decodeStored(text);
        if (decoded.kind === 'unreadable' && storage.read(changedKey).ok) keepUnreadable(changedKey, text, decoded.reason);
      });
      return;
    }
    if (!changedKey.startsWith(DOC_KEY_PREFIX)) return;
    const stored = decodeDoc(changedKey, event.newValue);
    if (stored.kind === 'doc') {
      // Usually nothing new (the tab channel brought it already); Yjs skips what it has.
      Y.applyUpdate(ydoc, stored.update, FROM_STORAGE);
      if (changedKey === key) dirty = true; // someone wrote over our copy: put ours back
    } else if (stored.kind === 'unreadable') {
      keepUnreadable(changedKey, stored.text, stored.reason);
      if (changedKey === key) dirty = true;
    } else {
      block(
        'another tab saved this work with a newer version of the app',
        'Another tab saved this work with a newer version of the app. To protect it, this tab no longer saves. Export what you do here, or reload to use the newer version.',
      );
    }
    if (dirty) schedule();
  }

  const onHide = () => {
    commitDrafts();
    flush();
  };
  const onVisibility = () => {
    if (win.document.visibilityState === 'hidden') onHide();
  };
  win.addEventListener('storage', onStorage);
  win.addEventListener('pagehide', onHide);
  win.document.addEventListener('visibilitychange', onVisibility);
  if (blocked) setStatus({ state: 'disabled', reason: blocked });

  return () => {
    flush();
    ydoc.off('update', onUpdate);
    stopDrafts();
    win.removeEventListener('storage', onStorage);
    win.removeEventListener('pagehide', onHide);
    win.document.removeEventListener('visibilitychange', onVisibility);
  };
}

export function reportNotSaving(store: AppStore, reason: string): void {
  store.getState().setSaveStatus({ state: 'failed', reason });
  store.getState().setStorageNotice({
    kind: 'not-saving',
    message: `${reason} Your changes are kept in this tab but are not being saved. Export them to keep a copy.`,
  });
}

/** Writes at once (used right after start-up, so work migrated or seeded is stored in the new form). */
export function saveNow(storage: SafeStorage, key: string, doc: MatrixDoc) {
  return writeDoc(storage, key, doc.ydoc);
}

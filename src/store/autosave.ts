import { mergeWorkspaces } from '../domain/merge';
import type { Workspace } from '../domain/schema';
import { decodeStored, keepAside, readRevision, saveWorkspace, WORKSPACE_KEY } from '../io/persistence';
import type { SafeStorage, StorageFailure } from '../io/safeStorage';
import type { AppStore } from './appStore';

export const SAVE_DELAY_MS = 300;

export interface AutosaveOptions {
  storage: SafeStorage;
  /** The stored revision the initial workspace came from (0 when nothing was stored). */
  revision: number;
  /** Set when saving would destroy something, e.g. data from a newer version of the app. */
  disabledReason?: string;
  window?: Window;
}

const failureMessage = (failure: StorageFailure): string =>
  failure === 'quota'
    ? 'The browser’s storage for this site is full.'
    : failure === 'unavailable'
      ? 'This browser does not allow the site to store data (private mode or a privacy setting).'
      : 'The browser refused to store the data.';

/**
 * Saves the workspace shortly after each change and on leaving the page, and keeps tabs in
 * step. Saving never overwrites newer data from another tab: it merges with it first.
 */
export function startAutosave(store: AppStore, options: AutosaveOptions): () => void {
  const { storage } = options;
  const win = options.window ?? window;
  let revision = options.revision;
  let base: Workspace = store.getState().workspace;
  let timer: ReturnType<typeof setTimeout> | null = null;
  /** Set once storage holds data from a newer app version, which this tab must never overwrite. */
  let blocked = false;

  if (options.disabledReason) {
    store.getState().setSaveStatus({ state: 'disabled', reason: options.disabledReason });
    return () => {};
  }

  const pending = () => store.getState().workspace !== base;

  function flush(): void {
    if (timer) clearTimeout(timer);
    timer = null;
    if (blocked || !pending()) return;
    // Timed for the benchmark (bench/run.mjs): the whole flush, and the write within it.
    performance.mark('autosave-flush-start');
    let ours = store.getState().workspace;
    const storedRevision = readRevision(storage);
    if (storedRevision > revision) {
      const stored = storage.read(WORKSPACE_KEY);
      const theirs = stored.ok && stored.value ? decodeStored(stored.value) : null;
      if (theirs?.kind === 'newer-version') {
        // A newer build of the app wrote it; saving over it would destroy that tab's work.
        blocked = true;
        const reason = 'Another tab saved this work with a newer version of the app.';
        store.getState().setSaveStatus({ state: 'disabled', reason });
        store.getState().setStorageNotice({
          kind: 'newer-version',
          message: `${reason} To protect it, this tab no longer saves. Export what you do here, or reload to use the newer version.`,
        });
        return;
      }
      if (theirs?.kind === 'unreadable' && stored.ok && stored.value && !keepAside(storage, stored.value)) {
        // Whatever wrote it, it is somebody's data: keep it aside before saving over it, or don't save.
        store.getState().setSaveStatus({ state: 'failed', reason: 'unreadable data from another tab could not be set aside' });
        return;
      }
      if (theirs?.kind === 'loaded') {
        ours = mergeWorkspaces(base, ours, theirs.workspace);
        store.getState().adoptExternal(ours);
        store.getState().toast('Another tab changed these scenarios too; both sets of changes were kept.');
      }
    }
    const next = Math.max(revision, storedRevision) + 1;
    performance.mark('autosave-write-start');
    const written = saveWorkspace(storage, ours, next);
    performance.measure('autosave-write', 'autosave-write-start');
    performance.measure('autosave-flush', 'autosave-flush-start');
    if (!written.ok) {
      const message = `${failureMessage(written.failure)} Your changes are kept in this tab but are not being saved. Export them to keep a copy.`;
      store.getState().setSaveStatus({ state: 'failed', reason: failureMessage(written.failure) });
      store.getState().setStorageNotice({ kind: 'not-saving', message });
      return;
    }
    revision = next;
    base = ours;
    store.getState().setSaveStatus({ state: 'saved', at: Date.now() });
    if (store.getState().storageNotice?.kind === 'not-saving') store.getState().setStorageNotice(null);
  }

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.workspace === previous.workspace || !pending()) return;
    if (state.saveStatus.state === 'saved') {
      state.setSaveStatus({ state: 'saving' });
    }
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, SAVE_DELAY_MS);
  });

  function onStorage(event: StorageEvent): void {
    if (event.key !== WORKSPACE_KEY || event.newValue === null) return;
    const decoded = decodeStored(event.newValue);
    if (decoded.kind !== 'loaded' || decoded.revision <= revision) return;
    if (pending()) return flush();
    // Which scenario is on screen belongs to each tab; the other tab's choice does not apply here.
    const mine = store.getState().workspace.activeScenarioId;
    const theirs = decoded.workspace;
    const adopted = theirs.scenarios.some((s) => s.id === mine) ? { ...theirs, activeScenarioId: mine } : theirs;
    revision = decoded.revision;
    base = adopted;
    store.getState().adoptExternal(adopted);
  }

  const onHide = () => flush();
  const onVisibility = () => {
    if (win.document.visibilityState === 'hidden') flush();
  };
  win.addEventListener('storage', onStorage);
  win.addEventListener('pagehide', onHide);
  win.document.addEventListener('visibilitychange', onVisibility);

  return () => {
    flush();
    unsubscribe();
    win.removeEventListener('storage', onStorage);
    win.removeEventListener('pagehide', onHide);
    win.document.removeEventListener('visibilitychange', onVisibility);
  };
}

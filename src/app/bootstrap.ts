import * as Y from 'yjs';
import { LOADED, MatrixDoc } from '../doc/matrixDoc';
import { createId } from '../domain/ids';
import type { Workspace } from '../domain/schema';
import { provenWhole, readStoredDocs, setAside, type StoredProblem } from '../io/docStorage';
import { WORKSPACE_KEY } from '../io/setAside';
import { type SafeStorage, safeStorage } from '../io/safeStorage';
import { type AppStore, createAppStore } from '../store/appStore';
import { startAutosave } from '../store/autosave';
import type { StorageNotice } from '../store/types';
import { startTabSync } from '../sync/tabSync';
import { text } from '../i18n/core';
import { TAB_SESSION_KEY } from './firstScreen/keys';
import { storeText } from '../i18n/en/store';

export interface Started {
  store: AppStore;
  doc: MatrixDoc;
  stop(): void;
}

/** This tab's own choices (which scenario it shows) survive a reload of the tab, and stay in it. */
const tabSession = (): SafeStorage => safeStorage(() => (typeof window === 'undefined' ? null : window.sessionStorage));

function readSession(session: SafeStorage): { activeScenarioId?: string } {
  const read = session.read(TAB_SESSION_KEY);
  try {
    return read.ok && read.value ? (JSON.parse(read.value) as { activeScenarioId?: string }) : {};
  } catch {
    return {};
  }
}

/** The seed analysis, loaded only on a first visit: a returning user has their own work. */
async function seedWorkspace(): Promise<Workspace> {
  const [{ loadSeeds, BASELINE_SEED_ID }, { workspaceFromDocument }] = await Promise.all([
    import('../io/seeds'),
    import('../domain/exportDocument'),
  ]);
  return workspaceFromDocument(await loadSeeds(), BASELINE_SEED_ID);
}

interface Opened {
  doc: MatrixDoc;
  /** Other copies merged in, by key, as they read when merged: candidates for compaction. */
  merged: Map<string, string>;
  activeScenarioId?: string;
  notice: StorageNotice | null;
  disabledReason?: string;
  unavailable?: boolean;
  /** Content came from the seeds or the previous version's storage, so no stored key holds it yet. */
  unsaved?: boolean;
}

/** Merges every tab's saved copy; falls back to work stored by the previous version, then to the seeds. */
async function open(storage: SafeStorage): Promise<Opened> {
  const merged = new Map<string, string>();
  let notice: StorageNotice | null = null;
  let disabledReason: string | undefined;
  const S = text(storeText).storage;
  // The words of a storage problem load only when there is one.
  const N = async () => text((await import('../i18n/en/notices')).noticesText);

  const probe = storage.read(WORKSPACE_KEY);
  if (!probe.ok) {
    const doc = new MatrixDoc();
    doc.load(await seedWorkspace());
    return {
      doc,
      merged,
      unavailable: true,
      notice: { kind: 'not-saving', message: (await N()).storageOff },
    };
  }

  const keepUnreadable = async (key: string, stored: string, reason: StoredProblem) => {
    const kept = setAside(storage, key, stored);
    notice = {
      kind: 'unreadable',
      message: `${(await N()).partUnreadable({ reason: reason(await N()) })} ${kept ? (await N()).startKept : (await N()).startUntouched} ${(await N()).restLoaded}`,
      keptData: { key: kept ?? key, text: stored },
    };
  };
  // The first copy goes straight into the empty document, which is dropped if it does not apply
  // whole: proving it on a scratch document first decoded it twice, about 10 ms more at start-up
  // with 100 factors and 200 ms more with 5,000. Every further copy is proven on a scratch
  // document before it meets the work already merged. The copies go into a bare Y.Doc, which is
  // read once when the MatrixDoc is made of it, rather than by its reader and undo manager after
  // each copy's transaction.
  let ydoc = new Y.Doc();
  for (const stored of await readStoredDocs(storage, false)) {
    if (stored.kind === 'doc') {
      const empty = merged.size === 0;
      try {
        if (!empty) provenWhole(stored.update);
        Y.applyUpdate(ydoc, stored.update, LOADED);
        merged.set(stored.key, stored.text);
      } catch {
        if (empty) ydoc = new Y.Doc();
        await keepUnreadable(stored.key, stored.text, (words) => words.damaged);
      }
    } else if (stored.kind === 'unreadable') {
      await keepUnreadable(stored.key, stored.text, stored.reason);
    } else if (stored.kind === 'newer-version') {
      disabledReason = S.newerReason;
      notice = {
        kind: 'newer-version',
        message: (await N()).newerNoSave({ reason: stored.reason(await N()) }),
      };
    }
  }
  const doc = new MatrixDoc(ydoc);
  if (doc.content().scenarios.length > 0) return { doc, merged, notice, ...(disabledReason ? { disabledReason } : {}) };
  const unsaved = true;

  // No copy in the current form: work saved by the previous version, moved into the document.
  const { loadWorkspace } = await import('../io/persistence');
  const legacy = loadWorkspace(storage);
  let activeScenarioId: string | undefined;
  switch (legacy.kind) {
    case 'loaded':
      doc.load(legacy.workspace);
      activeScenarioId = legacy.workspace.activeScenarioId;
      break;
    case 'unreadable':
      doc.load(await seedWorkspace());
      notice = {
        kind: 'unreadable',
        message: `${(await N()).legacyUnreadable({ reason: legacy.reason })} ${legacy.keptKey ? (await N()).legacyKept : (await N()).legacyUntouched}`,
        keptData: { key: legacy.keptKey ?? WORKSPACE_KEY, text: legacy.text },
      };
      break;
    case 'newer-version':
      doc.load(await seedWorkspace());
      disabledReason = S.newerReason;
      notice = {
        kind: 'newer-version',
        message: (await N()).newerNoSaveOver({ reason: legacy.reason }),
      };
      break;
    default:
      doc.load(await seedWorkspace());
  }
  return { doc, merged, notice, unsaved, ...(activeScenarioId ? { activeScenarioId } : {}), ...(disabledReason ? { disabledReason } : {}) };
}

/**
 * Opens the user's work, or the seed analysis on a first visit. Whatever goes wrong with
 * storage, the app starts, says what happened, and destroys nothing that was stored.
 */
export async function bootstrap(storage: SafeStorage, session: SafeStorage = tabSession()): Promise<Started> {
  const opened = await open(storage);
  const { doc } = opened;
  const store = createAppStore(doc, readSession(session).activeScenarioId ?? opened.activeScenarioId);
  if (opened.notice) store.getState().setStorageNotice(opened.notice);

  const stopSaving = startAutosave(store, {
    storage,
    tab: createId('tab'),
    doc,
    merged: opened.merged,
    unsaved: opened.unsaved ?? false,
    ...(opened.disabledReason ? { disabledReason: opened.disabledReason } : {}),
  });
  if (opened.unavailable) store.getState().setSaveStatus({ state: 'failed', reason: text(storeText).storage.storageOffReason });

  const stopTabs = startTabSync(doc.ydoc);
  const stopSession = store.subscribe((state, previous) => {
    if (state.workspace.activeScenarioId !== previous.workspace.activeScenarioId) {
      session.write(TAB_SESSION_KEY, JSON.stringify({ activeScenarioId: state.workspace.activeScenarioId }));
    }
  });
  return {
    store,
    doc,
    stop() {
      stopSession();
      stopTabs();
      stopSaving();
      doc.destroy();
    },
  };
}

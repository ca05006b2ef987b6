import { workspaceFromDocument } from '../domain/document';
import { loadWorkspace } from '../io/persistence';
import type { SafeStorage } from '../io/safeStorage';
import { BASELINE_SEED_ID, loadSeeds } from '../io/seeds';
import { type AppStore, createAppStore } from '../store/appStore';
import { startAutosave } from '../store/autosave';
import type { StorageNotice } from '../store/types';

export interface Started {
  store: AppStore;
  stop(): void;
}

async function seedWorkspace() {
  return workspaceFromDocument(await loadSeeds(), BASELINE_SEED_ID);
}

/**
 * Opens the user's stored work, or the seed analysis on a first visit. Whatever goes wrong
 * with storage, the app starts, says what happened, and destroys nothing that was stored.
 */
export async function bootstrap(storage: SafeStorage): Promise<Started> {
  const loaded = loadWorkspace(storage);
  let notice: StorageNotice | null = null;
  let disabledReason: string | undefined;
  let revision = 0;
  let store: AppStore;

  switch (loaded.kind) {
    case 'loaded':
      store = createAppStore(loaded.workspace);
      revision = loaded.revision;
      break;
    case 'empty':
      store = createAppStore(await seedWorkspace());
      break;
    case 'unreadable':
      store = createAppStore(await seedWorkspace());
      notice = {
        kind: 'unreadable',
        message: `Your saved work could not be read: ${loaded.reason} The app started from the seed analysis. ${
          loaded.keptKey ? 'The unreadable data is kept aside in this browser and can be downloaded.' : 'The data was left untouched and nothing will be saved over it.'
        }`,
        keptData: { key: loaded.keptKey ?? '', text: loaded.text },
      };
      if (!loaded.keptKey) disabledReason = 'unreadable data could not be set aside';
      break;
    case 'newer-version':
      store = createAppStore(await seedWorkspace());
      disabledReason = 'saved by a newer version of the app';
      notice = {
        kind: 'newer-version',
        message: `${loaded.reason} To protect it, this version will not save over it. Open the app in its newer version, or export what you do here.`,
      };
      break;
    case 'unavailable':
      store = createAppStore(await seedWorkspace());
      notice = {
        kind: 'not-saving',
        message: 'This browser does not let the app store data, so work is not being saved. Export it to keep a copy.',
      };
      break;
  }

  if (notice) store.getState().setStorageNotice(notice);
  const stop = startAutosave(store, { storage, revision, ...(disabledReason ? { disabledReason } : {}) });
  if (loaded.kind === 'unavailable') store.getState().setSaveStatus({ state: 'failed', reason: 'storage is not available' });
  return { store, stop };
}

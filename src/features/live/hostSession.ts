import type { HocuspocusProvider } from '@hocuspocus/provider';
import { create } from 'zustand';
import * as Y from 'yjs';
import { findScenario, activeScenario } from '../../domain/workspace';
import type { AppStore } from '../../store/appStore';
import { startLiveBridge } from '../../sync/liveBridge';
import { connectRoom, type ConnectionStatus, findLiveServer, isRoomKey, joinSecretOf, newRoomSecret, publicBase, roomNameOf } from '../../sync/liveConnection';
import { readRoom, roomRoots, seedRoom, updateSession } from '../../sync/liveRoom';
import { HOST_SESSION_KEY, useLiveStatus } from './liveStatus';
import { DEFAULT_SESSION } from './rules';

/** A running session on the facilitator's laptop. It outlives the panel (and Present mode). */
export interface HostSession {
  /** Only this tab has it: it is what lets the server take this tab's changes to the session. */
  hostKey: string;
  /** The participants' join secret, derived from the host key. */
  secret: string;
  roomName: string;
  scenarioId: string;
  /** Where phones should open links. */
  base: string;
  /** Picked up again after this tab reloaded, rather than started. */
  resumed: boolean;
  doc: Y.Doc;
  provider: HocuspocusProvider;
  end(): Promise<void>;
}

interface HostState {
  session: HostSession | null;
  status: ConnectionStatus;
  failure: string | null;
}

export const useHostSession = create<HostState>(() => ({ session: null, status: 'connecting', failure: null }));

export type StartResult = { ok: true; session: HostSession } | { ok: false; reason: 'no-server' };

/** What a reload needs to resume the session: keys and addresses, never the room's content. */
interface SavedSession {
  hostKey: string;
  scenarioId: string;
  base: string;
}

// sessionStorage, not localStorage: the host key stays with this one tab, and a second tab
// opened on the same scenario does not take the session over.
function readSaved(): SavedSession | null {
  try {
    const saved = JSON.parse(sessionStorage.getItem(HOST_SESSION_KEY) ?? 'null') as Partial<SavedSession> | null;
    if (saved && isRoomKey(saved.hostKey ?? null) && typeof saved.scenarioId === 'string' && typeof saved.base === 'string') return saved as SavedSession;
  } catch {
    // Unreadable or blocked storage: start afresh.
  }
  return null;
}

function writeSaved(saved: SavedSession | null): void {
  try {
    if (saved) sessionStorage.setItem(HOST_SESSION_KEY, JSON.stringify(saved));
    else sessionStorage.removeItem(HOST_SESSION_KEY);
  } catch {
    // Without storage the session still runs; only a reload would lose it.
  }
}

/**
 * Creates a room for the scenario on screen and connects to it, or, after a reload of this tab,
 * connects to the room it was running. A new room starts as a copy of the scenario; from then
 * on the bridge keeps the two in step. Without the live server (a static host, `npm start`) a
 * new session changes nothing and says so.
 */
export async function startHostSession(store: AppStore): Promise<StartResult> {
  const running = useHostSession.getState().session;
  if (running) return { ok: true, session: running };
  const saved = readSaved();
  const workspace = store.getState().workspace;
  if (saved && findScenario(workspace, saved.scenarioId)) {
    // No server check: after a reload the server may be restarting, and the provider retries.
    return { ok: true, session: openSession(store, saved, true) };
  }
  writeSaved(null);
  const server = await findLiveServer();
  if (!server) {
    useLiveStatus.setState({ running: false });
    return { ok: false, reason: 'no-server' };
  }
  const fresh = { hostKey: newRoomSecret(), scenarioId: activeScenario(workspace).id, base: publicBase(location, server) };
  return { ok: true, session: openSession(store, fresh, false) };
}

function openSession(store: AppStore, saved: SavedSession, resumed: boolean): HostSession {
  const { hostKey, scenarioId } = saved;
  const secret = joinSecretOf(hostKey);
  const doc = new Y.Doc();
  let seeded = false;
  let bridge: ReturnType<typeof startLiveBridge> | null = null;
  const provider = connectRoom({
    doc,
    role: 'host',
    key: hostKey,
    onStatus: (status) => {
      useHostSession.setState({ status });
      useLiveStatus.setState({ connected: status === 'connected' });
    },
    onFailure: (failure) => useHostSession.setState({ failure }),
    // A new room is empty on the server: put the scenario in once it has answered. A resumed
    // one already holds it (or, if its file was lost, gets it again).
    onSynced: () => {
      if (seeded) return;
      seeded = true;
      if (readRoom(doc).scenarioId === null) {
        const current = findScenario(store.getState().workspace, scenarioId);
        if (current) seedRoom(doc, current);
        // Settings the facilitator already chose in the panel, before the server answered, stay.
        const chosen = roomRoots(doc).session;
        updateSession(doc, Object.fromEntries(Object.entries(DEFAULT_SESSION).filter(([field]) => !chosen.has(field))));
      }
      bridge = startLiveBridge(store, doc, scenarioId, { catchUp: resumed });
    },
  });
  provider.awareness?.setLocalStateField('role', 'host');

  const session: HostSession = {
    hostKey,
    secret,
    roomName: roomNameOf(secret),
    scenarioId,
    base: saved.base,
    resumed,
    doc,
    provider,
    async end() {
      updateSession(doc, { ended: true, phase: 'closed' });
      bridge?.flush();
      bridge?.stop();
      writeSaved(null);
      await waitUntilSent(provider);
      provider.destroy();
      doc.destroy();
      useHostSession.setState({ session: null, status: 'connecting', failure: null });
      useLiveStatus.setState({ running: false, connected: false });
    },
  };
  writeSaved(saved);
  useHostSession.setState({ session, status: 'connecting', failure: null });
  useLiveStatus.setState({ running: true });
  return session;
}

/** Resolves when the server has every local change, or at once when offline (the room file then keeps what it had). */
function waitUntilSent(provider: HocuspocusProvider): Promise<void> {
  if (!provider.hasUnsyncedChanges || useHostSession.getState().status !== 'connected') return Promise.resolve();
  return new Promise((resolve) => {
    const finish = () => {
      provider.off('unsyncedChanges', whenSent);
      provider.off('disconnect', finish);
      resolve();
    };
    const whenSent = () => {
      if (!provider.hasUnsyncedChanges) finish();
    };
    provider.on('unsyncedChanges', whenSent);
    provider.on('disconnect', finish);
  });
}

import type { HocuspocusProvider } from '@hocuspocus/provider';
import { create } from 'zustand';
import * as Y from 'yjs';
import { findScenario, activeScenario } from '../../domain/workspace';
import type { AppStore } from '../../store/appStore';
import { startLiveBridge } from '../../sync/liveBridge';
import { connectRoom, type ConnectionStatus, findLiveServer, joinSecretOf, newRoomSecret, publicBase, roomNameOf } from '../../sync/liveConnection';
import { readRoom, roomRoots, seedRoom, updateSession } from '../../sync/liveRoom';
import { useLiveStatus } from './liveStatus';
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

/**
 * Creates a room for the scenario on screen and connects to it. The room starts as a copy of the
 * scenario; from then on the bridge keeps the two in step. Without the live server (a static
 * host, `npm start`) it changes nothing and says so.
 */
export async function startHostSession(store: AppStore): Promise<StartResult> {
  const running = useHostSession.getState().session;
  if (running) return { ok: true, session: running };
  const server = await findLiveServer();
  if (!server) return { ok: false, reason: 'no-server' };

  const scenario = activeScenario(store.getState().workspace);
  const hostKey = newRoomSecret();
  const secret = joinSecretOf(hostKey);
  const doc = new Y.Doc();
  let seeded = false;
  let bridge: ReturnType<typeof startLiveBridge> | null = null;
  const provider = connectRoom({
    doc,
    role: 'host',
    key: hostKey,
    onStatus: (status) => useHostSession.setState({ status }),
    onFailure: (failure) => useHostSession.setState({ failure }),
    // The room is new, so the server's copy is empty: put the scenario in once it has answered.
    onSynced: () => {
      if (seeded) return;
      seeded = true;
      if (readRoom(doc).scenarioId === null) {
        const current = findScenario(store.getState().workspace, scenario.id) ?? scenario;
        seedRoom(doc, current);
        // Settings the facilitator already chose in the panel, before the server answered, stay.
        const chosen = roomRoots(doc).session;
        updateSession(doc, Object.fromEntries(Object.entries(DEFAULT_SESSION).filter(([field]) => !chosen.has(field))));
      }
      bridge = startLiveBridge(store, doc, scenario.id);
    },
  });
  provider.awareness?.setLocalStateField('role', 'host');

  const session: HostSession = {
    hostKey,
    secret,
    roomName: roomNameOf(secret),
    scenarioId: scenario.id,
    base: publicBase(location, server),
    doc,
    provider,
    async end() {
      updateSession(doc, { ended: true, phase: 'closed' });
      bridge?.flush();
      bridge?.stop();
      await waitUntilSent(provider);
      provider.destroy();
      doc.destroy();
      useHostSession.setState({ session: null, status: 'connecting', failure: null });
      useLiveStatus.setState({ running: false });
    },
  };
  useHostSession.setState({ session, status: 'connecting', failure: null });
  useLiveStatus.setState({ running: true });
  return { ok: true, session };
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

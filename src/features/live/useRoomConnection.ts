import type { HocuspocusProvider } from '@hocuspocus/provider';
import { useEffect, useState } from 'react';
import * as Y from 'yjs';
import { connectRoom, type ConnectionStatus, roomNameOf, type RoomRole } from '../../sync/liveConnection';
import { keepRoomCopy } from './roomCopy';

export interface RoomConnection {
  doc: Y.Doc;
  provider: HocuspocusProvider | null;
  status: ConnectionStatus;
  failure: string | null;
  synced: boolean;
}

/** Joins (or views) a room for as long as the component is mounted. The provider reconnects by itself. */
export function useRoomConnection(role: Exclude<RoomRole, 'host'>, key: string, attempt: number): RoomConnection {
  const [doc] = useState(() => new Y.Doc());
  const [provider, setProvider] = useState<HocuspocusProvider | null>(null);
  const [status, setStatus] = useState<ConnectionStatus>('connecting');
  const [failure, setFailure] = useState<string | null>(null);
  const [synced, setSynced] = useState(false);

  useEffect(() => {
    const stopCopy = role === 'join' ? keepRoomCopy(doc, roomNameOf(key)) : () => {};
    setFailure(null);
    const connection = connectRoom({
      doc,
      role,
      key,
      onStatus: setStatus,
      onSynced: () => setSynced(true),
      onFailure: setFailure,
    });
    setProvider(connection);
    return () => {
      stopCopy();
      connection.destroy();
    };
  }, [doc, role, key, attempt]);

  return { doc, provider, status, failure, synced };
}

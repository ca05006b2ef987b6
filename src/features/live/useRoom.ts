import type { HocuspocusProvider } from '@hocuspocus/provider';
import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { readRoom, type RoomState } from '../../sync/liveRoom';

/** The room as plain values, re-read after every change to its document. */
export function useRoomState(doc: Y.Doc): RoomState {
  const [state, setState] = useState(() => readRoom(doc));
  useEffect(() => {
    const reread = () => setState(readRoom(doc));
    reread();
    doc.on('afterTransaction', reread);
    return () => doc.off('afterTransaction', reread);
  }, [doc]);
  return state;
}

/** Participants whose phones are connected now, by Yjs awareness (a closed phone drops out within 30 s). */
export function useConnectedCount(provider: HocuspocusProvider | null): number {
  const [count, setCount] = useState(0);
  useEffect(() => {
    const awareness = provider?.awareness;
    if (!awareness) return;
    const recount = () => {
      let participants = 0;
      for (const state of awareness.getStates().values()) if (state.role === 'participant') participants++;
      setCount(participants);
    };
    recount();
    awareness.on('change', recount);
    return () => awareness.off('change', recount);
  }, [provider]);
  return count;
}

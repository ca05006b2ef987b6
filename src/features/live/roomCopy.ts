import * as Y from 'yjs';
import { fromBase64, toBase64 } from '../../io/base64';

/**
 * A phone's own copy of the room, in localStorage: what it typed while offline survives a
 * reload or a closed tab, and reaches the room when the connection returns. Storage that is
 * full or missing only means the copy is not kept; the session works the same.
 */
const PREFIX = 'swot-pest-matrix/live/';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function read(key: string): string | null {
  try {
    return storage()?.getItem(PREFIX + key) ?? null;
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    storage()?.setItem(PREFIX + key, value);
  } catch {
    // Not kept; see above.
  }
}

/** Loads the stored copy into `doc` and keeps it up to date; returns a stop function. */
export function keepRoomCopy(doc: Y.Doc, roomName: string): () => void {
  const stored = read(`doc/${roomName}`);
  if (stored) {
    try {
      Y.applyUpdate(doc, fromBase64(stored));
    } catch {
      // A damaged copy is ignored: the server has the room.
    }
  }
  let queued = false;
  const save = () => {
    queued = false;
    write(`doc/${roomName}`, toBase64(Y.encodeStateAsUpdate(doc)));
  };
  const onUpdate = () => {
    if (queued) return;
    queued = true;
    queueMicrotask(save);
  };
  doc.on('update', onUpdate);
  return () => doc.off('update', onUpdate);
}

export interface Identity {
  id: string;
  name: string;
}

/** Who this phone is in a room: a random id made once, and the name typed. */
export function readIdentity(roomName: string): Identity | null {
  try {
    const parsed = JSON.parse(read(`who/${roomName}`) ?? 'null') as Partial<Identity> | null;
    return parsed && typeof parsed.id === 'string' && typeof parsed.name === 'string' ? { id: parsed.id, name: parsed.name } : null;
  } catch {
    return null;
  }
}

export const saveIdentity = (roomName: string, identity: Identity): void => write(`who/${roomName}`, JSON.stringify(identity));

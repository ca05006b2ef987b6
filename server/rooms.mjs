import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { LeveldbPersistence } from 'y-leveldb';
import * as Y from 'yjs';

/**
 * Rooms on disk, in a LevelDB database through y-leveldb, Yjs's own LevelDB adapter: a room is a
 * list of updates, which y-leveldb merges into one as the list grows. Each write holds only what
 * changed since the room's last write. LevelDB writes through its log, so a crash keeps every
 * write that completed.
 */
export const ROOM_NAME = /^[A-Za-z0-9_-]{22}$/;

const checked = (name) => {
  if (!ROOM_NAME.test(name)) throw new Error(`not a room name: ${name}`);
  return name;
};

export async function openRoomStore(directory) {
  mkdirSync(directory, { recursive: true });
  const persistence = new LeveldbPersistence(directory);
  // Known without reading a room; never sent to anyone (the server lists no rooms).
  const known = new Set(await persistence.getAllDocNames());
  // The state vector of what is on disk, per room: a write sends only what is newer.
  const written = new Map();
  let open = true;

  const store = {
    directory,
    isName: (name) => typeof name === 'string' && ROOM_NAME.test(name),
    has: (name) => ROOM_NAME.test(name) && known.has(name),
    create: (name) => known.add(name),
    async load(name, doc) {
      if (!known.has(checked(name))) return;
      const stored = await persistence.getYDoc(name);
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(stored));
      written.set(name, Y.encodeStateVector(stored));
      stored.destroy();
    },
    /** The update is taken at once, as the document is now; the write completes later. */
    async save(name, doc) {
      if (!open) return;
      const update = Y.encodeStateAsUpdate(doc, written.get(checked(name)));
      const vector = Y.encodeStateVector(doc);
      await persistence.storeUpdate(name, update);
      written.set(name, vector);
      known.add(name);
    },
    /** Waits for nothing new: call after the last saves have been awaited. */
    async close() {
      open = false;
      await persistence.destroy();
    },
  };
  await migrateRoomFiles(directory, store);
  return store;
}

/**
 * Rooms kept by the previous version, one `<room>.yjs` file each (Y.encodeStateAsUpdate), move
 * into the database; each file is renamed `.yjs.moved` once its room is stored, never deleted.
 */
async function migrateRoomFiles(directory, store) {
  for (const file of readdirSync(directory).filter((entry) => entry.endsWith('.yjs'))) {
    const name = file.slice(0, -'.yjs'.length);
    if (!store.isName(name)) continue;
    const path = join(directory, file);
    const doc = new Y.Doc();
    await store.load(name, doc);
    Y.applyUpdate(doc, new Uint8Array(readFileSync(path)));
    await store.save(name, doc);
    doc.destroy();
    if (existsSync(path)) renameSync(path, `${path}.moved`);
  }
}

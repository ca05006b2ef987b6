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

const notARoom = (name) => new Error(`not a room name: ${name}`);

export async function openRoomStore(directory) {
  mkdirSync(directory, { recursive: true });
  const persistence = new LeveldbPersistence(directory);
  // Known without reading a room; never sent to anyone (the server lists no rooms).
  const known = new Set(await persistence.getAllDocNames());
  // The state vector of what is on disk, per room: a write sends only what is newer.
  const written = new Map();
  // Per room: the write under way, and the one waiting behind it.
  const running = new Map();
  const queued = new Map();
  let open = true;

  const store = {
    directory,
    isName: (name) => typeof name === 'string' && ROOM_NAME.test(name),
    has: (name) => ROOM_NAME.test(name) && known.has(name),
    create: (name) => known.add(name),
    async load(name, doc) {
      if (!ROOM_NAME.test(name)) throw notARoom(name);
      if (!known.has(name)) return;
      const stored = await persistence.getYDoc(name);
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(stored));
      written.set(name, Y.encodeStateVector(stored));
      stored.destroy();
    },
    /**
     * Writes what the room holds beyond its last write. At most one write per room runs, and one
     * waits behind it, taking the document as it is when it starts; a save asked for while one
     * waits joins it.
     */
    save(name, doc) {
      if (!open) return Promise.resolve();
      if (!ROOM_NAME.test(name)) return Promise.reject(notARoom(name));
      const waiting = queued.get(name);
      if (waiting) return waiting;
      const write = (running.get(name) ?? Promise.resolve()).then(async () => {
        queued.delete(name);
        if (!open) return;
        const update = Y.encodeStateAsUpdate(doc, written.get(name));
        const vector = Y.encodeStateVector(doc);
        await persistence.storeUpdate(name, update);
        written.set(name, vector);
        known.add(name);
      });
      queued.set(name, write);
      const settle = () => {
        if (running.get(name) === done) running.delete(name);
      };
      const done = write.then(settle, settle);
      running.set(name, done);
      return write;
    },
    /** Resolves once the room's writes under way, and the one waiting, are done. */
    settled: (name) => running.get(name) ?? Promise.resolve(),
    /** Lets the writes under way finish, then closes the database; later saves do nothing. */
    async close() {
      await Promise.allSettled([...running.values()]);
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

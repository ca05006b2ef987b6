import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';

/**
 * Rooms on disk: one file per room, `<room>.yjs`, holding Y.encodeStateAsUpdate of the room's
 * document. A write goes to a temporary file first and is renamed over the old one, so a crash
 * mid-write leaves the previous copy whole.
 */
export const ROOM_NAME = /^[A-Za-z0-9_-]{22}$/;

export function openRoomStore(directory) {
  mkdirSync(directory, { recursive: true });
  const fileOf = (name) => {
    if (!ROOM_NAME.test(name)) throw new Error(`not a room name: ${name}`);
    return join(directory, `${name}.yjs`);
  };
  // Known without reading a file; never sent to anyone (the server lists no rooms).
  const known = new Set(readdirSync(directory).filter((file) => file.endsWith('.yjs')).map((file) => file.slice(0, -4)));

  return {
    directory,
    isName: (name) => typeof name === 'string' && ROOM_NAME.test(name),
    has: (name) => ROOM_NAME.test(name) && known.has(name),
    create: (name) => known.add(name),
    load(name, doc) {
      const file = fileOf(name);
      if (existsSync(file)) Y.applyUpdate(doc, new Uint8Array(readFileSync(file)));
    },
    save(name, doc) {
      const file = fileOf(name);
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, Y.encodeStateAsUpdate(doc));
      renameSync(temporary, file);
      known.add(name);
    },
  };
}

import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openRoomStore } from '../../server/rooms.mjs';

const ROOM = 'AbCdEfGhIjKlMnOpQrStUv';
const folders: string[] = [];
const folder = () => {
  const path = mkdtempSync(join(tmpdir(), 'rooms-'));
  folders.push(path);
  return path;
};
afterEach(() => {
  for (const path of folders.splice(0)) rmSync(path, { recursive: true, force: true });
});

const docWith = (...titles: string[]) => {
  const doc = new Y.Doc();
  const list = doc.getArray<string>('titles');
  list.push(titles);
  return doc;
};
const titlesOf = (doc: Y.Doc) => doc.getArray<string>('titles').toArray();

describe('the live server’s room store (LevelDB)', () => {
  it('keeps a room across a restart, with every write since its first', async () => {
    const path = folder();
    let rooms = await openRoomStore(path);
    expect(rooms.has(ROOM)).toBe(false);
    const doc = docWith('first');
    await rooms.save(ROOM, doc);
    doc.getArray<string>('titles').push(['second']);
    await rooms.save(ROOM, doc);
    await rooms.close();

    rooms = await openRoomStore(path);
    expect(rooms.has(ROOM)).toBe(true);
    const loaded = new Y.Doc();
    await rooms.load(ROOM, loaded);
    expect(titlesOf(loaded)).toEqual(['first', 'second']);
    await rooms.close();
  });

  it('writes every change when saves come faster than the disk, one write behind another', async () => {
    const path = folder();
    let rooms = await openRoomStore(path);
    const doc = docWith();
    const saves: Promise<void>[] = [];
    for (let n = 0; n < 50; n++) {
      doc.getArray<string>('titles').push([`change ${n}`]);
      saves.push(rooms.save(ROOM, doc));
    }
    await Promise.all(saves);
    await rooms.close();
    rooms = await openRoomStore(path);
    const loaded = new Y.Doc();
    await rooms.load(ROOM, loaded);
    expect(titlesOf(loaded)).toEqual(Array.from({ length: 50 }, (_, n) => `change ${n}`));
    await rooms.close();
  });

  it('refuses a name that is not a room’s, and loads nothing for a room never written', async () => {
    const rooms = await openRoomStore(folder());
    await expect(rooms.save('../../etc/passwd', new Y.Doc())).rejects.toThrow('not a room name');
    expect(rooms.isName('short')).toBe(false);
    rooms.create(ROOM);
    const empty = new Y.Doc();
    await rooms.load(ROOM, empty);
    expect(titlesOf(empty)).toEqual([]);
    await rooms.close();
  });

  it('moves rooms kept as files by the previous version into the database, keeping the files', async () => {
    const path = folder();
    writeFileSync(join(path, `${ROOM}.yjs`), Y.encodeStateAsUpdate(docWith('from a file')));
    const rooms = await openRoomStore(path);
    expect(rooms.has(ROOM)).toBe(true);
    const loaded = new Y.Doc();
    await rooms.load(ROOM, loaded);
    expect(titlesOf(loaded)).toEqual(['from a file']);
    expect(existsSync(join(path, `${ROOM}.yjs`))).toBe(false);
    expect(existsSync(join(path, `${ROOM}.yjs.moved`))).toBe(true);
    await rooms.close();
  });
});

import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { decodeText, MAX_TEXT_FILE_BYTES } from '../../src/io/readTextFile';
import { textStore } from '../../src/io/sourceTexts';

describe('reading an attached text file', () => {
  it('reads UTF-8, with or without a byte-order mark', () => {
    const plain = new TextEncoder().encode('Қазақстан — AI');
    expect(decodeText(plain)).toEqual({ ok: true, text: 'Қазақстан — AI', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...plain]))).toMatchObject({ ok: true, text: 'Қазақстан — AI' });
  });

  it('reads a Russian file saved as Windows-1251 and says so', () => {
    // "Искусственный интеллект" in Windows-1251.
    const bytes = new Uint8Array([0xc8, 0xf1, 0xea, 0xf3, 0xf1, 0xf1, 0xf2, 0xe2, 0xe5, 0xed, 0xed, 0xfb, 0xe9, 0x20, 0xe8, 0xed, 0xf2, 0xe5, 0xeb, 0xeb, 0xe5, 0xea, 0xf2]);
    expect(decodeText(bytes)).toEqual({ ok: true, text: 'Искусственный интеллект', encoding: 'windows-1251' });
  });

  it('refuses a binary file renamed to .txt', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(decodeText(png)).toEqual({ ok: false, problem: 'binary', bytes: png.length });
  });

  it('refuses a file over 50 MB before decoding it', () => {
    const huge = { length: MAX_TEXT_FILE_BYTES + 1 } as Uint8Array;
    expect(decodeText(huge)).toMatchObject({ ok: false, problem: 'too-large' });
  });
});

describe('the store of attached texts', () => {
  it('keeps, lists, replaces and removes texts by source', async () => {
    const store = textStore();
    expect(await store.get('none')).toEqual({ ok: true, value: null });
    const put = await store.put('src-a', 'Full text of A', 'a.txt');
    expect(put).toMatchObject({ ok: true, value: { sourceId: 'src-a', text: 'Full text of A', origin: 'a.txt', bytes: 14 } });
    await store.put('src-b', 'B', 'pasted');
    await store.put('src-a', 'Newer text of A', 'a2.txt');
    const listed = await store.list();
    expect(listed.ok && listed.value.map((t) => [t.sourceId, t.text])).toEqual([
      ['src-a', 'Newer text of A'],
      ['src-b', 'B'],
    ]);
    await store.remove('src-a');
    expect(await store.get('src-a')).toEqual({ ok: true, value: null });
  });

  it('counts a text\'s size in bytes of UTF-8, as a file of it takes, not in UTF-16', async () => {
    const store = textStore();
    // 9 Cyrillic letters of 2 bytes, 2 spaces, a dash of 3 bytes and 2 Latin letters: 25 bytes, 14 UTF-16 units.
    const put = await store.put('src-kk', 'Қазақстан — AI', 'kk.txt');
    expect(put.ok && put.value.bytes).toBe(25);
    const read = await store.get('src-kk');
    expect(read.ok && read.value?.bytes).toBe(25);
  });

  it('corrects the size of a text stored when sizes were counted as UTF-16', async () => {
    const text = 'x'.repeat(40 * 1024);
    const database = await openDB('swot-pest-matrix-texts', 1, {
      upgrade: (db) => void db.createObjectStore('texts', { keyPath: 'sourceId' }),
    });
    await database.put('texts', { sourceId: 'src-old', text, origin: 'old.txt', bytes: text.length * 2, addedAt: '2025-01-01T00:00:00Z' });
    database.close();
    const listed = await textStore().list();
    expect(listed.ok && listed.value.find((record) => record.sourceId === 'src-old')?.bytes).toBe(40 * 1024);
    const read = await textStore().get('src-old');
    expect(read.ok && read.value?.bytes).toBe(40 * 1024);
  });

  it('reports a browser without IndexedDB as a failure, never by throwing', async () => {
    const store = textStore(() => undefined);
    expect(await store.put('src-a', 'text', 'pasted')).toMatchObject({ ok: false, failure: 'unavailable' });
    expect(await store.list()).toMatchObject({ ok: false, failure: 'unavailable' });
  });
});

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { bootstrap, type Started } from '../../src/app/bootstrap';
import { MatrixDoc } from '../../src/doc/matrixDoc';
import { parseDocument, workspaceFromDocument } from '../../src/domain/document';
import { DOC_KEY_PREFIX, encodeDoc } from '../../src/io/docStorage';
import { encodeWorkspace, UNREADABLE_KEY_PREFIX, WORKSPACE_KEY } from '../../src/io/persistence';
import { safeStorage } from '../../src/io/safeStorage';
import { createActions } from '../../src/store/actions';
import { cell, factor, scenario, workspace } from '../fixtures/builders';
import { createFakeStorage, type FakeStorage } from '../fixtures/fakeStorage';

const PS = cell('political', 'strengths');
let started: Started[] = [];

async function start(fake: FakeStorage): Promise<Started> {
  const session = safeStorage(() => createFakeStorage().storage);
  const one = await bootstrap(safeStorage(() => fake.getStorage()), session);
  started.push(one);
  return one;
}

afterEach(() => {
  for (const one of started) one.stop();
  started = [];
});

const docKeys = (fake: FakeStorage) => [...fake.data.keys()].filter((key) => key.startsWith(DOC_KEY_PREFIX));

function copyWith(base: MatrixDoc, change: (doc: MatrixDoc) => void): string {
  const doc = new MatrixDoc();
  Y.applyUpdate(doc.ydoc, Y.encodeStateAsUpdate(base.ydoc));
  change(doc);
  return encodeDoc(doc.ydoc);
}

/** Two tabs' copies of one scenario, each with a factor the other tab never saw. */
function twoTabsAdding(): FakeStorage {
  const base = new MatrixDoc();
  base.load(workspace([scenario('one', [factor('a', PS)])]));
  const addition = (id: string) => (doc: MatrixDoc) => {
    const one = doc.content().scenarios[0]!;
    doc.apply({ ...doc.content(), scenarios: [{ ...one, factors: [...one.factors, factor(id, PS, { title: id })] }] });
  };
  return createFakeStorage({
    [`${DOC_KEY_PREFIX}tab-1`]: copyWith(base, addition('from-tab-1')),
    [`${DOC_KEY_PREFIX}tab-2`]: copyWith(base, addition('from-tab-2')),
  });
}

describe('start-up', () => {
  it('opens the seed analysis on a first visit and stores it in the new form at once', async () => {
    const fake = createFakeStorage();
    const { store } = await start(fake);
    expect(store.getState().workspace.scenarios.length).toBeGreaterThanOrEqual(4);
    // Written once the page is idle, so that the first paint does not wait for it.
    expect(store.getState().saveStatus.state).toBe('saving');
    await vi.waitFor(() => expect(docKeys(fake)).toHaveLength(1));
    expect(store.getState().saveStatus.state).toBe('saved');
  });

  it('loads work stored by the previous version with every factor intact, and leaves that copy alone', async () => {
    const legacy = workspace([scenario('mine', [factor('a', PS, { title: 'Kept' }), factor('b', PS, { votes: 3 })], { name: 'Mine' })], [], 'mine');
    const text = encodeWorkspace(legacy, 12);
    const fake = createFakeStorage({ [WORKSPACE_KEY]: text });
    const { store } = await start(fake);
    expect(store.getState().workspace).toEqual(legacy);
    await vi.waitFor(() => expect(docKeys(fake)).toHaveLength(1));
    expect(fake.data.get(WORKSPACE_KEY)).toBe(text);
  });

  it.each(readdirSync('seed-data'))('loads %s, stored by the previous version, with every factor intact', async (file) => {
    const parsed = parseDocument(readFileSync(join('seed-data', file), 'utf8'));
    if (!parsed.ok) throw new Error('seed does not parse');
    const legacy = workspaceFromDocument(parsed.document);
    const { store } = await start(createFakeStorage({ [WORKSPACE_KEY]: encodeWorkspace(legacy, 3) }));
    expect(store.getState().workspace.scenarios).toEqual(legacy.scenarios);
    expect(store.getState().workspace.sources).toEqual(legacy.sources);
  });

  it('merges every tab’s copy, so two tabs’ additions both survive', async () => {
    const fake = twoTabsAdding();
    const { store } = await start(fake);
    const ids = store.getState().workspace.scenarios[0]!.factors.map((f) => f.id).sort();
    expect(ids).toEqual(['a', 'from-tab-1', 'from-tab-2']);
  });

  it('opens stored work as a starting point that undo cannot take away', async () => {
    const fake = twoTabsAdding();
    const { store } = await start(fake);
    expect(store.getState().canUndo).toBe(false);
    store.getState().undo();
    expect(store.getState().workspace.scenarios[0]!.factors.map((f) => f.id).sort()).toEqual(['a', 'from-tab-1', 'from-tab-2']);
  });

  it('folds many stored keys into one whole copy, keeping every change', async () => {
    const base = new MatrixDoc();
    base.load(workspace([scenario('one', [factor('a', PS)])]));
    const stored: Record<string, string> = { [`${DOC_KEY_PREFIX}tab-0/000000`]: encodeDoc(base.ydoc) };
    for (let n = 1; n <= 45; n++) {
      stored[`${DOC_KEY_PREFIX}tab-${n}/000000`] = copyWith(base, (doc) => {
        const one = doc.content().scenarios[0]!;
        doc.apply({ ...doc.content(), scenarios: [{ ...one, factors: [...one.factors, factor(`f${n}`, PS)] }] });
      });
    }
    const fake = createFakeStorage(stored);
    const { store } = await start(fake);
    expect(store.getState().workspace.scenarios[0]!.factors).toHaveLength(46);
    await vi.waitFor(() => expect(docKeys(fake)).toHaveLength(1));
    const again = await start(fake);
    expect(again.store.getState().workspace.scenarios[0]!.factors).toHaveLength(46);
  });

  it('stores a large workspace as a compressed whole copy, several times smaller, and reads it back whole', async () => {
    const factors = Array.from({ length: 2_000 }, (_, i) => factor(`f${i}`, PS, { title: `Factor ${i}`, note: `Seen in review ${i % 40}` }));
    const legacy = workspace([scenario('big', factors, { name: 'Big' })], [], 'big');
    const fake = createFakeStorage({ [WORKSPACE_KEY]: encodeWorkspace(legacy, 1) });
    await start(fake);
    await vi.waitFor(() => expect(docKeys(fake)).toHaveLength(1));
    const stored = fake.data.get(docKeys(fake)[0]!)!;
    expect(JSON.parse(stored)).toMatchObject({ compression: 'deflate-raw', layout: 2 });
    const plain = new MatrixDoc();
    plain.load(legacy);
    expect(stored.length * 4).toBeLessThan(encodeDoc(plain.ydoc).length);

    const again = await start(createFakeStorage({ [docKeys(fake)[0]!]: stored }));
    expect(again.store.getState().workspace.scenarios).toEqual(legacy.scenarios);
  });

  it('sets a compressed copy aside when its data does not inflate, and loads the rest', async () => {
    const base = new MatrixDoc();
    base.load(workspace([scenario('one', [factor('a', PS)])]));
    const damaged = JSON.stringify({ kind: 'swot-pest-ydoc', layout: 2, format: 1, savedAt: '', compression: 'deflate-raw', update: 'AAECAwQFBgcICQ' });
    const fake = createFakeStorage({ [`${DOC_KEY_PREFIX}tab-good`]: encodeDoc(base.ydoc), [`${DOC_KEY_PREFIX}tab-bad`]: damaged });
    const { store } = await start(fake);
    expect(store.getState().workspace.scenarios[0]!.factors.map((f) => f.id)).toEqual(['a']);
    expect(store.getState().storageNotice?.kind).toBe('unreadable');
    const kept = [...fake.data.keys()].filter((key) => key.startsWith(UNREADABLE_KEY_PREFIX));
    expect(kept.map((key) => fake.data.get(key))).toEqual([damaged]);
  });

  it('sets an unreadable copy aside, loads the rest, and says so', async () => {
    const base = new MatrixDoc();
    base.load(workspace([scenario('one', [factor('a', PS)])]));
    const whole = JSON.parse(encodeDoc(base.ydoc)) as { update: string };
    // A copy cut short: its envelope reads, but its update stops half-way.
    const damaged = JSON.stringify({ ...whole, update: whole.update.slice(0, 40) });
    const fake = createFakeStorage({
      [`${DOC_KEY_PREFIX}tab-good`]: encodeDoc(base.ydoc),
      [`${DOC_KEY_PREFIX}tab-bad`]: damaged,
    });
    const { store } = await start(fake);
    expect(store.getState().workspace.scenarios[0]!.factors.map((f) => f.id)).toEqual(['a']);
    expect(store.getState().storageNotice?.kind).toBe('unreadable');
    const kept = [...fake.data.keys()].filter((key) => key.startsWith(UNREADABLE_KEY_PREFIX));
    expect(kept.map((key) => fake.data.get(key))).toEqual([damaged]);
  });

  it('whichever order the copies are read in, a damaged one is set aside and none of it reaches the work', async () => {
    const base = new MatrixDoc();
    base.load(workspace([scenario('one', [factor('a', PS), factor('b', PS)])]));
    const whole = JSON.parse(encodeDoc(base.ydoc)) as { update: string };
    const damaged = JSON.stringify({ ...whole, update: whole.update.slice(0, whole.update.length - 24) });
    const other = new MatrixDoc();
    other.load(workspace([scenario('two', [factor('c', PS)])]));
    // Copies are read in key order: the damaged one first (into an empty document), in the middle, and last.
    for (const badKey of ['tab-0', 'tab-5', 'tab-9']) {
      const fake = createFakeStorage({
        [`${DOC_KEY_PREFIX}tab-1`]: encodeDoc(other.ydoc),
        [`${DOC_KEY_PREFIX}tab-6`]: encodeDoc(other.ydoc),
        [`${DOC_KEY_PREFIX}${badKey}`]: damaged,
      });
      const { store } = await start(fake);
      expect(store.getState().workspace.scenarios.map((s) => [s.id, s.factors.map((f) => f.id)])).toEqual([['two', ['c']]]);
      expect(store.getState().storageNotice?.kind).toBe('unreadable');
      const kept = [...fake.data.keys()].filter((key) => key.startsWith(UNREADABLE_KEY_PREFIX));
      expect(kept.map((key) => fake.data.get(key))).toEqual([damaged]);
    }
  });

  it('does not save when a copy comes from a newer version, and leaves that copy as it is', async () => {
    const newer = JSON.stringify({ kind: 'swot-pest-ydoc', layout: 2, format: 99, savedAt: '', update: '' });
    const fake = createFakeStorage({ [`${DOC_KEY_PREFIX}tab-newer`]: newer });
    const { store } = await start(fake);
    expect(store.getState().saveStatus.state).toBe('disabled');
    expect(store.getState().storageNotice?.kind).toBe('newer-version');
    createActions(store).addFactor(PS, { title: 'Not saved' });
    expect(docKeys(fake)).toEqual([`${DOC_KEY_PREFIX}tab-newer`]);
    expect(fake.data.get(`${DOC_KEY_PREFIX}tab-newer`)).toBe(newer);
  });

  it('starts from the seeds and says work is not saved when storage is disabled', async () => {
    const fake = createFakeStorage();
    fake.disable();
    const { store } = await start(fake);
    expect(store.getState().workspace.scenarios.length).toBeGreaterThan(0);
    expect(store.getState().saveStatus.state).toBe('failed');
    expect(store.getState().storageNotice?.kind).toBe('not-saving');
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { MatrixDoc } from '../../src/doc/matrixDoc';
import type { Workspace } from '../../src/domain/schema';
import { DOC_KEY_PREFIX, decodeDoc, encodeDoc, readDoc } from '../../src/io/docStorage';
import { encodeWorkspace, UNREADABLE_KEY_PREFIX, WORKSPACE_KEY } from '../../src/io/persistence';
import { safeStorage } from '../../src/io/safeStorage';
import { createActions } from '../../src/store/actions';
import { type AppStore, createAppStore } from '../../src/store/appStore';
import { COMPRESS_FROM_BYTES, SAVE_DELAY_MS, startAutosave } from '../../src/store/autosave';
import { holdDraft } from '../../src/store/drafts';
import { cell, cellIds, factor, scenario, workspace } from '../fixtures/builders';
import { createFakeStorage, type FakeStorage, quotaError } from '../fixtures/fakeStorage';

const PS = cell('political', 'strengths');
/** Taken before any test fakes the timers. */
const realSetTimeout = globalThis.setTimeout;
const OWN = `${DOC_KEY_PREFIX}tab-own/`;
const ownKeys = (fake: FakeStorage) => [...fake.data.keys()].filter((key) => key.startsWith(OWN));

function initial(): Workspace {
  return workspace(
    [scenario('one', [factor('a', PS, { title: 'Alpha' })], { name: 'One' }), scenario('two', [], { name: 'Two' })],
    [],
    'one',
  );
}

/**
 * What storage holds, read without the code under test's own state: every stored key merged
 * into the document the tab started from (as start-up would merge them into what it loaded).
 */
function storedCopy(fake: FakeStorage): MatrixDoc {
  const doc = new MatrixDoc();
  Y.applyUpdate(doc.ydoc, startState);
  for (const [key, text] of fake.data) {
    if (!key.startsWith(DOC_KEY_PREFIX)) continue;
    const decoded = decodeDoc(key, text);
    if (decoded.kind !== 'doc') throw new Error(`stored data is ${decoded.kind}`);
    Y.applyUpdate(doc.ydoc, decoded.update);
  }
  return doc;
}

/** The same, reading compressed whole copies too (which is asynchronous). */
async function storedCopyAsync(fake: FakeStorage): Promise<MatrixDoc> {
  const doc = new MatrixDoc();
  Y.applyUpdate(doc.ydoc, startState);
  for (const [key, text] of fake.data) {
    if (!key.startsWith(DOC_KEY_PREFIX)) continue;
    const read = await readDoc(key, text);
    if (read.kind !== 'doc') throw new Error(`stored data is ${read.kind}`);
    Y.applyUpdate(doc.ydoc, read.update);
  }
  return doc;
}

let startState: Uint8Array;

let fake: FakeStorage;
let store: AppStore;
let doc: MatrixDoc;
let stop: (() => void) | null;

function openTab(options: { disabledReason?: string } = {}) {
  fake = createFakeStorage();
  doc = new MatrixDoc();
  doc.load(initial());
  // As if loaded from a whole copy saved earlier: only changes from here on are this tab's to write.
  startState = Y.encodeStateAsUpdate(doc.ydoc);
  store = createAppStore(doc, 'one');
  stop = startAutosave(store, { storage: safeStorage(() => fake.getStorage()), tab: 'tab-own', doc, ...options });
  return createActions(store);
}

/** 45 saves, one key each, then the wait after which they are folded: the fold is compressing. */
function startFoldAfterManySaves(actions: ReturnType<typeof createActions>): void {
  for (let n = 0; n < 45; n++) {
    actions.addFactor(PS, { id: `n${n}`, title: `New ${n}` });
    vi.advanceTimersByTime(400);
  }
  vi.advanceTimersByTime(2_100);
}

/** `count` factors added to the first scenario in one change, as an import adds them: the first by hand, then the rest at once. */
function addMany(actions: ReturnType<typeof createActions>, count: number): void {
  const many = Array.from({ length: count }, (_, n) => ({ id: `big${n}`, title: `Imported factor ${n} with a title long enough to matter` }));
  actions.addFactor(PS, many[0]!);
  vi.advanceTimersByTime(500);
  store.getState().change({
    ok: true,
    value: {
      ...store.getState().workspace,
      scenarios: store.getState().workspace.scenarios.map((s, i) =>
        i === 0 ? { ...s, factors: [...s.factors, ...many.slice(1).map((f) => ({ ...s.factors[0]!, ...f }))] } : s,
      ),
    },
  });
}

/** Another tab, with its own document built from the same start, as a second replica. */
function otherTab(): MatrixDoc {
  const other = new MatrixDoc();
  Y.applyUpdate(other.ydoc, Y.encodeStateAsUpdate(doc.ydoc));
  return other;
}

function otherTabSaves(key: string, text: string): void {
  fake.data.set(key, text);
  window.dispatchEvent(new StorageEvent('storage', { key, newValue: text }));
}

const statuses = () => {
  const seen: string[] = [];
  let last = store.getState().saveStatus;
  store.subscribe((state) => {
    if (state.saveStatus === last) return;
    last = state.saveStatus;
    seen.push(state.saveStatus.state);
  });
  return seen;
};

beforeEach(() => {
  vi.useFakeTimers();
  stop = null;
});

afterEach(() => {
  stop?.();
  vi.useRealTimers();
});

describe('autosave', () => {
  it('saves a change within 500 ms under its own key, showing "saving" and then "saved"', () => {
    const actions = openTab();
    const seen = statuses();
    actions.addFactor(PS, { id: 'n', title: 'New' });
    expect(store.getState().saveStatus.state).toBe('saving');
    expect(fake.writeAttempts).toBe(0);

    vi.advanceTimersByTime(500);
    expect(seen).toEqual(['saving', 'saved']);
    expect(cellIds(storedCopy(fake).content().scenarios[0]!, PS)).toEqual(['a', 'n']);
    expect(ownKeys(fake)).toHaveLength(1);
    expect([...fake.data.keys()]).toEqual(ownKeys(fake));
    // A save writes what changed, not the document.
    expect(fake.data.get(ownKeys(fake)[0]!)!.length).toBeLessThan(1_000);
  });

  it('folds its own saves into one compressed whole copy once there are many, keeping every change', async () => {
    const actions = openTab();
    for (let n = 0; n < 45; n++) {
      actions.addFactor(PS, { id: `n${n}`, title: `New ${n}` });
      vi.advanceTimersByTime(400);
    }
    vi.advanceTimersByTime(2_500);
    // The copy is compressed asynchronously, off the typing path.
    await vi.waitFor(() => expect(ownKeys(fake).length).toBeLessThan(10));
    expect(cellIds((await storedCopyAsync(fake)).content().scenarios[0]!, PS)).toHaveLength(46);
    const whole = ownKeys(fake).map((key) => JSON.parse(fake.data.get(key)!) as { compression?: string });
    expect(whole.some((envelope) => envelope.compression === 'deflate-raw')).toBe(true);
    expect(store.getState().saveStatus.state).toBe('saved');
  });

  it('keeps changes made while a whole copy is being compressed, and writes a plain copy at once when the page hides', async () => {
    const actions = openTab();
    startFoldAfterManySaves(actions);
    actions.addFactor(PS, { id: 'late', title: 'Typed during the fold' });
    window.dispatchEvent(new Event('pagehide'));
    expect(cellIds(storedCopy(fake).content().scenarios[0]!, PS)).toContain('late');
    await vi.waitFor(() => expect(ownKeys(fake).length).toBeLessThan(10));
    actions.addFactor(PS, { id: 'after', title: 'After the fold' });
    vi.advanceTimersByTime(500);
    expect(cellIds((await storedCopyAsync(fake)).content().scenarios[0]!, PS)).toEqual(expect.arrayContaining(['late', 'after']));
    expect(cellIds((await storedCopyAsync(fake)).content().scenarios[0]!, PS)).toHaveLength(48);
  });

  it('saves a change made while a whole copy is being compressed, with no page hide to rescue it', async () => {
    const actions = openTab();
    startFoldAfterManySaves(actions);
    actions.addFactor(PS, { id: 'late', title: 'Typed during the fold' });
    await vi.waitFor(() => expect(ownKeys(fake).length).toBeLessThan(10));
    vi.advanceTimersByTime(1_000);
    expect(store.getState().saveStatus.state).toBe('saved');
    expect(cellIds((await storedCopyAsync(fake)).content().scenarios[0]!, PS)).toContain('late');
  });

  it('compresses a large save before writing it, and keeps changes made meanwhile', async () => {
    const actions = openTab();
    addMany(actions, 2_500);
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    // Compressing: nothing of the large change is written yet, and a change made now waits its turn.
    actions.addFactor(PS, { id: 'during', title: 'Added while compressing' });
    await vi.waitFor(() => expect(ownKeys(fake).some((key) => JSON.parse(fake.data.get(key)!).compression === 'deflate-raw')).toBe(true));
    vi.advanceTimersByTime(1_000);
    const stored = cellIds((await storedCopyAsync(fake)).content().scenarios[0]!, PS);
    expect(stored).toHaveLength(1 + 2_500 + 1);
    expect(stored).toContain('during');
    expect(store.getState().saveStatus.state).toBe('saved');
    const largest = Math.max(...ownKeys(fake).map((key) => fake.data.get(key)!.length));
    expect(largest).toBeLessThan(COMPRESS_FROM_BYTES);
  });

  it('a large save that storage refuses is reported, and not tried again on a timer', async () => {
    const actions = openTab();
    addMany(actions, 2_500);
    fake.failWrites(quotaError('chromium')); // from the large save on
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    await vi.waitFor(() => expect(store.getState().saveStatus.state).toBe('failed'));
    const attempts = fake.writeAttempts;
    expect(ownKeys(fake)).toHaveLength(1);
    for (let second = 0; second < 5; second++) {
      vi.advanceTimersByTime(1_000);
      // Compression runs on the platform's streams, outside the fake clock: give it real time.
      await new Promise((resolve) => realSetTimeout(resolve, 100));
    }
    expect(fake.writeAttempts).toBe(attempts);
    expect(store.getState().storageNotice?.kind).toBe('not-saving');
  });

  it('does not stay on "Saving…" when a change is undone before the save', () => {
    const actions = openTab();
    actions.addFactor(PS, { id: 'n', title: 'New' });
    vi.advanceTimersByTime(100);
    store.getState().undo();
    vi.advanceTimersByTime(500);
    expect(store.getState().saveStatus.state).toBe('saved');
    expect(cellIds(storedCopy(fake).content().scenarios[0]!, PS)).toEqual(['a']);
  });

  it('says "typing" while a field holds uncommitted text, and commits it when the page is hidden', () => {
    const actions = openTab();
    vi.advanceTimersByTime(500);
    let committed = false;
    const release = holdDraft(() => {
      committed = true;
      actions.updateFactor('a', { note: 'typed but never left the field' });
    });
    expect(store.getState().saveStatus.state).toBe('typing');
    window.dispatchEvent(new Event('pagehide'));
    release();
    expect(committed).toBe(true);
    // Written at once, without waiting for the debounce: the page may be gone by then.
    expect(storedCopy(fake).content().scenarios[0]!.factors[0]!.note).toBe('typed but never left the field');
    expect(store.getState().saveStatus.state).toBe('saved');
  });

  it('reports a full quota, keeps the work in memory, and recovers once a save succeeds', () => {
    const actions = openTab();
    fake.failWrites(quotaError('chromium'));
    actions.addFactor(PS, { id: 'n', title: 'New' });
    vi.advanceTimersByTime(500);
    expect(store.getState().saveStatus).toMatchObject({ state: 'failed', reason: expect.stringMatching(/full/) });
    expect(store.getState().storageNotice?.kind).toBe('not-saving');
    expect(cellIds(store.getState().workspace.scenarios[0]!, PS)).toEqual(['a', 'n']);
    expect(ownKeys(fake)).toHaveLength(0);

    fake.failWrites(null);
    actions.addFactor(PS, { id: 'm', title: 'Another' });
    vi.advanceTimersByTime(500);
    expect(store.getState().saveStatus.state).toBe('saved');
    expect(store.getState().storageNotice).toBeNull();
    expect(cellIds(storedCopy(fake).content().scenarios[0]!, PS)).toEqual(['a', 'n', 'm']);
  });

  it('merges another tab’s saved copy field by field, and keeps this tab’s undo history', () => {
    const actions = openTab();
    const other = otherTab();
    actions.updateFactor('a', { title: 'Alpha, renamed here' });
    other.apply({ ...other.content(), scenarios: [{ ...other.content().scenarios[0]!, description: 'described there' }, other.content().scenarios[1]!] });
    otherTabSaves(`${DOC_KEY_PREFIX}tab-other`, encodeDoc(other.ydoc));

    const one = store.getState().workspace.scenarios[0]!;
    expect(one.description).toBe('described there');
    expect(one.factors[0]!.title).toBe('Alpha, renamed here');
    expect(store.getState().undoDepth).toBe(1);
    store.getState().undo();
    const undone = store.getState().workspace.scenarios[0]!;
    expect(undone.factors[0]!.title).toBe('Alpha');
    expect(undone.description).toBe('described there');
  });

  it('sets aside unreadable data another program writes, and never writes over it', async () => {
    const actions = openTab();
    otherTabSaves(WORKSPACE_KEY, '{"kind":"swot-pest-workspace", truncated');
    // The previous version's format is read by code loaded on demand.
    await vi.dynamicImportSettled();
    const kept = [...fake.data.keys()].filter((key) => key.startsWith(UNREADABLE_KEY_PREFIX));
    expect(kept).toHaveLength(1);
    expect(fake.data.get(kept[0]!)).toBe('{"kind":"swot-pest-workspace", truncated');
    expect(store.getState().storageNotice).toMatchObject({ kind: 'unreadable', keptData: { key: kept[0] } });

    otherTabSaves(`${DOC_KEY_PREFIX}tab-broken`, 'not json at all');
    expect([...fake.data.keys()].filter((key) => key.startsWith(UNREADABLE_KEY_PREFIX))).toHaveLength(2);

    actions.addFactor(PS, { id: 'n', title: 'New' });
    vi.advanceTimersByTime(500);
    for (const key of [...fake.data.keys()].filter((k) => k.startsWith(UNREADABLE_KEY_PREFIX))) {
      expect(['{"kind":"swot-pest-workspace", truncated', 'not json at all']).toContain(fake.data.get(key));
    }
  });

  it('stops saving when another tab saves with a newer version of the app', () => {
    const actions = openTab();
    const newer = JSON.stringify({ kind: 'swot-pest-ydoc', layout: 99, format: 99, savedAt: '', update: '' });
    otherTabSaves(`${DOC_KEY_PREFIX}tab-newer`, newer);
    expect(store.getState().saveStatus.state).toBe('disabled');
    expect(store.getState().storageNotice?.kind).toBe('newer-version');
    const attempts = fake.writeAttempts;
    actions.addFactor(PS, { id: 'n', title: 'New' });
    vi.advanceTimersByTime(500);
    expect(fake.writeAttempts).toBe(attempts);
    expect(fake.data.get(`${DOC_KEY_PREFIX}tab-newer`)).toBe(newer);
  });

  it('never saves when started disabled', () => {
    const actions = openTab({ disabledReason: 'saved by a newer version of the app' });
    actions.addFactor(PS, { id: 'n', title: 'New' });
    vi.advanceTimersByTime(500);
    expect(fake.writeAttempts).toBe(0);
    expect(store.getState().saveStatus).toEqual({ state: 'disabled', reason: 'saved by a newer version of the app' });
  });

  it('ignores keys that are not its own format, such as an old build’s readable workspace', async () => {
    openTab();
    otherTabSaves(WORKSPACE_KEY, encodeWorkspace(initial(), 7));
    await vi.dynamicImportSettled();
    expect(store.getState().storageNotice).toBeNull();
    expect([...fake.data.keys()].some((key) => key.startsWith(UNREADABLE_KEY_PREFIX))).toBe(false);
  });
});

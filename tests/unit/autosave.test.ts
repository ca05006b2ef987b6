import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Workspace } from '../../src/domain/schema';
import { addScenario } from '../../src/domain/workspace';
import { decodeStored, encodeWorkspace, WORKSPACE_KEY } from '../../src/io/persistence';
import { safeStorage } from '../../src/io/safeStorage';
import { createActions } from '../../src/store/actions';
import { type AppStore, createAppStore } from '../../src/store/appStore';
import { startAutosave } from '../../src/store/autosave';
import { cell, cellIds, factor, scenario, unwrap, workspace } from '../fixtures/builders';
import { createFakeStorage, type FakeStorage, quotaError } from '../fixtures/fakeStorage';

const PS = cell('political', 'strengths');

function initial(): Workspace {
  return workspace(
    [scenario('one', [factor('a', PS, { title: 'Alpha' })], { name: 'One' }), scenario('two', [], { name: 'Two' })],
    [],
    'one',
  );
}

/** What storage holds now, decoded independently of the autosave under test. */
function stored(fake: FakeStorage) {
  const text = fake.data.get(WORKSPACE_KEY);
  if (text === undefined) throw new Error('nothing stored');
  const decoded = decodeStored(text);
  if (decoded.kind !== 'loaded') throw new Error(`stored data is ${decoded.kind}`);
  return decoded;
}

let fake: FakeStorage;
let store: AppStore;
let stop: (() => void) | null;

/** A tab that opened the stored workspace at revision 1, as start-up would. */
function openTab(options: { disabledReason?: string } = {}) {
  fake = createFakeStorage({ [WORKSPACE_KEY]: encodeWorkspace(initial(), 1) });
  store = createAppStore(initial());
  stop = startAutosave(store, { storage: safeStorage(() => fake.getStorage()), revision: 1, ...options });
  return createActions(store);
}

/** Another tab's write: straight into storage, optionally with the event browsers send to other tabs. */
function otherTabWrites(text: string, { notify }: { notify: boolean }) {
  fake.data.set(WORKSPACE_KEY, text);
  if (notify) window.dispatchEvent(new StorageEvent('storage', { key: WORKSPACE_KEY, newValue: text }));
}

beforeEach(() => {
  vi.useFakeTimers();
  stop = null;
});

afterEach(() => {
  stop?.();
  vi.useRealTimers();
});

describe('autosave', () => {
  it('saves a change within 500 ms, showing "saving" and then "saved"', () => {
    const actions = openTab();
    // Each status the store takes on, once (zustand may report one change to a listener twice).
    const states: string[] = [];
    let last = store.getState().saveStatus;
    store.subscribe((state) => {
      if (state.saveStatus === last) return;
      last = state.saveStatus;
      states.push(state.saveStatus.state);
    });
    actions.addFactor(PS, { id: 'n', title: 'New' });
    expect(store.getState().saveStatus.state).toBe('saving');
    expect(fake.writeAttempts).toBe(0);

    vi.advanceTimersByTime(500);
    expect(states).toEqual(['saving', 'saved']);
    const saved = stored(fake);
    expect(saved.revision).toBe(2);
    expect(cellIds(saved.workspace.scenarios[0]!, PS)).toEqual(['a', 'n']);
    expect(saved.workspace).toEqual(store.getState().workspace);
  });

  it('writes a burst of changes once, after the last of them', () => {
    const actions = openTab();
    actions.addFactor(PS, { id: 'n1', title: 'First' });
    vi.advanceTimersByTime(100);
    actions.addFactor(PS, { id: 'n2', title: 'Second' });
    vi.advanceTimersByTime(100);
    actions.addFactor(PS, { id: 'n3', title: 'Third' });
    expect(fake.writeAttempts).toBe(0);
    vi.advanceTimersByTime(500);
    expect(fake.writeAttempts).toBe(1);
    expect(cellIds(stored(fake).workspace.scenarios[0]!, PS)).toEqual(['a', 'n1', 'n2', 'n3']);
  });

  it('does not write when nothing changed', () => {
    openTab();
    store.getState().setMode('present');
    vi.advanceTimersByTime(1_000);
    window.dispatchEvent(new Event('pagehide'));
    expect(fake.writeAttempts).toBe(0);
  });

  it('on a full quota, says it is not saving, keeps the work in memory and destroys nothing stored', () => {
    const actions = openTab();
    const before = fake.data.get(WORKSPACE_KEY);
    fake.failWrites(quotaError('chromium'));
    actions.addFactor(PS, { id: 'n', title: 'New' });
    const edited = store.getState().workspace;

    vi.advanceTimersByTime(500);
    expect(fake.writeAttempts).toBeGreaterThan(0);
    const { saveStatus, storageNotice, workspace: now } = store.getState();
    expect(saveStatus).toEqual({ state: 'failed', reason: expect.stringMatching(/storage for this site is full/) });
    expect(storageNotice).toMatchObject({ kind: 'not-saving', message: expect.stringMatching(/not being saved/) });
    expect(now).toBe(edited);
    expect(cellIds(now.scenarios[0]!, PS)).toEqual(['a', 'n']);
    expect(fake.data.get(WORKSPACE_KEY)).toBe(before);
  });

  it.each(['firefox', 'legacy-webkit'] as const)('treats the %s quota error the same way', (flavour) => {
    const actions = openTab();
    fake.failWrites(quotaError(flavour));
    actions.addFactor(PS, { id: 'n', title: 'New' });
    vi.advanceTimersByTime(500);
    expect(store.getState().saveStatus.state).toBe('failed');
    expect(store.getState().storageNotice?.kind).toBe('not-saving');
  });

  it('saves again, and withdraws the notice, once storage has room', () => {
    const actions = openTab();
    fake.failWrites(quotaError('webkit'));
    actions.addFactor(PS, { id: 'n1', title: 'First' });
    vi.advanceTimersByTime(500);
    fake.failWrites(null);
    actions.addFactor(PS, { id: 'n2', title: 'Second' });
    vi.advanceTimersByTime(500);
    expect(store.getState().saveStatus.state).toBe('saved');
    expect(store.getState().storageNotice).toBeNull();
    expect(cellIds(stored(fake).workspace.scenarios[0]!, PS)).toEqual(['a', 'n1', 'n2']);
  });

  it('saves at once when the page is hidden away', () => {
    const actions = openTab();
    actions.addFactor(PS, { id: 'n', title: 'New' });
    window.dispatchEvent(new Event('pagehide'));
    expect(fake.writeAttempts).toBe(1);
    expect(cellIds(stored(fake).workspace.scenarios[0]!, PS)).toEqual(['a', 'n']);
    expect(store.getState().saveStatus.state).toBe('saved');
    // The pending timer finds nothing left to do.
    vi.advanceTimersByTime(1_000);
    expect(fake.writeAttempts).toBe(1);
  });

  it('saves at once when the tab becomes hidden', () => {
    const actions = openTab();
    actions.addFactor(PS, { id: 'n', title: 'New' });
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    visibility.mockRestore();
    expect(cellIds(stored(fake).workspace.scenarios[0]!, PS)).toEqual(['a', 'n']);
  });

  it('saves what is pending when stopped', () => {
    const actions = openTab();
    actions.addFactor(PS, { id: 'n', title: 'New' });
    stop?.();
    stop = null;
    expect(cellIds(stored(fake).workspace.scenarios[0]!, PS)).toEqual(['a', 'n']);
  });

  it('adopts a newer revision another tab wrote, keeping this tab’s choice of scenario', () => {
    const actions = openTab();
    actions.switchScenario('two');
    vi.advanceTimersByTime(500);
    const savedRevision = stored(fake).revision;

    const theirs = unwrap(addScenario(initial(), { name: 'From the other tab' }));
    otherTabWrites(encodeWorkspace(theirs, savedRevision + 1), { notify: true });

    const { workspace: now, past } = store.getState();
    expect(now.scenarios.map((s) => s.name)).toEqual(['One', 'Two', 'From the other tab']);
    expect(now.activeScenarioId).toBe('two');
    expect(past).toEqual([]);
  });

  it('ignores a storage event with an older revision or another key', () => {
    openTab();
    const theirs = unwrap(addScenario(initial(), { name: 'Stale' }));
    window.dispatchEvent(new StorageEvent('storage', { key: WORKSPACE_KEY, newValue: encodeWorkspace(theirs, 1) }));
    window.dispatchEvent(new StorageEvent('storage', { key: 'something-else', newValue: encodeWorkspace(theirs, 9) }));
    expect(store.getState().workspace).toEqual(initial());
  });

  it('merges with a newer revision from another tab instead of overwriting it', () => {
    const actions = openTab();
    const theirs = unwrap(addScenario(initial(), { name: 'Theirs' }));
    otherTabWrites(encodeWorkspace(theirs, 2), { notify: false });

    actions.addFactor(PS, { id: 'n', title: 'Ours' });
    vi.advanceTimersByTime(500);

    const saved = stored(fake);
    expect(saved.revision).toBe(3);
    expect(saved.workspace.scenarios.map((s) => s.name)).toEqual(['One', 'Two', 'Theirs']);
    expect(cellIds(saved.workspace.scenarios[0]!, PS)).toEqual(['a', 'n']);
    expect(store.getState().workspace).toEqual(saved.workspace);
    expect(store.getState().toasts.map((t) => t.message)).toContainEqual(expect.stringMatching(/Another tab/));
  });

  it('merges when the other tab’s event arrives while a change is pending', () => {
    const actions = openTab();
    actions.addFactor(PS, { id: 'n', title: 'Ours' });
    const theirs = unwrap(addScenario(initial(), { name: 'Theirs' }));
    otherTabWrites(encodeWorkspace(theirs, 2), { notify: true });
    const saved = stored(fake);
    expect(saved.workspace.scenarios.map((s) => s.name)).toEqual(['One', 'Two', 'Theirs']);
    expect(cellIds(saved.workspace.scenarios[0]!, PS)).toEqual(['a', 'n']);
  });

  it('never saves over data another tab wrote with a newer version of the app', () => {
    const actions = openTab();
    const newer = JSON.stringify({
      kind: 'swot-pest-workspace',
      revision: 2,
      savedAt: '2030-01-01T00:00:00.000Z',
      activeScenarioId: 'one',
      document: { format: 'swot-pest-matrix', version: 3, sources: [], scenarios: [], features: ['from the future'] },
    });
    otherTabWrites(newer, { notify: true });
    actions.addFactor(PS, { id: 'n', title: 'Ours' });
    vi.advanceTimersByTime(500);
    window.dispatchEvent(new Event('pagehide'));

    expect(fake.data.get(WORKSPACE_KEY)).toBe(newer);
    expect(store.getState().saveStatus.state).not.toBe('saved');
    expect(store.getState().storageNotice?.kind).toBe('newer-version');
    expect(cellIds(store.getState().workspace.scenarios[0]!, PS)).toEqual(['a', 'n']);
  });

  it('keeps unreadable data another tab left aside before saving over it', () => {
    const actions = openTab();
    const broken = JSON.stringify({ kind: 'swot-pest-workspace', revision: 5, document: { format: 'swot-pest-matrix', version: 2, scenarios: [{}] } });
    otherTabWrites(broken, { notify: false });
    actions.addFactor(PS, { id: 'n', title: 'Ours' });
    vi.advanceTimersByTime(500);

    const kept = [...fake.data.entries()].filter(([key]) => key.startsWith('swot-pest-matrix/unreadable/'));
    expect(kept.map(([, text]) => text)).toEqual([broken]);
    expect(stored(fake).revision).toBe(6);
    expect(cellIds(stored(fake).workspace.scenarios[0]!, PS)).toEqual(['a', 'n']);
  });

  it('writes nothing, ever, when saving is disabled', () => {
    const actions = openTab({ disabledReason: 'saved by a newer version of the app' });
    const before = fake.data.get(WORKSPACE_KEY);
    expect(store.getState().saveStatus).toEqual({ state: 'disabled', reason: 'saved by a newer version of the app' });
    actions.addFactor(PS, { id: 'n', title: 'New' });
    vi.advanceTimersByTime(5_000);
    window.dispatchEvent(new Event('pagehide'));
    stop?.();
    stop = null;
    expect(fake.writeAttempts).toBe(0);
    expect(fake.data.get(WORKSPACE_KEY)).toBe(before);
    expect(store.getState().saveStatus.state).toBe('disabled');
  });
});

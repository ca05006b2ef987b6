import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createStore } from 'zustand/vanilla';
import { MatrixDoc } from '../../src/doc/matrixDoc';
import { createActions } from '../../src/store/actions';
import { type AppState, createAppStore } from '../../src/store/appStore';
import { startAutosave } from '../../src/store/autosave';
import { holdableNotifications } from '../../src/store/holdableNotifications';
import { safeStorage } from '../../src/io/safeStorage';
import { selectActiveScenario } from '../../src/store/selectors';
import { cell, factor, scenario, workspace } from '../fixtures/builders';
import { createFakeStorage } from '../fixtures/fakeStorage';

const counter = () => createStore<{ n: number }>()(() => ({ n: 0 }));
const watch = <T>(store: { subscribe(listener: (state: T, previous: T) => void): () => void }) => {
  const calls: Array<[T, T]> = [];
  store.subscribe((state, previous) => calls.push([state, previous]));
  return calls;
};

describe('holding a store’s notifications', () => {
  it('notifies of each change while nothing is held', () => {
    const store = counter();
    holdableNotifications(store);
    const calls = watch(store);
    store.setState({ n: 1 });
    store.setState({ n: 2 });
    expect(calls.map(([state, previous]) => [previous.n, state.n])).toEqual([
      [0, 1],
      [1, 2],
    ]);
  });

  it('tells of every change made while held once, on release, from the state before the first', () => {
    const store = counter();
    const held = holdableNotifications(store);
    const calls = watch(store);
    held.hold();
    store.setState({ n: 1 });
    store.setState({ n: 2 });
    // The state itself changes at once; only the subscribers wait.
    expect(store.getState().n).toBe(2);
    expect(calls).toEqual([]);
    held.release();
    expect(calls.map(([state, previous]) => [previous.n, state.n])).toEqual([[0, 2]]);
  });

  it('waits for the outermost release, and says nothing when nothing changed', () => {
    const store = counter();
    const held = holdableNotifications(store);
    const calls = watch(store);
    held.hold();
    held.hold();
    store.setState({ n: 1 });
    held.release();
    expect(calls).toEqual([]);
    held.release();
    expect(calls).toHaveLength(1);
    held.hold();
    held.release();
    expect(calls).toHaveLength(1);
  });

  it('stops holding by the end of the task, even if the release never comes', async () => {
    const store = counter();
    const held = holdableNotifications(store);
    const calls = watch(store);
    held.hold();
    store.setState({ n: 1 });
    await Promise.resolve();
    expect(calls.map(([state]) => state.n)).toEqual([1]);
    store.setState({ n: 2 });
    expect(calls.map(([state]) => state.n)).toEqual([1, 2]);
  });

  it('lets a subscriber go while held', () => {
    const store = counter();
    const held = holdableNotifications(store);
    const calls: number[] = [];
    const unsubscribe = store.subscribe((state) => calls.push(state.n));
    held.hold();
    store.setState({ n: 1 });
    unsubscribe();
    held.release();
    expect(calls).toEqual([]);
  });
});

describe('the app store', () => {
  function openTab() {
    const doc = new MatrixDoc();
    const PS = cell('political', 'strengths');
    doc.load(workspace([scenario('one', [factor('a', PS, { title: 'Alpha' })], { name: 'One' })], [], 'one'));
    const store = createAppStore(doc, 'one');
    const stop = startAutosave(store, { storage: safeStorage(() => createFakeStorage().getStorage()), tab: 'tab-own', doc });
    return { doc, store, stop, actions: createActions(store) };
  }

  it('tells its subscribers of an edit, with its undo step, its save status and the words announcing it, as one change', () => {
    const { store, stop, actions } = openTab();
    const calls = watch<AppState>(store);
    expect(actions.addFactor(cell('economic', 'threats'), { id: 'b', title: 'Beta' })).toBe('b');
    const seen = calls.slice();
    stop();
    expect(seen).toHaveLength(1);
    const [[state, previous]] = seen as [[AppState, AppState]];
    expect(selectActiveScenario(previous).factors.map((f) => f.id)).toEqual(['a']);
    expect(selectActiveScenario(state).factors.map((f) => f.id)).toEqual(['a', 'b']);
    expect(state).toMatchObject({ canUndo: true, undoDepth: 1, saveStatus: { state: 'saving' } });
    expect(state.announcement.text).toContain('Beta');
    expect(previous.announcement.text).not.toContain('Beta');
  });

  it('tells of the changes made together as one, and of each change made alone', () => {
    const { store, stop } = openTab();
    const calls = watch<AppState>(store);
    const answer = store.getState().together(() => {
      store.getState().select('a');
      store.getState().announce('Picked up Alpha');
      return 42;
    });
    expect(answer).toBe(42);
    expect(calls).toHaveLength(1);
    expect(calls[0]![0]).toMatchObject({ selectedFactorId: 'a', announcement: { text: 'Picked up Alpha' } });
    expect(calls[0]![1]).toMatchObject({ selectedFactorId: null });
    store.getState().select(null);
    store.getState().announce('Dropped');
    stop();
    expect(calls).toHaveLength(3);
  });

  it('still tells of changes made together when the code making them throws', () => {
    const { store, stop } = openTab();
    const calls = watch<AppState>(store);
    expect(() =>
      store.getState().together(() => {
        store.getState().select('a');
        throw new Error('broken');
      }),
    ).toThrow('broken');
    stop();
    expect(calls).toHaveLength(1);
    expect(calls[0]![0].selectedFactorId).toBe('a');
  });

  it('tells of a change from another tab as one change too', () => {
    const { doc, store, stop } = openTab();
    const other = new MatrixDoc(new Y.Doc());
    Y.applyUpdate(other.ydoc, Y.encodeStateAsUpdate(doc.ydoc));
    const calls = watch<AppState>(store);
    other.apply({ ...other.content(), scenarios: other.content().scenarios.map((s) => ({ ...s, name: 'Renamed' })) });
    Y.applyUpdate(doc.ydoc, Y.encodeStateAsUpdate(other.ydoc), 'another tab');
    const seen = calls.slice();
    stop();
    expect(seen).toHaveLength(1);
    expect(selectActiveScenario(seen[0]![0]).name).toBe('Renamed');
    expect(seen[0]![0]).toMatchObject({ canUndo: false, saveStatus: { state: 'saving' } });
  });
});

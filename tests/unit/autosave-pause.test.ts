import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { MatrixDoc } from '../../src/doc/matrixDoc';
import { DOC_KEY_PREFIX } from '../../src/io/docStorage';
import { safeStorage } from '../../src/io/safeStorage';
import { createActions } from '../../src/store/actions';
import { createAppStore } from '../../src/store/appStore';
import { FOLD_AFTER_KEYS, startAutosave } from '../../src/store/autosave';
import { cell, factor, scenario, workspace } from '../fixtures/builders';
import { createFakeStorage } from '../fixtures/fakeStorage';

// In a file of its own: the app notes the time of the last key press once per page
// (app/whenQuiet.ts), and the presses here must not reach the other autosave tests.

const PS = cell('political', 'strengths');
const press = () => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));

let stop: (() => void) | null = null;

beforeEach(() => {
  vi.useFakeTimers();
  // Without compression a whole copy is written as soon as it is made, so when it is made shows.
  vi.stubGlobal('CompressionStream', undefined);
});

afterEach(() => {
  stop?.();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

it('folds its saves into a whole copy only once the person pauses, since a large copy holds the page', async () => {
  const fake = createFakeStorage();
  const doc = new MatrixDoc();
  doc.load(workspace([scenario('one', [factor('a', PS)], { name: 'One' })], [], 'one'));
  const store = createAppStore(doc, 'one');
  stop = startAutosave(store, { storage: safeStorage(() => fake.getStorage()), tab: 'tab-own', doc });
  const actions = createActions(store);
  const ownKeys = () => [...fake.data.keys()].filter((key) => key.startsWith(`${DOC_KEY_PREFIX}tab-own/`));

  // Typing, a key every 400 ms: one save each, well past the number that calls for a fold.
  for (let n = 0; n < FOLD_AFTER_KEYS + 5; n++) {
    press();
    actions.addFactor(PS, { id: `n${n}`, title: `New ${n}` });
    await vi.advanceTimersByTimeAsync(400);
  }
  // Still typing, a key every half second, for four seconds more: the saves stay as they are.
  for (let n = 0; n < 8; n++) {
    press();
    await vi.advanceTimersByTimeAsync(500);
  }
  expect(ownKeys().length).toBeGreaterThan(FOLD_AFTER_KEYS);

  // A pause of a second: one whole copy replaces them.
  await vi.advanceTimersByTimeAsync(1_100);
  expect(ownKeys().length).toBeLessThan(5);
  expect(store.getState().saveStatus.state).toBe('saved');
});

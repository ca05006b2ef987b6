import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { startTabSync } from '../../src/sync/tabSync';

const stops: (() => void)[] = [];
let channelSeq = 0;

/** Two tabs of one browser: each document synced over the same channel. */
function twoTabs() {
  const channel = `tab-sync-test-${++channelSeq}`;
  const here = new Y.Doc();
  const there = new Y.Doc();
  stops.push(startTabSync(there, channel));
  const stopHere = startTabSync(here, channel);
  stops.push(stopHere);
  return { here, there, stopHere, titles: (doc: Y.Doc) => doc.getArray<string>('titles').toArray() };
}

afterEach(() => {
  stops.splice(0).forEach((stop) => stop());
});

describe('tab sync', () => {
  it('brings every change to the other tab, in the order made', async () => {
    const { here, there, titles } = twoTabs();
    const list = here.getArray<string>('titles');
    list.push(['first']);
    list.insert(0, ['second, put before it']);
    list.delete(1);
    await vi.waitFor(() => expect(titles(there)).toEqual(['second, put before it']));
  });

  it('a tab that stops straight after a change still hands it on', async () => {
    const { here, there, stopHere, titles } = twoTabs();
    here.getArray<string>('titles').push(['made just before closing']);
    stopHere();
    await vi.waitFor(() => expect(titles(there)).toEqual(['made just before closing']));
  });
});

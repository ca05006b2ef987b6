import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type WhenQuiet = typeof import('../../src/app/whenQuiet');

// The module keeps the time of the last input for the whole page, so each test takes a fresh copy.
async function fresh(): Promise<WhenQuiet> {
  vi.resetModules();
  return import('../../src/app/whenQuiet');
}

const press = () => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight' }));
const move = (buttons: number) => window.dispatchEvent(new PointerEvent('pointermove', { buttons }));

describe('whenQuiet', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('waits for the page to settle before running the work', async () => {
    const { whenQuiet, SETTLE_MS } = await fresh();
    const task = vi.fn();
    whenQuiet(task);
    vi.advanceTimersByTime(SETTLE_MS - 1);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(60_000);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('waits for a pause after the last key', async () => {
    const { whenQuiet, SETTLE_MS, PAUSE_MS } = await fresh();
    const task = vi.fn();
    whenQuiet(task);
    vi.advanceTimersByTime(SETTLE_MS - 100);
    press();
    vi.advanceTimersByTime(100);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(PAUSE_MS - 101);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('counts a drag as input but not a pointer passing over the page', async () => {
    const { whenQuiet, SETTLE_MS } = await fresh();
    const task = vi.fn();
    whenQuiet(task);
    vi.advanceTimersByTime(SETTLE_MS - 10);
    move(0);
    vi.advanceTimersByTime(10);
    expect(task).toHaveBeenCalledTimes(1);

    const dragged = vi.fn();
    whenQuiet(dragged);
    vi.advanceTimersByTime(SETTLE_MS - 10);
    move(1);
    vi.advanceTimersByTime(10);
    expect(dragged).not.toHaveBeenCalled();
  });

  it('runs the work by the longest wait even while the person never pauses', async () => {
    const { whenQuiet, LONGEST_WAIT_MS } = await fresh();
    const task = vi.fn();
    whenQuiet(task);
    for (let elapsed = 0; elapsed < LONGEST_WAIT_MS - 200; elapsed += 200) {
      press();
      vi.advanceTimersByTime(200);
    }
    expect(task).not.toHaveBeenCalled();
    press();
    vi.advanceTimersByTime(200);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('takes a longer pause and a later deadline when asked', async () => {
    const { whenQuiet, SETTLE_MS } = await fresh();
    const task = vi.fn();
    whenQuiet(task, { pause: 3_000, longest: 30_000 });
    vi.advanceTimersByTime(SETTLE_MS - 500);
    press();
    vi.advanceTimersByTime(2_999);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(1);

    const late = vi.fn();
    whenQuiet(late, { pause: 3_000, longest: 30_000 });
    for (let elapsed = 0; elapsed < 29_000; elapsed += 1_000) {
      press();
      vi.advanceTimersByTime(1_000);
    }
    expect(late).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_000);
    expect(late).toHaveBeenCalledTimes(1);
  });

  it('never runs cancelled work', async () => {
    const { whenQuiet, LONGEST_WAIT_MS } = await fresh();
    const task = vi.fn();
    const cancel = whenQuiet(task);
    vi.advanceTimersByTime(1_500);
    press();
    vi.advanceTimersByTime(700);
    expect(task).not.toHaveBeenCalled();
    cancel();
    vi.advanceTimersByTime(LONGEST_WAIT_MS);
    expect(task).not.toHaveBeenCalled();
  });
});

describe('inIdlePeriods', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs the steps in order, one per idle period', async () => {
    const { inIdlePeriods } = await fresh();
    const ran: number[] = [];
    inIdlePeriods([1, 2, 3].map((n) => () => ran.push(n)));
    expect(ran).toEqual([]);
    vi.runOnlyPendingTimers();
    expect(ran).toEqual([1]);
    vi.runOnlyPendingTimers();
    expect(ran).toEqual([1, 2]);
    vi.runOnlyPendingTimers();
    expect(ran).toEqual([1, 2, 3]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('runs no step once stopped', async () => {
    const { inIdlePeriods } = await fresh();
    const ran: number[] = [];
    const stop = inIdlePeriods([1, 2, 3].map((n) => () => ran.push(n)));
    vi.runOnlyPendingTimers();
    stop();
    vi.runAllTimers();
    expect(ran).toEqual([1]);
  });
});

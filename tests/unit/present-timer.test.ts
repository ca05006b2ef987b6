import { describe, expect, it } from 'vitest';
import {
  formatClock,
  initialTimer,
  isRunning,
  MAX_MINUTES,
  parseMinutes,
  spokenClock,
  type TimerAction,
  timerReducer,
  type TimerState,
} from '../../src/features/present/timer';

const run = (state: TimerState, ...actions: TimerAction[]) => actions.reduce(timerReducer, state);
const MIN = 60_000;

describe('timerReducer', () => {
  it('starts stopped at the set minutes', () => {
    const timer = initialTimer(5);
    expect(timer).toEqual({ minutes: 5, remainingMs: 5 * MIN, endsAt: null, finished: false });
    expect(isRunning(timer)).toBe(false);
  });

  it('counts down from the time it was started, by the clock rather than by ticks', () => {
    const timer = run(initialTimer(5), { type: 'start', now: 1_000 }, { type: 'tick', now: 1_000 + 90_000 });
    expect(isRunning(timer)).toBe(true);
    expect(timer.remainingMs).toBe(5 * MIN - 90_000);
  });

  it('keeps the time left while paused and goes on from there', () => {
    const paused = run(initialTimer(2), { type: 'start', now: 0 }, { type: 'pause', now: 30_000 });
    expect(isRunning(paused)).toBe(false);
    expect(paused.remainingMs).toBe(90_000);
    // Time passing while paused does not count.
    const resumed = run(paused, { type: 'tick', now: 500_000 }, { type: 'start', now: 500_000 }, { type: 'tick', now: 510_000 });
    expect(resumed.remainingMs).toBe(80_000);
  });

  it('finishes at zero, stops, and never goes below zero', () => {
    const done = run(initialTimer(1), { type: 'start', now: 0 }, { type: 'tick', now: 61_000 });
    expect(done).toMatchObject({ remainingMs: 0, finished: true, endsAt: null });
  });

  it('starts a finished countdown again from the full time', () => {
    const done = run(initialTimer(1), { type: 'start', now: 0 }, { type: 'tick', now: MIN });
    const again = run(done, { type: 'start', now: 100_000 });
    expect(again).toMatchObject({ remainingMs: MIN, endsAt: 100_000 + MIN, finished: false });
  });

  it('resets to the set minutes and clears the end signal', () => {
    const reset = run(initialTimer(3), { type: 'start', now: 0 }, { type: 'tick', now: 3 * MIN }, { type: 'reset' });
    expect(reset).toEqual(initialTimer(3));
  });

  it('setting the minutes stops the countdown and starts over with the new length', () => {
    const timer = run(initialTimer(5), { type: 'start', now: 0 }, { type: 'setMinutes', minutes: 10 });
    expect(timer).toEqual(initialTimer(10));
  });

  it('ignores pause and tick while stopped, and a second start while running', () => {
    const stopped = initialTimer(5);
    expect(run(stopped, { type: 'pause', now: 10 }, { type: 'tick', now: 20 })).toBe(stopped);
    const running = run(stopped, { type: 'start', now: 0 });
    expect(run(running, { type: 'start', now: 5_000 })).toBe(running);
  });
});

describe('parseMinutes', () => {
  it('reads whole minutes and clamps them to the range the clock can show', () => {
    expect(parseMinutes('7')).toBe(7);
    expect(parseMinutes(' 2.6 ')).toBe(3);
    expect(parseMinutes('0')).toBe(1);
    expect(parseMinutes('1000')).toBe(MAX_MINUTES);
  });

  it('refuses what is not a number', () => {
    expect(parseMinutes('')).toBeNull();
    expect(parseMinutes('ten')).toBeNull();
  });
});

describe('formatClock and spokenClock', () => {
  it('shows minutes and seconds, rounding up so 0:00 means the time is really up', () => {
    expect(formatClock(5 * MIN)).toBe('5:00');
    expect(formatClock(59_001)).toBe('1:00');
    expect(formatClock(61_000)).toBe('1:01');
    expect(formatClock(1)).toBe('0:01');
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(-5)).toBe('0:00');
  });

  it('says the time in words', () => {
    expect(spokenClock(5 * MIN)).toBe('5 minutes');
    expect(spokenClock(61_000)).toBe('1 minute 1 second');
    expect(spokenClock(0)).toBe('0 seconds');
  });
});

describe('ticks', () => {
  it('change the state only when the shown second changes, so the screen re-renders once a second', () => {
    const running = timerReducer(initialTimer(1), { type: 'start', now: 0 });
    expect(timerReducer(running, { type: 'tick', now: 250 })).toBe(running);
    const next = timerReducer(running, { type: 'tick', now: 1_000 });
    expect(next).not.toBe(running);
    expect(formatClock(next.remainingMs)).toBe('0:59');
  });

  it('still pause at the exact time left', () => {
    const running = timerReducer(initialTimer(1), { type: 'start', now: 0 });
    const ticked = timerReducer(running, { type: 'tick', now: 250 });
    expect(timerReducer(ticked, { type: 'pause', now: 400 }).remainingMs).toBe(59_600);
  });
});

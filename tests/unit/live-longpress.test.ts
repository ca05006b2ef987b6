import { describe, expect, it } from 'vitest';
import { createLongPress, LONG_PRESS_MS, type PressTimer } from '../../src/features/live/longPress';

/** A clock the test moves by hand. */
function manualTimer() {
  let now = 0;
  const pending = new Map<number, { at: number; run(): void }>();
  let next = 1;
  const timer: PressTimer = {
    set(run, ms) {
      pending.set(next, { at: now + ms, run });
      return next++;
    },
    clear(handle) {
      pending.delete(handle as number);
    },
  };
  const advance = (ms: number) => {
    now += ms;
    for (const [handle, entry] of [...pending]) {
      if (entry.at <= now) {
        pending.delete(handle);
        entry.run();
      }
    }
  };
  return { timer, advance, pending };
}

function setup() {
  const clock = manualTimer();
  let presses = 0;
  const press = createLongPress(() => presses++, clock.timer);
  return { clock, press, presses: () => presses };
}

describe('a long press on the vote button', () => {
  it('fires once after 500 ms of a resting finger, and swallows the click that follows', () => {
    const { clock, press, presses } = setup();
    press.down(100, 100);
    clock.advance(LONG_PRESS_MS - 1);
    expect(presses()).toBe(0);
    press.move(104, 106);
    clock.advance(1);
    expect(presses()).toBe(1);
    press.cancel();
    expect(press.consumeFired()).toBe(true);
    expect(press.consumeFired()).toBe(false);
  });

  it('is cancelled by a lifted finger before 500 ms, and the tap still counts as a click', () => {
    const { clock, press, presses } = setup();
    press.down(10, 10);
    clock.advance(300);
    press.cancel();
    clock.advance(1000);
    expect(presses()).toBe(0);
    expect(press.consumeFired()).toBe(false);
    expect(clock.pending.size).toBe(0);
  });

  it('is cancelled by a move of more than 10 px, but not by a tremble within it', () => {
    const { clock, press, presses } = setup();
    press.down(0, 0);
    press.move(6, 8); // exactly 10 px away
    clock.advance(200);
    press.move(8, 8); // 11.3 px
    clock.advance(1000);
    expect(presses()).toBe(0);
  });

  it('starts afresh on each press', () => {
    const { clock, press, presses } = setup();
    press.down(0, 0);
    clock.advance(400);
    press.down(50, 50);
    clock.advance(400);
    expect(presses()).toBe(0);
    clock.advance(100);
    expect(presses()).toBe(1);
  });
});

import { type PointerEvent, useState } from 'react';

/** How long a finger rests on the vote button to take a dot back, and how far it may drift. */
export const LONG_PRESS_MS = 500;
export const LONG_PRESS_SLOP_PX = 10;

export interface PressTimer {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const realTimer: PressTimer = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * A long press as a small state machine over pointer positions, apart from React so a test can
 * drive it with its own clock. A press that fired also produces a click when the finger lifts;
 * `consumeFired` lets the click handler swallow that one, so a long press never also adds a dot.
 */
export function createLongPress(onLongPress: () => void, timer: PressTimer = realTimer) {
  let start: { x: number; y: number } | null = null;
  let handle: unknown = null;
  let fired = false;
  const cancel = () => {
    if (handle !== null) timer.clear(handle);
    handle = null;
    start = null;
  };
  return {
    down(x: number, y: number) {
      cancel();
      fired = false;
      start = { x, y };
      handle = timer.set(() => {
        handle = null;
        start = null;
        fired = true;
        onLongPress();
      }, LONG_PRESS_MS);
    },
    move(x: number, y: number) {
      if (start && Math.hypot(x - start.x, y - start.y) > LONG_PRESS_SLOP_PX) cancel();
    },
    cancel,
    consumeFired(): boolean {
      const was = fired;
      fired = false;
      return was;
    },
  };
}

/** Pointer handlers for a button that also acts on a long press. Keyboard clicks never start one. */
export function useLongPress(onLongPress: () => void) {
  // The latest callback is read when the timer fires, so a press spans re-renders.
  const [press] = useState(() => {
    const holder = { run: onLongPress };
    return { holder, machine: createLongPress(() => holder.run()) };
  });
  press.holder.run = onLongPress;
  const { machine } = press;
  return {
    consumeFired: machine.consumeFired,
    handlers: {
      onPointerDown: (event: PointerEvent) => {
        if (event.button === 0) machine.down(event.clientX, event.clientY);
      },
      onPointerMove: (event: PointerEvent) => machine.move(event.clientX, event.clientY),
      onPointerUp: machine.cancel,
      onPointerCancel: machine.cancel,
      onPointerLeave: machine.cancel,
      // A resting finger opens the context menu on Android; the press means "take back" here.
      onContextMenu: (event: { preventDefault(): void }) => event.preventDefault(),
    },
  };
}

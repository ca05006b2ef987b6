/**
 * Work a page does for later (registering the service worker, which then downloads the whole
 * app for offline use, and fetching the panels' code) waits until the page has been up for a
 * moment and the person at it has paused.
 *
 * Started as soon as the matrix was painted, that work took the machine's cores from the first
 * things a person did: in the bench, on two cores, the first keyboard move of a page took 46–77 ms
 * where it took 13–34 with the work held back, and the first switch to a fork 17–59 where it took
 * 10–14 (six and eight page loads each).
 */

/** No work for later in the page's first moments. */
export const SETTLE_MS = 2_000;
/** A key, a click or a drag in the last second means the person is busy: wait until they pause. */
export const PAUSE_MS = 1_000;
/** Offline use must not wait on a person who never pauses, so the wait has an end. */
export const LONGEST_WAIT_MS = 10_000;

/** For the service worker: a longer pause, since its install takes the machine for over a second. */
export const OFFLINE_WAIT = { pause: 3_000, longest: 30_000 };

const INPUTS = ['keydown', 'pointerdown', 'pointerup', 'wheel', 'touchstart'] as const;

let lastInputAt = Number.NEGATIVE_INFINITY;
let listening = false;

const noteInput = () => {
  lastInputAt = performance.now();
};
// A pointer moving with a button down is a drag under way; one merely passing over is not input.
const noteDrag = (event: PointerEvent) => {
  if (event.buttons !== 0) noteInput();
};

function listen(): void {
  if (listening) return;
  listening = true;
  const options = { capture: true, passive: true };
  for (const type of INPUTS) window.addEventListener(type, noteInput, options);
  window.addEventListener('pointermove', noteDrag, options);
}

/**
 * Runs `task` once at least SETTLE_MS have passed since this call and `pause` since the last
 * input, or `longest` after this call at the latest. Returns a function that cancels it.
 */
export function whenQuiet(task: () => void, { pause = PAUSE_MS, longest = LONGEST_WAIT_MS } = {}): () => void {
  listen();
  const start = performance.now();
  let timer = 0;
  const check = () => {
    const now = performance.now();
    const due = Math.min(Math.max(start + SETTLE_MS, lastInputAt + pause), start + longest);
    if (now >= due) task();
    else timer = window.setTimeout(check, due - now);
  };
  timer = window.setTimeout(check, SETTLE_MS);
  return () => window.clearTimeout(timer);
}

/**
 * Runs `task` in the browser's next idle period (3 s at the latest), or shortly where the browser
 * has no idle callbacks. Returns a function that cancels it.
 */
export function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: 3000 });
    return () => cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(task, 50);
  return () => window.clearTimeout(handle);
}

/** Runs `steps` one after another, each in an idle period of its own. Returns a function that stops them. */
export function inIdlePeriods(steps: ReadonlyArray<() => void>): () => void {
  const left = [...steps];
  let cancel = () => {};
  const next = () => {
    left.shift()?.();
    if (left.length > 0) cancel = whenIdle(next);
  };
  if (left.length > 0) cancel = whenIdle(next);
  return () => cancel();
}

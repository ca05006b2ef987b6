// A bench run on a busy machine measures the other work as much as the page: the run of
// 2026-12-05 that started at load 4.01 on two cores took about twice as long, on every page (the
// peers' included), as the run of 2026-12-06 at 0.43. So the timed loads wait until the machine
// is quiet, and the report says when it never was.
import os from 'node:os';

const POLL_MS = 5000;

/** The machine counts as quiet when its one-minute load average is at most half its cores. */
export const quietLoad = () => os.availableParallelism() / 2;

const loadNow = () => Math.round(os.loadavg()[0] * 100) / 100;

/**
 * Waits up to `limitSeconds` for the load average to fall to `quietLoad()`; returns the load it
 * started at, how long it waited, and whether the machine was quiet in the end.
 */
export async function waitUntilQuiet(limitSeconds) {
  const started = Date.now();
  const threshold = quietLoad();
  let load = loadNow();
  if (load > threshold && limitSeconds > 0) {
    console.log(`bench: waiting for the machine to be quiet (load ${load}, wanted at most ${threshold}; up to ${limitSeconds} s)`);
    while (load > threshold && Date.now() - started < limitSeconds * 1000) {
      await new Promise((done) => setTimeout(done, POLL_MS));
      load = loadNow();
    }
  }
  return { load, threshold, waitedSeconds: Math.round((Date.now() - started) / 1000), quiet: load <= threshold };
}

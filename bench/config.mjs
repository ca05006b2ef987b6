// What a bench run is asked to do (environment variables) and the constants every part shares.
import { join } from 'node:path';
import { disableFeaturesSwitch } from '../tests/tools/chromiumFeatures.mjs';

export const ROOT = join(import.meta.dirname, '..');
export const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5)); // fewer than 5 only for a quick look
export const SIZES = (process.env.BENCH_SIZES ?? '100,1000,5000').split(',').map(Number).filter((n) => n > 0);
// Samples of each interaction per page load: 2 up to 1,000 factors, 1 at 5,000, where each
// load takes about a minute (5 loads still give 5 samples).
export const repeatFor = (size) => Math.max(1, Number(process.env.BENCH_REPEAT ?? (size >= 5000 ? 1 : 2)));
export const PROFILE = process.env.BENCH_PROFILE !== '0';
/** How long the timed loads may wait for a quiet machine (bench/quiet.mjs); 0 does not wait. */
export const QUIET_WAIT_SECONDS = Math.max(0, Number(process.env.BENCH_QUIET_WAIT ?? 180));
export const PROFILE_SIZE = Number(process.env.BENCH_PROFILE_SIZE ?? 1000);
export const VIEWPORT = { width: 1280, height: 720 };
export const STEP_TIMEOUT = 60_000;
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', disableFeaturesSwitch];
export const CHROMIUM_CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'];

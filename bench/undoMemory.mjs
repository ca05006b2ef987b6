// What the undo history costs in memory.
import { fixturesFor } from './fixtures.mjs';
import { STEP_TIMEOUT } from './config.mjs';
import { openSeeded } from './runs.mjs';
import { round } from './stats.mjs';

export const UNDO_STEPS = 200;
export const UNDO_MEMORY_SIZE = 5000;

/** JavaScript heap in use after a full garbage collection, in bytes. */
async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/**
 * What 200 undoable steps cost in memory at 5,000 factors: the heap after a full collection,
 * before and after adding 200 factors one by one (each an undo step). The 200 factors themselves
 * are a few kilobytes; the rest is what the undo history and the caches keep.
 */
export async function undoMemory(browser, base) {
  const fixtures = fixturesFor(UNDO_MEMORY_SIZE);
  const single = await openSeeded(browser, base, fixtures.single, fixtures.a.name);
  try {
    const { page } = single;
    const cdp = await page.context().newCDPSession(page);
    const label = 'Social opportunities';
    const input = page.getByRole('textbox', { name: `New factor in ${label}`, exact: true });
    // The form's code may still be on its way (it comes with the idle preload): wait for the form.
    const openForm = async () => {
      await page.getByRole('button', { name: `Add factor to ${label}`, exact: true }).click();
      await input.waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
    };
    await openForm();
    const before = await heapAfterGc(cdp);
    for (let step = 1; step <= UNDO_STEPS; step++) {
      if (!(await input.isVisible())) await openForm();
      await input.fill(`Undo memory step ${step}`);
      await page.keyboard.press('Enter');
    }
    await page.waitForFunction((n) => document.body.textContent?.includes(`Undo memory step ${n}`), UNDO_STEPS, { timeout: STEP_TIMEOUT });
    const undoable = await page.getByRole('group', { name: 'History' }).getByRole('button', { name: 'Undo' }).isEnabled();
    if (!undoable) throw new Error('no undo history after the steps');
    const after = await heapAfterGc(cdp);
    return { steps: UNDO_STEPS, factors: UNDO_MEMORY_SIZE, beforeMB: round(before / 2 ** 20), afterMB: round(after / 2 ** 20), growthMB: round((after - before) / 2 ** 20) };
  } finally {
    await single.context.close();
  }
}

// Page loads: each is a fresh browser context (empty HTTP cache, empty storage) seeded with a
// generated workspace, then driven through the interactions. Between steps the drivers wait
// for the autosave, whose duration src/store/autosave.ts marks with
// performance.measure('autosave-write' | 'autosave-flush').
import { repeatFor, STEP_TIMEOUT, VIEWPORT } from './config.mjs';
import { WORKSPACE_KEY } from './fixtures.mjs';
import { pageInstrumentation } from './instrument.mjs';
import { addFactor, importScenario, keyboardMove, pointerDrag, showBuiltMatrix, switchScenario, switchToFork } from './interactions.mjs';

/**
 * What a returning user's browser holds for a workspace: the app itself stores it, from the
 * previous version's envelope, in its own form (the Yjs copies under swot-pest-matrix/doc/…).
 * Made once per workspace, so the timed loads read storage as a returning user's would. Making
 * it is the app's first save of that workspace, a whole copy, whose duration is kept.
 */
const storedForm = new Map();
async function storedFormOf(browser, base, envelopeText) {
  if (storedForm.has(envelopeText)) return storedForm.get(envelopeText).entries;
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.goto(`${base}/__blank`);
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [WORKSPACE_KEY, envelopeText]);
    await page.goto(`${base}/`);
    await page.waitForFunction(() => performance.getEntriesByName('autosave-whole-copy', 'measure').length > 0, null, { timeout: STEP_TIMEOUT });
    const wholeCopies = await page.evaluate(() => performance.getEntriesByName('autosave-whole-copy', 'measure').map((entry) => entry.duration));
    // Leaving the page stores the copy of its first screen that the next visit paints at once
    // (src/app/firstScreen), once the app has started keeping one.
    await page.waitForFunction(() => performance.getEntriesByName('first-screen-kept', 'mark').length > 0, null, { timeout: STEP_TIMEOUT });
    await page.goto(`${base}/__blank`);
    const entries = await page.evaluate(() => Object.keys(localStorage).map((key) => [key, localStorage.getItem(key)]));
    storedForm.set(envelopeText, { entries, wholeCopies });
    return entries;
  } finally {
    await context.close();
  }
}

/** How long the first save of each of these workspaces took (a whole copy), for those whose stored form has been made. */
export const firstSavesOf = (envelopeTexts) => envelopeTexts.flatMap((text) => storedForm.get(text)?.wholeCopies ?? []);

export async function openSeeded(browser, base, stored, expectName) {
  return openWithStorage(browser, base, await storedFormOf(browser, base, stored), expectName);
}

/** A peer page shows the same workspace, read from the same storage key as the app's previous version. */
export async function openPeer(browser, base, envelopeText, expectName) {
  return openWithStorage(browser, base, [[WORKSPACE_KEY, envelopeText]], expectName);
}

async function openWithStorage(browser, base, entries, expectName) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  await context.addInitScript(pageInstrumentation);
  const page = await context.newPage();
  await page.goto(`${base}/__blank`);
  await page.evaluate((pairs) => pairs.forEach(([key, value]) => localStorage.setItem(key, value)), entries);
  await page.goto(`${base}/`);
  const nav = await (await page.waitForFunction(() => window.__benchNav, null, { timeout: STEP_TIMEOUT })).jsonValue();
  const ready = await (await page.waitForFunction(() => window.__benchNavReady, null, { timeout: STEP_TIMEOUT })).jsonValue();
  const firstScreen = await page.evaluate(() => window.__benchFirstScreen);
  const label = await page.locator('.matrix').first().getAttribute('aria-label');
  if (!label?.includes(expectName)) throw new Error(`the seeded workspace was not opened (matrix shows "${label}")`);
  return { context, page, nav, ready, firstScreen };
}

/** Runs `step`; a failure is listed in `errors` and the run goes on. */
const safelyFor = (size, errors, prefix = '') => async (what, step) => {
  try {
    await step();
  } catch (error) {
    errors.push(`${prefix}${size} factors, ${what}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
};

export async function runSize(browser, base, fixtures, record, errors, warmUp = false) {
  const REPEAT = repeatFor(fixtures.size);
  const safely = safelyFor(fixtures.size, errors);
  // One scenario: navigation, then the editing interactions, then an import.
  const single = await openSeeded(browser, base, fixtures.single, fixtures.a.name);
  try {
    if (!single.firstScreen) errors.push(`${fixtures.size} factors: the page did not paint the copy of its first screen`);
    record('navigation → matrix painted', single.nav);
    record("navigation → app's matrix ready", single.ready);
    for (let i = 0; i < REPEAT; i++) await safely('keyboard move', () => keyboardMove(single.page, record));
    for (let i = 0; i < REPEAT; i++) await safely('pointer drag', () => pointerDrag(single.page, record));
    for (let i = 0; i < REPEAT; i++) await safely('add factor', () => addFactor(single.page, record));
    for (let i = 0; i < REPEAT; i++) await safely('show the built matrix', () => showBuiltMatrix(single.page, record));
    await safely('import', () => importScenario(single.page, fixtures, record));
    const saves = await single.page.evaluate(() => window.__bench.autosaves());
    const task = (duration) => ({ paint: duration, commit: duration, settled: duration });
    for (const duration of saves.write) record('autosave write (encode + setItem)', task(duration));
    for (const duration of saves.flush) record('autosave flush (whole task)', task(duration));
    for (const duration of saves.whole) record('autosave whole copy (first save, folding)', task(duration));
  } finally {
    await single.context.close();
  }
  if (warmUp) return;
  // Two scenarios: switching between them.
  const pair = await openSeeded(browser, base, fixtures.pair, fixtures.a.name);
  try {
    for (let i = 0; i < REPEAT; i++) await safely('switch scenario', () => switchScenario(pair.page, fixtures, record, i % 2 === 0));
  } finally {
    await pair.context.close();
  }
  // A scenario and its fork, which share their factors: the switch an analyst comparing them makes.
  const forks = await openSeeded(browser, base, fixtures.forkPair, fixtures.a.name);
  try {
    for (let i = 0; i < REPEAT; i++) await safely('switch to a fork', () => switchToFork(forks.page, fixtures, record, i % 2 === 0));
  } finally {
    await forks.context.close();
  }
}

/** One load of a peer page: navigation, then the same drag and add drivers as the app's; then a load with two scenarios to switch between. */
export async function runPeerSize(browser, peer, fixtures, record, errors) {
  const REPEAT = repeatFor(fixtures.size);
  const safely = safelyFor(fixtures.size, errors, `${peer.name}: `);
  const single = await openPeer(browser, peer.base, fixtures.single, fixtures.a.name);
  try {
    record('navigation → matrix painted', single.nav);
    for (let i = 0; i < REPEAT; i++) await safely('keyboard move', () => keyboardMove(single.page, record));
    for (let i = 0; i < REPEAT; i++) await safely('pointer drag', () => pointerDrag(single.page, record));
    for (let i = 0; i < REPEAT; i++) await safely('add factor', () => addFactor(single.page, record));
    for (let i = 0; i < REPEAT; i++) await safely('show the built matrix', () => showBuiltMatrix(single.page, record));
  } finally {
    await single.context.close();
  }
  const pair = await openPeer(browser, peer.base, fixtures.pair, fixtures.a.name);
  try {
    for (let i = 0; i < REPEAT; i++) await safely('switch scenario', () => switchScenario(pair.page, fixtures, record, i % 2 === 0));
  } finally {
    await pair.context.close();
  }
}

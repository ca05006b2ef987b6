// The drivers: each performs one user interaction through page.keyboard and page.mouse (so that
// none of Playwright's own in-page work falls inside a measured window) and records how long the
// page took to show its result. The same drivers run against the app and both peer pages; they
// rely only on the DOM contract described in instrument.mjs and on the accessible names of the
// "Add factor" button and field.
import { STEP_TIMEOUT } from './config.mjs';

/** While set, every timed step is CPU-profiled (only the measured window, not Playwright's own work). */
let profiler = null;
export const setProfiler = (value) => {
  profiler = value;
};

/** Arms the page for `event`, performs `action`, and waits until `predicate` holds and is painted. */
export async function timed(page, { event, predicate, args, action }) {
  await page.evaluate(([e, p, a]) => window.__bench.arm(e, p, a), [event, predicate, args]);
  if (profiler) await profiler.session.send('Profiler.start');
  await action();
  const result = await page.evaluate((ms) => window.__bench.wait(ms), STEP_TIMEOUT);
  if (profiler) profiler.profiles.push((await profiler.session.send('Profiler.stop')).profile);
  return { paint: result.paint - result.start, commit: result.commit - result.start, settled: result.settled - result.start };
}

export const nextPaint = (page) => page.evaluate(() => window.__bench.nextPaint());

/**
 * Waits for the autosave a change triggers; `before` is null for a view change, which saves
 * nothing, and on a page that never saves.
 */
export async function afterChange(page, before) {
  if (before !== null) await page.evaluate(([count, ms]) => window.__bench.waitAutosave(count, ms), [before, STEP_TIMEOUT]);
  await page.waitForTimeout(300); // let drop animations and toasts settle before the next step
  await nextPaint(page);
}

export const autosaveCount = (page) => page.evaluate(() => window.__bench.autosaveCount());

export const firstCardIn = (page, cell) =>
  page.evaluate((c) => document.querySelector(`section[data-cell="${c}"] [data-factor-id]`)?.getAttribute('data-factor-id') ?? null, cell);

export const cardLocator = (page, id) => page.locator(`[data-factor-id="${id}"]`);

/** Measured the same on every page: how long showing its matrix, already built, takes (see instrument.mjs). */
export async function showBuiltMatrix(page, record) {
  await page.evaluate(() => window.scrollTo(0, 0));
  const result = await page.evaluate(() => window.__bench.showBuiltMatrix());
  record('built matrix shown (reference)', { paint: result.paint - result.start, commit: 0, settled: result.settled - result.start });
  await nextPaint(page);
}

export async function keyboardMove(page, record) {
  // The top row: at 1,000 factors and more the cards of lower rows are not mounted until scrolled to.
  const from = 'political:strengths';
  await page.evaluate(() => window.scrollTo(0, 0));
  const id = await firstCardIn(page, from);
  if (!id) throw new Error(`no card in ${from}`);
  await cardLocator(page, id).focus();
  await nextPaint(page);
  const saves = await autosaveCount(page);
  record('keyboard pick up (Space)', await timed(page, { event: 'keydown', predicate: 'placeholder', args: [id, true], action: () => page.keyboard.press('Space') }));
  record('keyboard to next cell (→)', await timed(page, { event: 'keydown', predicate: 'cardLeft', args: [id, from, null], action: () => page.keyboard.press('ArrowRight') }));
  record('keyboard drop (Space)', await timed(page, { event: 'keydown', predicate: 'cardLeft', args: [id, from, false], action: () => page.keyboard.press('Space') }));
  await afterChange(page, saves);
}

export async function pointerDrag(page, record) {
  const from = 'political:strengths';
  const to = 'political:weaknesses';
  await page.evaluate(() => {
    window.scrollTo(0, 0);
    for (const cell of document.querySelectorAll('section[data-cell]')) cell.scrollTop = 0;
  });
  await nextPaint(page);
  const id = await firstCardIn(page, from);
  const targetId = await firstCardIn(page, to);
  if (!id) throw new Error(`no card in ${from}`);
  const source = await cardLocator(page, id).boundingBox();
  const target = targetId ? await cardLocator(page, targetId).boundingBox() : await page.locator(`section[data-cell="${to}"]`).boundingBox();
  if (!source || !target) throw new Error('cards to drag are not on screen');
  const saves = await autosaveCount(page);
  const x = source.x + source.width / 2;
  const y = source.y + source.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 12, y + 4, { steps: 3 }); // past the 6 px activation distance
  await page.waitForFunction((factorId) => document.querySelector(`[data-factor-id="${factorId}"]`)?.classList.contains('card--placeholder'), id, { timeout: STEP_TIMEOUT });
  await nextPaint(page);
  record('pointer drag into next cell', await timed(page, {
    event: 'mousemove',
    predicate: 'cardIn',
    args: [id, to, true],
    action: () => page.mouse.move(target.x + target.width / 2, target.y + Math.min(target.height / 3, 12)),
  }));
  record('pointer drop', await timed(page, { event: 'mouseup', predicate: 'cardIn', args: [id, to, false], action: () => page.mouse.up() }));
  await afterChange(page, saves);
}

let addSeq = 0;
export async function addFactor(page, record) {
  const cell = 'social:opportunities';
  const label = 'Social opportunities';
  const title = `Benchmark added factor ${++addSeq}`;
  await page.getByRole('button', { name: `Add factor to ${label}`, exact: true }).click();
  const input = page.getByRole('textbox', { name: `New factor in ${label}`, exact: true });
  await input.fill(title);
  await nextPaint(page);
  const saves = await autosaveCount(page);
  // page.keyboard and page.mouse go straight to the browser's input; a locator's own actions
  // would first run Playwright's element queries on the page, inside the measured window.
  record('add factor (Enter)', await timed(page, { event: 'keydown', predicate: 'titleIn', args: [title, cell], action: () => page.keyboard.press('Enter') }));
  await afterChange(page, saves);
}

export async function importScenario(page, fixtures, record) {
  const saves = await autosaveCount(page);
  const chooserPromise = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…', exact: true }).click();
  const chooser = await chooserPromise;
  const preview = await timed(page, {
    event: 'change',
    predicate: 'dialogOpen',
    args: [],
    action: () => chooser.setFiles({ name: `bench-${fixtures.size}.json`, mimeType: 'application/json', buffer: fixtures.importFile }),
  });
  const heading = await page.locator('dialog[open] h2').first().textContent();
  if (!heading?.startsWith('Import ')) {
    const problems = await page.locator('dialog[open]').innerText();
    throw new Error(`the import was refused: ${problems}`);
  }
  record('import: file chosen → preview', preview);
  const button = page.getByRole('button', { name: 'Import 1 scenario', exact: true });
  await button.scrollIntoViewIfNeeded();
  const box = await button.boundingBox();
  if (!box) throw new Error('the confirm button is not on screen');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await nextPaint(page);
  const confirm = await timed(page, {
    event: 'click',
    predicate: 'cardShown',
    args: [fixtures.imported.factors[0].id],
    action: () => page.mouse.click(box.x + box.width / 2, box.y + box.height / 2),
  });
  record('import: confirm → matrix', confirm);
  record('import total (preview + confirm)', {
    paint: preview.paint + confirm.paint,
    commit: preview.commit + confirm.commit,
    settled: preview.settled + confirm.settled,
  });
  await afterChange(page, saves);
}

/** Shows `scenario` through the picker, timed until `predicate` holds, as `metric`. */
async function pickScenario(page, record, metric, scenario, predicate, args) {
  const picker = page.getByRole('combobox', { name: 'Scenario', exact: true });
  record(metric, await timed(page, { event: 'input', predicate, args, action: () => picker.selectOption(scenario.id) }));
  // Which scenario a tab shows is session state: it is never written into the document.
  await afterChange(page, null);
}

export async function switchScenario(page, fixtures, record, toB) {
  const scenario = toB ? fixtures.b : fixtures.a;
  await pickScenario(page, record, 'switch scenario', scenario, 'cardShown', [scenario.factors[0].id]);
}

/** Switches between a scenario and its fork: the same cards, five of them retitled, so it waits for a title. */
export async function switchToFork(page, fixtures, record, toFork) {
  const scenario = toFork ? fixtures.fork : fixtures.a;
  const [first] = scenario.factors;
  await pickScenario(page, record, 'switch to a fork (shared factors)', scenario, 'cardTitled', [first.id, first.title]);
}

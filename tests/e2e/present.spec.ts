import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { openFresh, waitForSave } from './helpers';

/**
 * Present mode, run from the keyboard alone, at the two projector sizes the issue names.
 * Factor titles are read from the page, never assumed, so the tests hold whatever the seed says.
 */
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;

const PEST = ['Political', 'Economic', 'Social', 'Technological'];
const SWOT = ['strengths', 'weaknesses', 'opportunities', 'threats'];
const CELLS = PEST.flatMap((row) => SWOT.map((column) => `${row} ${column}`));

const present = (page: Page): Locator => page.getByTestId('present-mode');
const region = (page: Page, name: string): Locator => present(page).getByRole('region', { name, exact: true });
/** Every card the cell has rendered, shown or behind "+N more". */
const cardsIn = (cell: Locator): Locator => cell.locator('[data-factor-id]');
const shownCardsIn = (cell: Locator): Locator => cardsIn(cell).filter({ visible: true });
/** Titles by text content: innerText would skip the cards hidden behind "+N more". */
const titlesOf = (cards: Locator): Promise<string[]> => cards.locator('.card__title').allTextContents();
const focusedName = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null);

async function enterWithP(page: Page): Promise<void> {
  // The editor's key listener is attached in an effect just after the first paint; a key sent in
  // that instant is lost, so press again until Present mode opens (P does nothing once it is open).
  await expect(async () => {
    await page.keyboard.press('p');
    await expect(present(page)).toBeVisible({ timeout: 2_000 });
  }).toPass();
  await expect(region(page, 'Political strengths')).toBeFocused();
}

/**
 * Each cell's titles, in order, from the scenario as the app exports it: a truth that does not
 * come from Present mode's own rendering (nor from the editor, which mounts only the cards near
 * the viewport).
 */
async function editorTitles(page: Page): Promise<Map<string, string[]>> {
  return new Map([...(await editorFactors(page))].map(([name, factors]) => [name, factors.map((factor) => factor.title)]));
}

interface Exported {
  title: string;
  pest: string;
  swot: string;
  votes: number;
  impact: number | null;
}

async function editorFactors(page: Page): Promise<Map<string, Exported[]>> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export scenario' }).click();
  const file = JSON.parse(await readFile((await (await download).path())!, 'utf8')) as { scenarios: { factors: Exported[] }[] };
  const factors = new Map<string, Exported[]>(CELLS.map((name) => [name, []]));
  for (const factor of file.scenarios[0]!.factors) {
    factors.get(`${factor.pest[0]!.toUpperCase()}${factor.pest.slice(1)} ${factor.swot}`)!.push(factor);
  }
  return factors;
}

/** The titles a full cell should keep in view first: most votes, then highest impact, then the cell's order. */
const byVotes = (factors: readonly Exported[]): string[] =>
  factors
    .map((factor, index) => ({ factor, index }))
    .sort((a, b) => b.factor.votes - a.factor.votes || (b.factor.impact ?? 0) - (a.factor.impact ?? 0) || a.index - b.index)
    .map(({ factor }) => factor.title);

/**
 * Where a card is, its title's size, and whether the room can see it: not inert, inside the
 * window, and what the screen shows at its centre (nothing lies over it).
 */
function seen(card: Locator) {
  return card.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const title = element.querySelector('.card__title')!;
    const middle = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return {
      inWindow: box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight + 0.5 && box.right <= innerWidth + 0.5,
      uncovered: Boolean(middle && element.contains(middle)),
      inert: Boolean(element.closest('[inert]')),
      fontSize: parseFloat(getComputedStyle(title).fontSize),
    };
  });
}

async function fontSize(locator: Locator): Promise<number> {
  return locator.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
}

async function seriousViolations(page: Page): Promise<string[]> {
  // AAA is included so that axe checks the 7:1 contrast of the presentation themes.
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag2aaa', 'best-practice'])
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(', ')})`);
}

async function screenshot(page: Page, name: string): Promise<void> {
  const { width, height } = page.viewportSize()!;
  // Kept with the test results (not in the source tree) so that a reviewer can look at them.
  await page.screenshot({ path: `test-results/screenshots/present-${width}x${height}-${name}.png`, animations: 'disabled' });
}

for (const size of SIZES) {
  test.describe(`Present mode at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });

    test.beforeEach(async ({ page }) => {
      // A controlled clock lets the timer test jump ahead instead of waiting; it runs at normal speed otherwise.
      await page.clock.install();
      await openFresh(page);
    });

    test('is readable from the back: big type, every card whole on screen, "+N more" where cards do not fit', async ({ page }) => {
      const factors = await editorFactors(page);
      const expected = new Map([...factors].map(([name, list]) => [name, list.map((factor) => factor.title)]));
      await enterWithP(page);

      await expect(present(page).locator('.p-colhead')).toHaveCount(4);
      await expect(present(page).locator('.p-rowhead')).toHaveCount(4);
      for (const header of await present(page).locator('.p-colhead, .p-rowhead').all()) {
        await expect(header).toBeVisible();
        expect(await fontSize(header)).toBeGreaterThanOrEqual(32);
        const box = (await header.boundingBox())!;
        expect(box.x + box.width).toBeLessThanOrEqual(size.width);
        expect(box.y + box.height).toBeLessThanOrEqual(size.height);
      }

      let hiddenSomewhere = false;
      for (const name of CELLS) {
        const cell = region(page, name);
        await expect(cell).toBeVisible();
        const cellBox = (await cell.boundingBox())!;
        const shown = shownCardsIn(cell);
        const total = expected.get(name)!.length;
        await expect(cardsIn(cell)).toHaveCount(total);
        const count = await shown.count();
        // Every cell shows at least its first card, a long title ending in an ellipsis, never only its count.
        if (total > 0) expect(count, name).toBeGreaterThan(0);
        for (let index = 0; index < count; index++) {
          const card = shown.nth(index);
          expect(await fontSize(card.locator('.card__title'))).toBeGreaterThanOrEqual(24);
          const box = (await card.boundingBox())!;
          // Inside the screen and inside its own cell: nothing is cut off.
          expect(box.x).toBeGreaterThanOrEqual(0);
          expect(box.y).toBeGreaterThanOrEqual(0);
          expect(box.x + box.width).toBeLessThanOrEqual(size.width);
          expect(box.y + box.height).toBeLessThanOrEqual(size.height);
          expect(box.x).toBeGreaterThanOrEqual(cellBox.x);
          expect(box.y).toBeGreaterThanOrEqual(cellBox.y);
          expect(box.x + box.width).toBeLessThanOrEqual(cellBox.x + cellBox.width + 0.5);
          expect(box.y + box.height).toBeLessThanOrEqual(cellBox.y + cellBox.height + 0.5);
        }
        // A cell that shows them all keeps its own order; a full one keeps its most voted, then
        // highest-impact cards in view.
        expect(await titlesOf(shown)).toEqual(count < total ? byVotes(factors.get(name)!).slice(0, count) : expected.get(name));
        const more = cell.locator('.p-more');
        if (count < total) {
          hiddenSomewhere = true;
          await expect(more).toBeVisible();
          await expect(more).toHaveText(`+${total - count} more of ${total}`);
          const moreBox = (await more.boundingBox())!;
          expect(moreBox.y + moreBox.height).toBeLessThanOrEqual(cellBox.y + cellBox.height);
          expect(await fontSize(more)).toBeGreaterThanOrEqual(16);
        } else {
          await expect(more).toBeHidden();
        }
      }
      await screenshot(page, 'light');

      if (hiddenSomewhere) {
        // Zooming into a cell that says "+N more" shows all of its cards, bigger, scrolling if need be.
        const fullest = CELLS.reduce((best, candidate) => (expected.get(candidate)!.length > expected.get(best)!.length ? candidate : best));
        await page.keyboard.press('Escape'); // back to the editor, to walk there from a known place
        await enterWithP(page);
        const [row, column] = [PEST.indexOf(fullest.split(' ')[0]!), SWOT.indexOf(fullest.split(' ')[1]!)];
        for (let i = 0; i < row; i++) await page.keyboard.press('ArrowDown');
        for (let i = 0; i < column; i++) await page.keyboard.press('ArrowRight');
        await expect(region(page, fullest)).toBeFocused();
        await page.keyboard.press('Enter');
        const panel = region(page, fullest);
        await expect(present(page).getByRole('region')).toHaveCount(1);
        await expect(cardsIn(panel)).toHaveCount(expected.get(fullest)!.length);
        expect(await titlesOf(cardsIn(panel))).toEqual(expected.get(fullest));
        await expect(shownCardsIn(panel)).toHaveCount(expected.get(fullest)!.length);
        expect(await fontSize(panel.locator('.card__title').first())).toBeGreaterThanOrEqual(24);
        // Tab walks the cards; the last one scrolls into view.
        for (let i = 0; i < expected.get(fullest)!.length; i++) await page.keyboard.press('Tab');
        const last = cardsIn(panel).last();
        await expect(last).toBeFocused();
        const box = (await last.boundingBox())!;
        expect(box.y + box.height).toBeLessThanOrEqual(size.height + 0.5);
        expect(box.y).toBeGreaterThanOrEqual(0);
        await screenshot(page, 'zoom-cell');
      }
    });

    test('enters with P or the toolbar button, hides the editing chrome, and Escape leaves it and full screen', async ({ page }) => {
      await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
      await enterWithP(page);
      await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
      await expect(page.getByRole('button', { name: /^Add factor to/ })).toHaveCount(0);
      await expect(page.getByRole('combobox', { name: 'Scenario' })).toHaveCount(0);
      await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);

      await page.keyboard.press('Escape');
      await expect(present(page)).toHaveCount(0);
      await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
      await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();

      // The toolbar button, pressed from the keyboard.
      const button = page.getByRole('button', { name: 'Present', exact: true });
      await button.focus();
      await page.keyboard.press('Enter');
      await expect(present(page)).toBeVisible();
      await expect(region(page, 'Political strengths')).toBeFocused();
    });

    test('works in a window when the browser refuses full screen', async ({ page }) => {
      await page.evaluate(() => {
        Element.prototype.requestFullscreen = () => Promise.reject(new TypeError('Permissions check failed'));
      });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await enterWithP(page);
      await expect(present(page).getByTestId('present-status')).toContainText('F for full screen');
      await page.keyboard.press('ArrowRight');
      await expect(region(page, 'Political weaknesses')).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(present(page)).toHaveCount(0);
      expect(errors).toEqual([]);
    });

    test('arrow keys move a visible focus between cells; Enter, R and C zoom; Escape zooms out', async ({ page }) => {
      await enterWithP(page);
      await page.keyboard.press('ArrowRight');
      await expect(region(page, 'Political weaknesses')).toBeFocused();
      await page.keyboard.press('ArrowDown');
      await expect(region(page, 'Economic weaknesses')).toBeFocused();
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft'); // stops at the edge
      await expect(region(page, 'Economic strengths')).toBeFocused();
      await page.keyboard.press('ArrowRight');
      const ring = await region(page, 'Economic weaknesses').evaluate((element) => {
        const style = getComputedStyle(element);
        return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
      });
      expect(ring.style).not.toBe('none');
      expect(ring.width).toBeGreaterThanOrEqual(3);

      await page.keyboard.press('Enter');
      await expect(present(page).getByRole('region')).toHaveCount(1);
      await expect(region(page, 'Economic weaknesses')).toBeFocused();
      await expect(present(page).getByRole('heading', { name: 'Economic weaknesses' })).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(present(page).getByRole('region')).toHaveCount(16);
      await expect(region(page, 'Economic weaknesses')).toBeFocused();

      // R: the whole row, the PEST aspect.
      await page.keyboard.press('r');
      await expect(present(page).getByRole('region')).toHaveCount(4);
      for (const column of SWOT) await expect(region(page, `Economic ${column}`)).toBeVisible();
      await page.keyboard.press('ArrowRight');
      await expect(region(page, 'Economic opportunities')).toBeFocused();
      await screenshot(page, 'zoom-row');
      await page.keyboard.press('Escape');
      await expect(present(page).getByRole('region')).toHaveCount(16);

      // C: the whole column, the SWOT part.
      await page.keyboard.press('c');
      await expect(present(page).getByRole('region')).toHaveCount(4);
      for (const row of PEST) await expect(region(page, `${row} opportunities`)).toBeVisible();
      await screenshot(page, 'zoom-column');
      await page.keyboard.press('c'); // C again zooms out too
      await expect(present(page).getByRole('region')).toHaveCount(16);

      // With nothing zoomed, Escape leaves Present mode, and the keyboard is back on Present.
      await page.keyboard.press('Escape');
      await expect(present(page)).toHaveCount(0);
      await expect(page.getByRole('button', { name: 'Present', exact: true })).toBeFocused();
    });

    test('a zoomed row whose panels scroll says how many cards are below, until the last is in view', async ({ page }) => {
      await enterWithP(page);
      let overflowing = 0;
      for (const row of PEST) {
        await page.keyboard.press('r');
        await expect(present(page).getByRole('region')).toHaveCount(4);
        for (const column of SWOT) {
          const panel = region(page, `${row} ${column}`);
          const sign = panel.locator('.p-below');
          // What the room cannot see: cards whose bottom is past the panel's visible bottom.
          const hidden = () =>
            panel.evaluate((element) => {
              const bottom = element.getBoundingClientRect().top + element.clientTop + element.clientHeight;
              return Array.from(element.querySelectorAll('[data-factor-id]')).filter((card) => card.getBoundingClientRect().bottom > bottom + 0.5).length;
            });
          const below = await hidden();
          if (below === 0) {
            await expect(sign).toBeHidden();
            continue;
          }
          overflowing++;
          await expect(sign).toBeVisible();
          await expect(sign).toHaveText(`↓ ${below} more below`);
          expect(await fontSize(sign)).toBeGreaterThanOrEqual(16);
          const signBox = (await sign.boundingBox())!;
          const panelBox = (await panel.boundingBox())!;
          expect(signBox.y + signBox.height).toBeLessThanOrEqual(panelBox.y + panelBox.height + 0.5);
          // Scrolled to the end, nothing is below and the sign goes.
          await panel.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
          await expect(sign).toBeHidden();
          expect(await hidden()).toBe(0);
        }
        await page.keyboard.press('Escape');
        await expect(present(page).getByRole('region')).toHaveCount(16);
        await page.keyboard.press('ArrowDown');
      }
      // The seed analysis overflows a row's panels at 1280×720; at 1920×1080 it may all fit.
      if (size.width === 1280) expect(overflowing).toBeGreaterThan(0);
    });

    test('reveal mode builds the matrix cell by cell: Space or → shows the next factor, ← hides it', async ({ page }) => {
      const expected = await editorTitles(page);
      const order = CELLS.flatMap((name) => expected.get(name)!.map((title) => ({ name, title })));
      const first = expected.get('Political strengths')!;
      expect(first.length).toBeGreaterThan(0);
      await enterWithP(page);
      const status = present(page).getByTestId('present-status');

      await page.keyboard.press('v');
      await expect(present(page).locator('[data-factor-id]')).toHaveCount(0);
      await expect(status).toContainText(`Revealed 0 of ${order.length}`);

      // Through the first cell and one step into the next cell that has factors.
      const steps = first.length + 1;
      for (let step = 1; step <= steps; step++) {
        await page.keyboard.press(step % 2 ? 'Space' : 'ArrowRight');
        const { name, title } = order[step - 1]!;
        await expect(status).toContainText(`Revealed ${step} of ${order.length}`);
        // The reveal zooms into the factor's cell, so every card revealed there so far is on screen.
        await expect(present(page).getByRole('region')).toHaveCount(1);
        await expect(cardsIn(region(page, name)).last().locator('.card__title')).toHaveText(title);
        expect(await titlesOf(cardsIn(region(page, name)))).toEqual(order.slice(0, step).filter((item) => item.name === name).map((item) => item.title));
        // The focus follows the factor, so the room looks where it appeared.
        await expect(region(page, name)).toBeFocused();
      }
      await expect(present(page).locator('.p-card--latest .card__title')).toHaveText(order[steps - 1]!.title);
      await screenshot(page, 'reveal');

      await page.keyboard.press('ArrowLeft');
      await expect(status).toContainText(`Revealed ${steps - 1} of ${order.length}`);
      await expect(present(page).getByText(order[steps - 1]!.title, { exact: true })).toHaveCount(0);
      await expect(region(page, order[steps - 1]!.name)).toBeFocused();

      // Back on the whole matrix: the cards revealed so far, and the count said in words.
      await page.keyboard.press('Escape');
      await expect(present(page).getByRole('region')).toHaveCount(16);
      await expect(cardsIn(region(page, 'Political strengths'))).toHaveCount(first.length);
      await expect(present(page).locator('[data-factor-id]')).toHaveCount(steps - 1);
      await expect(page.getByTestId('announcer')).toHaveText(`Whole matrix: ${steps - 1} of ${order.length} factors revealed so far.`);
      await screenshot(page, 'reveal-overview');

      // Leaving reveal mode shows everything again.
      await page.keyboard.press('v');
      await expect(present(page).locator('[data-factor-id]')).toHaveCount(order.length);
    });

    test('every factor revealed is on screen at once, whole and uncovered, with a title of 24 px or more', async ({ page }) => {
      test.setTimeout(120_000);
      // Without the arrival animation, where a card lands is where it is at once.
      await page.emulateMedia({ reducedMotion: 'reduce' });
      const expected = await editorTitles(page);
      const order = CELLS.flatMap((name) => expected.get(name)!);
      await enterWithP(page);
      await page.keyboard.press('v');
      const latest = present(page).locator('.p-card--latest');
      for (let step = 1; step <= order.length; step++) {
        await page.keyboard.press('Space');
        await expect(latest.locator('.card__title')).toHaveText(order[step - 1]!);
        const where = await seen(latest);
        expect({ step, ...where }).toEqual({ step, inWindow: true, uncovered: true, inert: false, fontSize: where.fontSize });
        expect(where.fontSize).toBeGreaterThanOrEqual(24);
      }
      await expect(present(page).getByTestId('present-status')).toContainText(`Revealed ${order.length} of ${order.length}`);
    });

    test('the row tour shows each PEST row in turn, every card readable, then the whole matrix again', async ({ page }) => {
      // It measures every card of every row: 12-20 s on an idle two-core machine, past 30 s on a busy one.
      test.slow();
      const expected = await editorTitles(page);
      await enterWithP(page);
      const announcer = page.getByTestId('announcer');

      for (const [index, row] of PEST.entries()) {
        await page.keyboard.press('Shift+R');
        await expect(present(page).getByRole('region')).toHaveCount(4);
        await expect(present(page).getByRole('heading', { level: 2, name: row })).toBeVisible();
        await expect(announcer).toContainText(`Row ${index + 1} of 4: ${row}`);
        for (const column of SWOT) {
          const name = `${row} ${column}`;
          const panel = region(page, name);
          await expect(cardsIn(panel)).toHaveCount(expected.get(name)!.length);
          expect(await titlesOf(cardsIn(panel))).toEqual(expected.get(name));
          for (const card of await cardsIn(panel).all()) {
            const where = await seen(card);
            expect(where.fontSize).toBeGreaterThanOrEqual(24);
            // At 1920×1080 a row of up to 7 cards per cell fits whole: nothing to scroll, nothing hidden.
            if (size.width === 1920) expect({ name, inWindow: where.inWindow, uncovered: where.uncovered }).toEqual({ name, inWindow: true, uncovered: true });
          }
          if (size.width === 1920) expect(await panel.evaluate((element) => element.scrollHeight <= element.clientHeight)).toBe(true);
        }
        if (index === 0) {
          await screenshot(page, 'row-tour');
          expect(await seriousViolations(page)).toEqual([]);
        }
      }
      await page.keyboard.press('Shift+R');
      await expect(present(page).getByRole('region')).toHaveCount(16);
      await expect(announcer).toHaveText('Whole matrix');

      // The bar's button starts it too, and Escape ends it.
      await page.mouse.move(10, 10);
      await page.mouse.move(size.width / 2, size.height - 20);
      await present(page).getByRole('button', { name: 'Row tour' }).click();
      await expect(present(page).getByRole('region')).toHaveCount(4);
      await expect(region(page, 'Political strengths')).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(present(page).getByRole('region')).toHaveCount(16);
    });

    test('a full cell keeps its most voted cards in view', async ({ page }) => {
      const factors = await editorFactors(page);
      await enterWithP(page);
      // The first cell that hides cards behind "+N more".
      let name = '';
      for (const candidate of CELLS) {
        if ((await shownCardsIn(region(page, candidate)).count()) < factors.get(candidate)!.length) {
          name = candidate;
          break;
        }
      }
      expect(name).not.toBe('');
      const cell = region(page, name);
      const before = await titlesOf(shownCardsIn(cell));
      const hidden = factors.get(name)!.map((factor) => factor.title).find((title) => !before.includes(title))!;

      // Vote for a hidden card in the zoomed cell, then go back to the whole matrix.
      const [row, column] = [PEST.indexOf(name.split(' ')[0]!), SWOT.indexOf(name.split(' ')[1]!)];
      for (let i = 0; i < row; i++) await page.keyboard.press('ArrowDown');
      for (let i = 0; i < column; i++) await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      const card = cardsIn(region(page, name)).filter({ hasText: hidden });
      await card.focus();
      await page.keyboard.press('+');
      await expect(card.locator('.badge--votes')).toHaveText('▲ 1');
      await page.keyboard.press('Escape');
      await expect(present(page).getByRole('region')).toHaveCount(16);
      await expect(shownCardsIn(cell).first().locator('.card__title')).toHaveText(hidden);
      // The cell's own order is unchanged: only the view of a full cell ranks its cards.
      await page.keyboard.press('Escape');
      await expect(present(page)).toHaveCount(0);
      expect((await editorFactors(page)).get(name)!.map((factor) => factor.title)).toEqual(factors.get(name)!.map((factor) => factor.title));
    });

    test('the countdown is set, started, paused and reset from the keyboard, and shows the end without sound', async ({ page }) => {
      await enterWithP(page);
      const clock = present(page).getByTestId('present-timer');
      await expect(clock).toHaveText('5:00');
      const corner = (await clock.boundingBox())!;
      expect(corner.x).toBeLessThan(size.width / 4);
      expect(corner.y).toBeLessThan(size.height / 8);

      await page.keyboard.press('m');
      const minutes = present(page).getByRole('spinbutton', { name: 'Timer minutes' });
      await expect(minutes).toBeFocused();
      await page.keyboard.type('2');
      await page.keyboard.press('Enter'); // sets the minutes and starts
      await expect(region(page, 'Political strengths')).toBeFocused();
      await page.clock.fastForward('00:30');
      await expect(clock).toHaveText('1:30');

      await page.keyboard.press('s'); // pause
      await page.clock.fastForward('01:00');
      await expect(clock).toHaveText('1:30');
      await page.keyboard.press('s'); // go on
      await page.clock.fastForward('01:31');
      await expect(clock).toHaveText('0:00');
      await expect(clock).toHaveClass(/p-timer--done/);
      await expect(present(page)).toHaveClass(/present--time-up/);
      await expect(present(page).getByTestId('present-status')).toContainText('Time’s up');
      await expect(page.getByTestId('announcer')).toHaveText('Time is up.');
      await screenshot(page, 'time-up');

      await page.keyboard.press('Shift+S'); // reset
      await expect(clock).toHaveText('2:00');
      await expect(clock).not.toHaveClass(/p-timer--done/);
      await expect(present(page)).not.toHaveClass(/present--time-up/);
    });

    test('dot voting: + and − on the focused card, order a cell by votes, clear votes, undo and redo', async ({ page }) => {
      const expected = await editorTitles(page);
      const name = CELLS.find((candidate) => expected.get(candidate)!.length >= 2)!;
      const [firstTitle, secondTitle] = expected.get(name)! as [string, string];
      await enterWithP(page);
      const [row, column] = [PEST.indexOf(name.split(' ')[0]!), SWOT.indexOf(name.split(' ')[1]!)];
      for (let i = 0; i < row; i++) await page.keyboard.press('ArrowDown');
      for (let i = 0; i < column; i++) await page.keyboard.press('ArrowRight');

      // Without a card selected, + says what to do instead of guessing.
      await page.keyboard.press('+');
      await expect(page.getByTestId('announcer')).toContainText('Select a card first');

      await page.keyboard.press('Enter'); // zoom in, so every card of the cell is reachable
      const panel = region(page, name);
      const first = cardsIn(panel).first();
      const second = cardsIn(panel).nth(1);
      await page.keyboard.press('Tab');
      await expect(first).toBeFocused();
      await page.keyboard.press('+');
      await expect(first.locator('.badge--votes')).toHaveText('▲ 1');
      await expect(first).toHaveAttribute('aria-label', /1 vote$/);

      await page.keyboard.press('ArrowDown');
      await expect(second).toBeFocused();
      for (let i = 0; i < 4; i++) await page.keyboard.press('+');
      await page.keyboard.press('-');
      await expect(second.locator('.badge--votes')).toHaveText('▲ 3');
      await expect(page.getByTestId('announcer')).toHaveText(`"${secondTitle}": 3 votes.`);
      await screenshot(page, 'votes');

      // O orders the cell by votes: the second card, with 3 votes, comes first.
      await page.keyboard.press('o');
      await expect.poll(() => titlesOf(cardsIn(panel))).toEqual(expect.arrayContaining([secondTitle, firstTitle]));
      expect((await titlesOf(cardsIn(panel))).slice(0, 2)).toEqual([secondTitle, firstTitle]);

      // Undo puts the order back, redo sorts again.
      await page.keyboard.press('Control+z');
      await expect.poll(async () => (await titlesOf(cardsIn(panel))).slice(0, 2)).toEqual([firstTitle, secondTitle]);
      await page.keyboard.press('Control+Shift+Z');
      await expect.poll(async () => (await titlesOf(cardsIn(panel))).slice(0, 2)).toEqual([secondTitle, firstTitle]);

      // Shift+X clears every vote; Ctrl+Z brings them back and Ctrl+Y clears them again.
      await page.keyboard.press('Shift+X');
      await expect(present(page).locator('.badge--votes')).toHaveCount(0);
      await page.keyboard.press('Control+z');
      await expect(present(page).locator('.badge--votes')).toHaveCount(2);
      await page.keyboard.press('Control+y');
      await expect(present(page).locator('.badge--votes')).toHaveCount(0);
    });

    test('votes belong to the scenario and survive a reload', async ({ page }) => {
      const expected = await editorTitles(page);
      const title = expected.get('Political strengths')![0]!;
      await enterWithP(page);
      await page.keyboard.press('Tab');
      const card = cardsIn(region(page, 'Political strengths')).first();
      await expect(card).toBeFocused();
      const before = (await card.boundingBox())!;
      await page.keyboard.press('+');
      await page.keyboard.press('+');
      await expect(card.locator('.badge--votes')).toHaveText('▲ 2');
      // Voting in the overview keeps the card where it was, the same size, and in focus.
      expect((await card.boundingBox())!.height).toBe(before.height);
      await expect(card).toBeFocused();
      await expect(card).toBeVisible();

      await page.keyboard.press('Escape');
      await expect(present(page)).toHaveCount(0);
      await waitForSave(page);
      await page.reload();
      const saved = page.getByRole('region', { name: 'Political strengths', exact: true }).locator('.card', { hasText: title });
      await expect(saved.locator('.badge--votes')).toHaveText('▲ 2');

      await enterWithP(page);
      await expect(cardsIn(region(page, 'Political strengths')).first().locator('.badge--votes')).toHaveText('▲ 2');
    });

    test('quick capture: N adds a factor to the focused cell without leaving Present mode; Escape cancels', async ({ page }) => {
      const before = await editorTitles(page);
      await enterWithP(page);
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowRight');
      await expect(region(page, 'Economic weaknesses')).toBeFocused();

      await page.keyboard.press('n');
      const input = page.getByRole('textbox', { name: 'New factor in Economic weaknesses' });
      await expect(input).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('alert')).toContainText('Type a title first');
      await page.keyboard.type('Idea from the room: regional AI hubs');
      await screenshot(page, 'capture');
      await page.keyboard.press('Enter');
      await expect(input).toHaveCount(0);
      await expect(present(page)).toBeVisible();
      await expect(region(page, 'Economic weaknesses')).toBeFocused();
      const cell = region(page, 'Economic weaknesses');
      expect(await titlesOf(cardsIn(cell))).toEqual([...before.get('Economic weaknesses')!, 'Idea from the room: regional AI hubs']);

      await page.keyboard.press('n');
      await page.keyboard.type('Never saved');
      await page.keyboard.press('Escape');
      await expect(input).toHaveCount(0);
      await expect(present(page)).toBeVisible();
      await expect(cardsIn(cell)).toHaveCount(before.get('Economic weaknesses')!.length + 1);

      // The capture is an ordinary step of history.
      await page.keyboard.press('Control+z');
      await expect(cardsIn(cell)).toHaveCount(before.get('Economic weaknesses')!.length);
      await page.keyboard.press('Control+Shift+z');
      await expect(cardsIn(cell)).toHaveCount(before.get('Economic weaknesses')!.length + 1);
    });

    test('a cell that overflows says how many more it holds, and the count follows new factors', async ({ page }) => {
      await enterWithP(page);
      const cell = region(page, 'Social threats');
      for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown'); // to the bottom row…
      await page.keyboard.press('ArrowUp'); // …and back to Social
      for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
      await expect(cell).toBeFocused();
      // Add factors until the cell cannot show them all.
      for (let i = 1; i <= 8 && (await cell.locator('.p-more').isHidden()); i++) {
        await page.keyboard.press('n');
        await page.keyboard.type(`Added to overflow the cell, number ${i}, with a title long enough to wrap`);
        await page.keyboard.press('Enter');
        await expect(page.getByRole('textbox', { name: /^New factor in/ })).toHaveCount(0);
      }
      const total = await cardsIn(cell).count();
      const shown = await shownCardsIn(cell).count();
      expect(shown).toBeLessThan(total);
      await expect(cell.locator('.p-more')).toHaveText(`+${total - shown} more of ${total}`);
      // One more factor: one more behind the line.
      await page.keyboard.press('n');
      await page.keyboard.type('One more');
      await page.keyboard.press('Enter');
      await expect(cell.locator('.p-more')).toHaveText(`+${total + 1 - shown} more of ${total + 1}`);
    });

    test('? lists every shortcut; Escape closes the list and keeps Present mode open', async ({ page }) => {
      await enterWithP(page);
      await page.keyboard.press('?');
      const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
      await expect(help).toBeVisible();
      for (const text of ['Zoom into the current cell', 'Reveal the next factor', 'Add a vote', 'Order the current cell by votes', 'Clear all votes', 'Start or pause', 'Add a factor to the current cell', 'Undo', 'Redo', 'Light or dark theme', 'Full screen']) {
        await expect(help).toContainText(text);
      }
      // Keys other than ? and Escape do nothing while it is open.
      await page.keyboard.press('ArrowRight');
      await screenshot(page, 'help');
      await page.keyboard.press('Escape');
      await expect(help).toBeHidden();
      await expect(present(page)).toBeVisible();
      await expect(region(page, 'Political strengths')).toBeFocused();
    });

    test('light and dark presentation themes have no serious or critical accessibility violations', async ({ page }) => {
      // Four full axe passes; on a busy 2-core machine each can take 15 s.
      test.slow();
      await enterWithP(page);
      await expect(present(page)).toHaveAttribute('data-theme', 'light');
      expect(await seriousViolations(page)).toEqual([]);

      await page.keyboard.press('t');
      await expect(present(page)).toHaveAttribute('data-theme', 'dark');
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'dark');

      // Zoomed, revealing, and with the help list open.
      await page.keyboard.press('r');
      await page.keyboard.press('v');
      await page.keyboard.press('Space');
      expect(await seriousViolations(page)).toEqual([]);
      await page.keyboard.press('?');
      await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('the SWOT parts stay apart without colour: letters and border patterns', async ({ page }) => {
      await enterWithP(page);
      const marks = await present(page).locator('.p-colhead .p-mark').allInnerTexts();
      expect(marks).toEqual(['S', 'W', 'O', 'T']);
      const patterns = await Promise.all(
        SWOT.map((column) => region(page, `Political ${column}`).evaluate((element) => getComputedStyle(element).borderTopStyle)),
      );
      expect(new Set(patterns).size).toBe(4);
    });
  });
}

// Russian and Kazakh labels are the longest; 1280×720 is the smallest projector size above.
for (const { code, help } of [
  { code: 'ru', help: 'Клавиши' },
  { code: 'kk', help: 'Пернелер' },
]) {
  test(`at 1280×720 in ${code} the shortcut list fits the screen whole, each key a one-line cap`, async ({ page }) => {
    await openFresh(page);
    await page.getByRole('combobox', { name: 'Language' }).selectOption(code);
    await expect(page.locator('html')).toHaveAttribute('lang', code);
    await page.locator('.toolbar [aria-keyshortcuts="P"]').click();
    await expect(present(page)).toBeVisible();
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: help });
    await expect(dialog).toBeVisible();
    // Nothing to scroll: a presenter reading it from across the room has no mouse to hand.
    const { scrollHeight, clientHeight } = await dialog.evaluate((element) => ({ scrollHeight: element.scrollHeight, clientHeight: element.clientHeight }));
    expect(scrollHeight).toBeLessThanOrEqual(clientHeight);
    // A key beside a two- or three-line description stays one line high instead of stretching with it.
    const heights = await dialog.locator('dt kbd').evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().height));
    for (const height of heights) expect(height).toBeLessThanOrEqual(Math.min(...heights) * 1.2);
    // And no key runs under its description.
    const overlaps = await dialog.locator('.p-help__row').evaluateAll((rows) =>
      rows.filter((row) => {
        const text = row.querySelector('dd')!.getBoundingClientRect().left;
        return [...row.querySelectorAll('kbd')].some((key) => key.getBoundingClientRect().right > text);
      }).map((row) => row.textContent),
    );
    expect(overlaps).toEqual([]);
    await screenshot(page, `help-${code}`);
  });
}

// 1024×768, an older projector's size: the shortcut list runs past the screen there, and so
// does the strategy (by a few pixels). ↑ and ↓ move between cells, but not from inside a dialog.
for (const { key, name } of [
  { key: '?', name: 'Keyboard shortcuts' },
  { key: 'g', name: 'Strategy' },
]) {
  test(`at 1024×768 ↑ ↓ Home End scroll the “${name}” dialog that runs past the screen, and the cell behind it stays selected`, async ({ page }) => {
    // An axe pass with the dialog open; on a busy 2-core machine it can take 15 s.
    test.slow();
    await page.setViewportSize({ width: 1024, height: 768 });
    await openFresh(page);
    await enterWithP(page);
    await page.keyboard.press('ArrowDown');
    await expect(region(page, 'Economic strengths')).toBeFocused();

    await page.keyboard.press(key);
    const dialog = page.getByRole('dialog', { name });
    await expect(dialog).toBeVisible();
    // Keys scroll smoothly: read the position once it has stopped moving for a few frames (and poll,
    // in case the scroll had not started yet).
    const scrollTop = () =>
      dialog.evaluate(async (element) => {
        const frame = () => new Promise(requestAnimationFrame);
        let last = -1;
        for (let still = 0; still < 5; still = element.scrollTop === last ? still + 1 : 0) {
          last = element.scrollTop;
          await frame();
        }
        return Math.round(last);
      });
    const bottom = await dialog.evaluate((element) => element.scrollHeight - element.clientHeight);
    expect(bottom, 'the dialog runs past the screen').toBeGreaterThan(0);
    // The list itself says which keys scroll it.
    if (key === '?') await expect(dialog.getByRole('definition').filter({ hasText: /^Scroll this list or the strategy/ })).toHaveCount(1);

    await page.keyboard.press('ArrowDown');
    await expect.poll(scrollTop).toBeGreaterThan(0);
    await page.keyboard.press('End');
    await expect.poll(scrollTop).toBe(bottom);
    await page.keyboard.press('ArrowUp');
    await expect.poll(scrollTop).toBeLessThan(bottom);
    await page.keyboard.press('Home');
    await expect.poll(scrollTop).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    // Nothing moved behind the dialog: it closes onto the same cell, and ↓ moves on from there as before.
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(region(page, 'Economic strengths')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(region(page, 'Social strengths')).toBeFocused();
  });
}

test('the card a presenter votes on keeps the focus across quick capture and the timer, so + goes on counting', async ({ page }) => {
  await openFresh(page);
  await enterWithP(page);
  await page.keyboard.press('Tab');
  const card = present(page).locator('[data-factor-id]:focus');
  await expect(card).toHaveCount(1);
  const id = await card.getAttribute('data-factor-id');
  const focused = present(page).locator(`[data-factor-id="${id}"]`);
  await page.keyboard.press('+');
  await expect(focused.locator('.badge--votes')).toHaveText('▲ 1');

  // An idea from the room, then not kept.
  await page.keyboard.press('n');
  await expect(page.getByRole('textbox', { name: 'New factor in Political strengths' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(focused).toBeFocused();

  // The timer set between two rounds of votes.
  await page.keyboard.press('m');
  await expect(page.getByRole('spinbutton')).toBeFocused();
  await page.keyboard.type('3');
  await page.keyboard.press('Enter');
  await expect(focused).toBeFocused();

  await page.keyboard.press('+');
  await expect(focused.locator('.badge--votes')).toHaveText('▲ 2');
});

test('an overlay opened straight after another closed stays open: the late close event of the first is not its own', async ({ page }) => {
  await openFresh(page);
  await enterWithP(page);
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  // Escape and G within one task, as a fast presenter's two keys can land before the browser's close event.
  await page.evaluate(async () => {
    const key = (name: string) => document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true }));
    key('Escape');
    await null;
    await null;
    key('g');
    await null;
  });
  await expect(page.getByRole('dialog', { name: 'Strategy' })).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeHidden();
});

import { expect, type Locator, type Page, test } from '@playwright/test';
import { announcer, cell, openFresh, titlesIn, waitForSave } from './helpers';

// What the page showed as it started: the copy of the first screen (if any) and where its first
// cards sat, then where the app's own cards sat once it had replaced the copy.
interface Start {
  copy: { inert: boolean; hidden: boolean; cards: { title: string; x: number; y: number; width: number }[] } | null;
  app: { title: string; x: number; y: number; width: number }[] | null;
  violations: string[];
}

declare global {
  interface Window {
    __start: Start;
  }
}

function watchStart() {
  const cards = (root: ParentNode) =>
    Array.from(root.querySelectorAll<HTMLElement>('.card'))
      .slice(0, 6)
      .map((card) => {
        const box = card.getBoundingClientRect();
        return { title: card.querySelector('.card__title')?.textContent ?? '', x: box.x, y: box.y, width: box.width };
      });
  const start: Start = { copy: null, app: null, violations: [] };
  window.__start = start;
  document.addEventListener('securitypolicyviolation', (event) => start.violations.push(event.violatedDirective));
  const observer = new MutationObserver(() => {
    const copy = document.querySelector<HTMLElement>('[data-first-screen]');
    if (copy && !start.copy) start.copy = { inert: copy.inert, hidden: copy.getAttribute('aria-hidden') === 'true', cards: cards(copy) };
    if (!copy && document.querySelector('[data-factor-id]')) {
      start.app = cards(document);
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** Waits until the app keeps a copy of its first screen for the next visit (once the person pauses). */
const keepsFirstScreen = (page: Page) =>
  page.waitForFunction(() => performance.getEntriesByName('first-screen-kept', 'mark').length > 0, null, { timeout: 20_000 });

test('a returning visit paints the matrix it left at once, inert, and the app takes over in the same place', async ({ page }) => {
  await openFresh(page);
  await keepsFirstScreen(page);
  await page.addInitScript(watchStart);
  await page.reload();
  await expect(cell(page, 'Political strengths').getByRole('listitem').first()).toBeVisible();
  await expect(page.locator('[data-first-screen]')).toHaveCount(0);
  const start = await page.evaluate(() => window.__start);
  expect(start.copy).toMatchObject({ inert: true, hidden: true });
  expect(start.copy!.cards.length).toBeGreaterThan(3);
  expect(start.app).not.toBeNull();
  // The copy's cards are the app's cards, where the app then draws them.
  expect(start.copy!.cards.map((card) => card.title)).toEqual(start.app!.map((card) => card.title));
  start.copy!.cards.forEach((card, i) => {
    const drawn = start.app![i]!;
    expect(Math.abs(card.x - drawn.x) + Math.abs(card.y - drawn.y) + Math.abs(card.width - drawn.width), card.title).toBeLessThanOrEqual(1);
  });
  expect(start.violations).toEqual([]);
});

test('work saved in another tab after this one was left is never shown from the old copy', async ({ page, context }) => {
  await openFresh(page);
  await keepsFirstScreen(page);
  const other = await context.newPage();
  await other.goto('/');
  await expect(cell(other, 'Political strengths')).toBeVisible();
  await page.goto('about:blank');

  const strengths = cell(other, 'Economic strengths');
  await strengths.getByRole('button', { name: 'Add factor to Economic strengths' }).click();
  await other.keyboard.type('Written in the other tab');
  await other.keyboard.press('Enter');
  await expect(other.getByTestId('save-status')).toHaveText('All changes saved');

  await page.addInitScript(watchStart);
  await page.goto('/');
  await expect(cell(page, 'Economic strengths').getByRole('listitem', { name: /^Written in the other tab/ })).toBeVisible();
  const start = await page.evaluate(() => window.__start);
  expect(start.copy).toBeNull();
});

test.describe('input made on the copy, before the app has started', () => {
  // The app's entry script is held back below, which a service worker answering the page would bypass.
  // A tall window puts the first cell's "Add factor" on the first screen.
  test.use({ serviceWorkers: 'block', viewport: { width: 1280, height: 1000 } });

  /** Where the app draws a thing, which is where the copy draws it too. */
  async function centreOf(locator: Locator) {
    const box = (await locator.boundingBox())!;
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }

  /**
   * Leaves the page with its copy kept, and reloads it with the app's entry script held back until
   * `act` has run on the copy, then waits until the app has carried out what was held.
   */
  async function onTheCopy(page: Page, act: () => Promise<void>) {
    await keepsFirstScreen(page);
    let release!: () => void;
    const released = new Promise<void>((done) => (release = done));
    await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
      await released;
      await route.continue();
    });
    await page.reload({ waitUntil: 'commit' });
    await expect(page.locator('[data-first-screen]')).toBeVisible();
    await act();
    await expect(page.locator('[data-first-screen]')).toBeVisible();
    release();
    await expect(page.locator('[data-first-screen]')).toHaveCount(0);
    await page.waitForFunction(() => performance.getEntriesByName('held-input-done', 'mark').length > 0);
  }

  test('a click and the keys typed after it are carried out on the app, in order', async ({ page }) => {
    await openFresh(page);
    const add = await centreOf(page.getByRole('button', { name: 'Add factor to Political strengths', exact: true }));
    await onTheCopy(page, async () => {
      await page.mouse.click(add.x, add.y);
      await page.keyboard.type('Typed before the start');
      await page.keyboard.press('Backspace');
      await page.keyboard.press('Enter');
    });
    await expect(cell(page, 'Political strengths').getByRole('listitem', { name: /^Typed before the star\b/ })).toBeVisible();
    await waitForSave(page);
  });

  test('a card clicked, then Space, → and Space, lands one cell to the right', async ({ page }) => {
    await openFresh(page);
    const [first] = await titlesIn(page, 'Political strengths');
    const card = await centreOf(cell(page, 'Political strengths').getByRole('listitem').first());
    await onTheCopy(page, async () => {
      await page.mouse.click(card.x, card.y);
      await page.keyboard.press('Space');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Space');
    });
    await expect.poll(() => titlesIn(page, 'Political weaknesses')).toContain(first);
    expect(await titlesIn(page, 'Political strengths')).not.toContain(first);
  });

  test('a key whose place cannot be known (Tab) ends the replay: nothing after it is taken', async ({ page }) => {
    await openFresh(page);
    const before = await titlesIn(page, 'Political strengths');
    const card = await centreOf(cell(page, 'Political strengths').getByRole('listitem').first());
    await onTheCopy(page, async () => {
      await page.mouse.click(card.x, card.y);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Space');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Space');
    });
    // The click was carried out: the card opens in the editor, which takes the focus once its code
    // is here (reading the focus sooner raced with it). The keys after Tab were not carried out.
    const editor = page.getByRole('dialog', { name: 'Edit factor' });
    await expect(editor.getByRole('textbox', { name: 'Title' })).toHaveValue(before[0]!);
    await expect(editor.getByRole('textbox', { name: 'Title' })).toBeFocused();
    await expect(announcer(page)).not.toContainText('Picked up');
    expect(await titlesIn(page, 'Political strengths')).toEqual(before);
  });
  test('a click where the app draws something other than the copy did is not carried out, nor anything after it', async ({ page }) => {
    await openFresh(page);
    const before = await titlesIn(page, 'Political strengths');
    const title = cell(page, 'Political strengths').locator('.card__title').first();
    const card = await centreOf(title);
    // The copy the next start paints shows another title where the app will draw the first card.
    await page.addInitScript((shown) => {
      const key = 'swot-pest-matrix/first-screen';
      const copy = localStorage.getItem(key);
      if (copy) localStorage.setItem(key, copy.split(shown).join('Drawn differently'));
    }, JSON.stringify(before[0]).slice(1, -1));
    await onTheCopy(page, async () => {
      await expect(page.locator('[data-first-screen]')).toContainText('Drawn differently');
      await page.mouse.click(card.x, card.y);
      await page.keyboard.press('Space');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Space');
    });
    await expect(cell(page, 'Political strengths').locator('[data-factor-id]').first()).not.toBeFocused();
    await expect(announcer(page)).not.toContainText('Picked up');
    expect(await titlesIn(page, 'Political strengths')).toEqual(before);
  });
});

import { expect, type Page, test } from '@playwright/test';
import { cell, openFresh } from './helpers';

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

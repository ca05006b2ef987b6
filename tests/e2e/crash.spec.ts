import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { openFresh, storedContent, titlesIn } from './helpers';

declare global {
  interface Window {
    spansFail?: boolean;
  }
}

/**
 * From now on, until `spansFail` is cleared, the page cannot create a <span>: a card cannot be
 * shown, the way a bug in showing one would fail. The crash view itself uses no span.
 */
async function breakShowingCards(page: Page): Promise<void> {
  await page.evaluate(() => {
    const create = Document.prototype.createElement;
    window.spansFail = true;
    Document.prototype.createElement = function (this: Document, tag: string, options?: ElementCreationOptions) {
      if (tag === 'span' && window.spansFail) throw new Error('A simulated fault in showing a card');
      return create.call(this, tag, options);
    } as typeof create;
  });
}

async function addFactor(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'Add factor to Political threats' }).click();
  await page.getByRole('textbox', { name: 'New factor in Political threats' }).fill(title);
  await page.keyboard.press('Enter');
}

const crashView = (page: Page) => page.getByRole('alert').filter({ hasText: 'Something went wrong while showing the app' });

test('a fault in showing the app says so in words, keeps the work, and gives the app back', async ({ page }) => {
  await openFresh(page);
  await addFactor(page, 'Made before the fault');
  await breakShowingCards(page);
  await addFactor(page, 'Made as the fault struck');

  const crashed = crashView(page);
  await expect(crashed).toContainText('Your work is safe: it is saved in this browser.');
  await expect(crashed.getByRole('button', { name: 'Show the app again' })).toBeFocused();
  await expect(page.getByRole('region', { name: 'Political threats' })).toHaveCount(0);
  await page.getByText('About the error').click();
  await expect(page.getByText('A simulated fault in showing a card')).toBeVisible();
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  // Both factors were saved, the one whose card could not be shown included.
  await expect
    .poll(async () => (await storedContent(page)).scenarios.flatMap((s) => s.factors.map((f) => f.title)))
    .toEqual(expect.arrayContaining(['Made before the fault', 'Made as the fault struck']));
  const download = page.waitForEvent('download');
  await crashed.getByRole('button', { name: 'Export all scenarios' }).click();
  const exported = await readFile((await (await download).path())!, 'utf8');
  expect(exported).toContain('Made as the fault struck');

  await page.evaluate(() => (window.spansFail = false));
  await crashed.getByRole('button', { name: 'Show the app again' }).click();
  expect(await titlesIn(page, 'Political threats')).toEqual(expect.arrayContaining(['Made before the fault', 'Made as the fault struck']));
  await expect(page.getByRole('combobox', { name: 'Scenario' })).toBeVisible();
  await expect(crashView(page)).toHaveCount(0);
});

test('a fault in showing the app while storage is full says the work is not being saved', async ({ page }) => {
  await openFresh(page);
  await page.evaluate(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await addFactor(page, 'Made while storage is full');
  await expect(page.getByTestId('save-status')).toContainText('Not saved');
  await breakShowingCards(page);
  await addFactor(page, 'Made as the fault struck');

  const crashed = crashView(page);
  await expect(crashed).toContainText('not being saved');
  await expect(crashed).not.toContainText('Your work is safe');
  const download = page.waitForEvent('download');
  await crashed.getByRole('button', { name: 'Export all scenarios' }).click();
  const exported = await readFile((await (await download).path())!, 'utf8');
  expect(exported).toContain('Made while storage is full');
  expect(exported).toContain('Made as the fault struck');
});

import { expect, type Locator, type Page } from '@playwright/test';

/** A fresh start: nothing stored, so the app opens on the seed analysis. */
export async function openFresh(page: Page): Promise<void> {
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByRole('region', { name: 'Political strengths' })).toBeVisible();
}

export const cell = (page: Page, name: string): Locator => page.getByRole('region', { name, exact: true });

/** The card titles of a cell, in order, as the user sees them. */
export async function titlesIn(page: Page, name: string): Promise<string[]> {
  return cell(page, name).locator('.cell__list:not(.cell__list--removed) .card__title').allInnerTexts();
}

export async function waitForSave(page: Page): Promise<void> {
  await expect(page.getByTestId('save-status')).toHaveText('All changes saved');
}

export const announcer = (page: Page): Locator => page.getByTestId('announcer');

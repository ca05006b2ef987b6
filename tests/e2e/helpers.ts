import { expect, type Locator, type Page } from '@playwright/test';
import * as Y from 'yjs';
import type { DocumentContent } from '../../src/doc/layout';
import { MatrixDoc } from '../../src/doc/matrixDoc';
import { DOC_KEY_PREFIX, readDoc } from '../../src/io/docStorage';

/** A fresh start: nothing stored, so the app opens on the seed analysis. */
export async function openFresh(page: Page): Promise<void> {
  await page.goto('/');
  // Once up, the app stores the seeds when the page is idle; clearing before then would race with it.
  await waitForSave(page);
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

/**
 * Everything the app has stored, merged as the app would merge it: each tab's copy under
 * `swot-pest-matrix/doc/…`, read with the app's own document code.
 */
export async function storedContent(page: Page): Promise<DocumentContent> {
  const copies = await page.evaluate((prefix) =>
    Object.keys(localStorage).filter((key) => key.startsWith(prefix)).map((key) => [key, localStorage.getItem(key)!] as const),
  DOC_KEY_PREFIX);
  const doc = new MatrixDoc();
  for (const [key, text] of copies) {
    const stored = await readDoc(key, text);
    if (stored.kind !== 'doc') throw new Error(`${key} holds ${stored.kind} data`);
    Y.applyUpdate(doc.ydoc, stored.update);
  }
  return doc.content();
}

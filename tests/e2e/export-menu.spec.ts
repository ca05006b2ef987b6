import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openFresh } from './helpers';

test.beforeEach(async ({ page }) => openFresh(page));

test('"Export as…" works from the keyboard and names each file by scenario, date and format', async ({ page }) => {
  const menuButton = page.getByRole('button', { name: 'Export as…' });
  await menuButton.focus();
  await page.keyboard.press('ArrowDown');
  const menu = page.getByRole('menu', { name: 'Export formats' });
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('menuitem', { name: 'Print or save as PDF' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(menuButton).toBeFocused();

  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'CSV: factors of this scenario' })).toBeFocused();
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const csv = await download;
  expect(csv.suggestedFilename()).toMatch(/^swot-pest-baseline-ai-in-kazakhstan-all-sources-\d{4}-\d{2}-\d{2}-factors\.csv$/);
  const text = readFileSync((await csv.path())!, 'utf8');
  expect(text.startsWith('\uFEFFScenario,PEST,SWOT,Position')).toBe(true);
  await expect(menuButton).toBeFocused();

  const report = page.waitForEvent('download');
  await menuButton.click();
  await menu.getByRole('menuitem', { name: 'Markdown report' }).click();
  const markdown = await report;
  expect(markdown.suggestedFilename()).toMatch(/^swot-pest-baseline-ai-in-kazakhstan-all-sources-\d{4}-\d{2}-\d{2}-report\.md$/);
  expect(readFileSync((await markdown.path())!, 'utf8')).toMatch(/^# Baseline — AI in Kazakhstan \(all sources\)\n/);
});

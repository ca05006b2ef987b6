import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { cell, openFresh, titlesIn, waitForSave } from './helpers';

const baseline = JSON.parse(readFileSync(new URL('../../seed-data/baseline.json', import.meta.url), 'utf8'));
const factors: Array<{ id: string; title: string; pest: string; swot: string; citations: Array<{ sourceId: string; locator: string; quote: string; quoteTranslation?: string }> }> =
  baseline.scenarios[0].factors;
const label = (f: { pest: string; swot: string }) => `${f.pest[0]!.toUpperCase()}${f.pest.slice(1)} ${f.swot}`;

test.beforeEach(async ({ page }) => openFresh(page));

test('first start shows the seeded baseline with every factor in its cell', async ({ page }) => {
  await expect(page.getByRole('combobox', { name: 'Scenario' }).locator('option:checked')).toHaveText(baseline.scenarios[0].name);
  await expect(page.locator('.cell__list .card')).toHaveCount(factors.length);
  const first = factors.find((f) => f.pest === 'economic' && f.swot === 'weaknesses')!;
  expect((await titlesIn(page, 'Economic weaknesses'))[0]).toBe(first.title);
  const options = await page.getByRole('combobox', { name: 'Scenario' }).locator('option').allTextContents();
  expect(options).toEqual([
    'Baseline — AI in Kazakhstan (all sources)',
    'Table 1 — Ashimova & Alzhanova',
    'AI Concept 2029 delivered',
    'Compute access blocked',
  ]);
});

test('the editor shows a citation’s source, locator, quote and translation', async ({ page }) => {
  const sources = new Map(baseline.sources.map((s: { id: string }) => [s.id, s]));
  const factor = factors.find((f) => f.citations.some((c) => c.quoteTranslation))!;
  const citation = factor.citations.find((c) => c.quoteTranslation)!;
  const source = sources.get(citation.sourceId) as { title: string; year: number | null };
  await cell(page, label(factor)).getByRole('button', { name: factor.title }).click();
  const editor = page.getByRole('dialog', { name: 'Edit factor' });
  const item = editor.locator('.citation').filter({ hasText: citation.quote.slice(0, 40) });
  await expect(item.locator('cite')).toHaveText(source.title);
  await expect(item).toContainText(String(source.year ?? 'n.d.'));
  await expect(item).toContainText(citation.locator);
  await expect(item.locator('blockquote')).toHaveText(citation.quote);
  await expect(item).toContainText(citation.quoteTranslation!);
});

test('Reset to seed restores a seed scenario and leaves the user’s own scenarios alone', async ({ page }) => {
  await page.getByRole('button', { name: 'New…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New scenario' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill('My fork');
  await dialog.getByRole('button', { name: 'Create scenario' }).click();
  const [forkTitle] = await titlesIn(page, 'Social strengths');
  await cell(page, 'Social strengths').getByRole('button', { name: forkTitle }).focus();
  await page.keyboard.press('Delete');
  await expect.poll(() => titlesIn(page, 'Social strengths')).not.toContain(forkTitle);

  const picker = page.getByRole('combobox', { name: 'Scenario' });
  await picker.selectOption({ label: 'Baseline — AI in Kazakhstan (all sources)' });
  const seeded = await titlesIn(page, 'Social strengths');
  await cell(page, 'Social strengths').getByRole('button', { name: seeded[0] }).focus();
  await page.keyboard.press('Delete');
  await expect.poll(() => titlesIn(page, 'Social strengths')).toEqual(seeded.slice(1));
  await page.getByRole('button', { name: 'Reset to seed' }).click();
  await expect.poll(() => titlesIn(page, 'Social strengths')).toEqual(seeded);

  await picker.selectOption({ label: 'My fork' });
  await expect.poll(() => titlesIn(page, 'Social strengths')).not.toContain(forkTitle);
  await waitForSave(page);
});

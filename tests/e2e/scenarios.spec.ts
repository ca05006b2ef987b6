import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { cell, openFresh, titlesIn, waitForSave } from './helpers';

test.beforeEach(async ({ page }) => openFresh(page));

const picker = (page: import('@playwright/test').Page) => page.getByRole('combobox', { name: 'Scenario' });

test('edits, order, notes and the active scenario survive a reload', async ({ page }) => {
  const name = 'Social weaknesses';
  const titles = await titlesIn(page, name);
  await page.getByRole('button', { name: `Add factor to ${name}` }).click();
  await page.getByRole('textbox', { name: `New factor in ${name}` }).fill('Rural schools lack broadband');
  await page.keyboard.press('Enter');
  await cell(page, name).getByRole('button', { name: 'Rural schools lack broadband' }).click();
  const editor = page.getByRole('dialog', { name: 'Edit factor' });
  await editor.getByRole('textbox', { name: 'Note' }).fill('Raised in the Almaty workshop.');
  await editor.getByRole('button', { name: 'Done' }).click();
  await picker(page).selectOption({ label: 'Table 1 — Ashimova & Alzhanova' });
  await waitForSave(page);

  await page.reload();
  await expect(picker(page)).toHaveValue('seed-table1');
  await picker(page).selectOption({ label: 'Baseline — AI in Kazakhstan (all sources)' });
  await expect.poll(() => titlesIn(page, name)).toEqual([...titles, 'Rural schools lack broadband']);
  await expect(cell(page, name).getByRole('button', { name: /^Rural schools lack broadband, has a note/ })).toBeVisible();
});

test('two tabs of one browser each see the other’s edits and neither loses any', async ({ page, context }) => {
  const other = await context.newPage();
  await other.goto('/');
  await expect(cell(other, 'Political strengths')).toBeVisible();

  await page.getByRole('button', { name: 'Add factor to Economic threats' }).click();
  await page.getByRole('textbox', { name: 'New factor in Economic threats' }).fill('Edit from tab one');
  await page.keyboard.press('Enter');
  await waitForSave(page);
  await expect.poll(() => titlesIn(other, 'Economic threats')).toContain('Edit from tab one');

  await other.getByRole('button', { name: 'Add factor to Social threats' }).click();
  await other.getByRole('textbox', { name: 'New factor in Social threats' }).fill('Edit from tab two');
  await other.keyboard.press('Enter');
  await waitForSave(other);
  await expect.poll(() => titlesIn(page, 'Social threats')).toContain('Edit from tab two');
  expect(await titlesIn(page, 'Economic threats')).toContain('Edit from tab one');

  await page.reload();
  await expect.poll(() => titlesIn(page, 'Economic threats')).toContain('Edit from tab one');
  expect(await titlesIn(page, 'Social threats')).toContain('Edit from tab two');
});

test('Export downloads a versioned file that imports back as a new scenario', async ({ page }) => {
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export scenario' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^swot-pest-baseline-ai-in-kazakhstan-all-sources-\d{4}-\d{2}-\d{2}\.json$/);
  const path = await download.path();
  const exported = JSON.parse(await readFile(path!, 'utf8'));
  expect(exported.format).toBe('swot-pest-matrix');
  expect(exported.version).toBe(3);
  expect(exported.scenarios).toHaveLength(1);
  // The seeded strategies travel with the scenario.
  expect(exported.scenarios[0].strategies.length).toBeGreaterThan(0);

  await page.getByLabel('Import a JSON file').setInputFiles(path!);
  const preview = page.getByRole('dialog', { name: /^Import / });
  await expect(preview).toContainText('Baseline — AI in Kazakhstan (all sources)');
  await expect(preview).toContainText(`${exported.scenarios[0].factors.length}`);
  await preview.getByRole('button', { name: 'Import 1 scenario' }).click();
  await expect(picker(page).locator('option:checked')).toHaveText('Baseline — AI in Kazakhstan (all sources) (imported)');
  const count = await page.locator('.cell__list .card').count();
  expect(count).toBe(exported.scenarios[0].factors.length);
});

test('an invalid file shows what is wrong and changes nothing', async ({ page }) => {
  await page.getByRole('button', { name: 'Add factor to Political threats' }).click();
  await page.getByRole('textbox', { name: 'New factor in Political threats' }).fill('Stored before the bad import');
  await page.keyboard.press('Enter');
  await waitForSave(page);
  const storedBefore = await page.evaluate(() => localStorage.getItem('swot-pest-matrix/workspace'));
  const optionsBefore = await picker(page).locator('option').allTextContents();

  const bad = {
    format: 'swot-pest-matrix',
    version: 2,
    sources: [{ id: 'x', title: 'Bad', authors: [], year: null, publisher: null, url: 'javascript:alert(1)' }],
    scenarios: [{ id: 's', name: 'Bad', description: '', factors: [] }],
  };
  await page.getByLabel('Import a JSON file').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  const dialog = page.getByRole('dialog', { name: 'This file cannot be imported' });
  await expect(dialog).toContainText('$.sources[0].url');
  await expect(dialog).toContainText('http:// or https://');
  await dialog.getByRole('button', { name: 'OK' }).click();

  await page.getByLabel('Import a JSON file').setInputFiles({ name: 'cut.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "swot-pest-matrix", "versi') });
  await expect(page.getByRole('dialog', { name: 'This file cannot be imported' })).toContainText('not valid JSON');
  await page.keyboard.press('Escape');

  expect(await picker(page).locator('option').allTextContents()).toEqual(optionsBefore);
  expect(await page.evaluate(() => localStorage.getItem('swot-pest-matrix/workspace'))).toBe(storedBefore);
});

test('comparing a fork shows the moved and the added factor on the grid and in the list', async ({ page }) => {
  await page.getByRole('button', { name: 'New…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New scenario' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Workshop variant');
  await dialog.getByRole('button', { name: 'Create scenario' }).click();
  await expect(picker(page).locator('option:checked')).toHaveText('Workshop variant');

  const [moved] = await titlesIn(page, 'Political strengths');
  const card = cell(page, 'Political strengths').getByRole('button', { name: moved });
  await card.focus();
  await page.keyboard.press('Space');
  await expect(page.getByTestId('announcer')).toContainText('Picked up');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('announcer')).toContainText('is over Political weaknesses');
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: 'Add factor to Technological threats' }).click();
  await page.getByRole('textbox', { name: 'New factor in Technological threats' }).fill('Deepfake fraud wave');
  await page.keyboard.press('Enter');

  await page.getByRole('button', { name: 'Compare' }).click();
  await page.getByRole('combobox', { name: /^Compare “Workshop variant” with/ }).selectOption({ label: 'Baseline — AI in Kazakhstan (all sources)' });
  const panel = page.getByRole('complementary').filter({ hasText: 'Compare scenarios' });
  await expect(panel.getByRole('heading', { name: 'Only in B (added) (1)' })).toBeVisible();
  await expect(panel).toContainText('Deepfake fraud wave — Technological threats');
  await expect(panel).toContainText(`${moved}: Political strengths → Political weaknesses`);
  await expect(cell(page, 'Technological threats').getByRole('button', { name: /^Deepfake fraud wave, low confidence, added$/ })).toBeVisible();
  await expect(cell(page, 'Political weaknesses').getByRole('button', { name: new RegExp(`^${moved!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*, moved$`) })).toBeVisible();
});

test('comparing an edited factor shows its title and note word by word, told apart without colour', async ({ page }) => {
  await page.getByRole('button', { name: 'New…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New scenario' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Workshop variant');
  await dialog.getByRole('button', { name: 'Create scenario' }).click();
  await expect(picker(page).locator('option:checked')).toHaveText('Workshop variant');

  const [title] = await titlesIn(page, 'Economic weaknesses');
  await cell(page, 'Economic weaknesses').getByRole('button', { name: title }).click();
  const editor = page.getByRole('dialog', { name: 'Edit factor' });
  const note = editor.getByRole('textbox', { name: 'Note' });
  const before = (await note.inputValue()).trim();
  const [dropped, ...rest] = before.split(/\s+/);
  expect(dropped).toBeTruthy();
  await note.fill([...rest, 'Confirmed by the 2025 audit.'].join(' '));
  await editor.getByRole('textbox', { name: 'Title' }).fill(`${title} in the regions`);
  await editor.getByRole('button', { name: 'Done' }).click();

  await page.getByRole('button', { name: 'Compare' }).click();
  await page.getByRole('combobox', { name: /^Compare “Workshop variant” with/ }).selectOption({ label: 'Baseline — AI in Kazakhstan (all sources)' });
  const panel = page.getByRole('complementary').filter({ hasText: 'Compare scenarios' });
  await expect(panel.getByRole('heading', { name: 'Edited (1)' })).toBeVisible();
  const item = panel.getByRole('listitem').filter({ has: page.getByRole('heading', { name: `${title} in the regions` }) });
  const [titleChange, noteChange] = [item.getByRole('definition').nth(0), item.getByRole('definition').nth(1)];
  await expect(item.getByRole('term')).toHaveText(['title', 'note']);

  // The title gained three words and lost none.
  await expect(titleChange.locator('ins')).toHaveText('added: in the regions');
  await expect(titleChange.locator('del')).toHaveCount(0);
  // The note lost its first word and gained a sentence; the rest is shown as it was.
  await expect(noteChange.locator('del')).toHaveText(`removed: ${dropped}`);
  await expect(noteChange.locator('ins').last()).toContainText('Confirmed by the 2025 audit.');
  await expect(noteChange).toContainText(rest.slice(0, 3).join(' '));

  // Underline and strike-through, not colour alone; the words "added:" and "removed:" are for screen readers.
  const decoration = (locator: typeof item) => locator.first().evaluate((element) => getComputedStyle(element).textDecorationLine);
  expect(await decoration(noteChange.locator('ins'))).toContain('underline');
  expect(await decoration(noteChange.locator('del'))).toContain('line-through');
  await expect(noteChange.locator('del').getByText('removed:')).toHaveClass('visually-hidden');

  await page.setViewportSize({ width: 1920, height: 1080 });
  await item.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/compare-word-diff-1920.png' });
  const axe = await new AxeBuilder({ page }).include('.compare').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id)).toEqual([]);
});

test('picking another scenario from far down the page shows its matrix from the top', async ({ page }) => {
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
  const other = (await picker(page).locator('option:not(:checked)').first().getAttribute('value'))!;
  await picker(page).selectOption(other);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  // Scrolled down again, the next switch goes back to the top too: the page's scroll is followed, not read once.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  await picker(page).selectOption({ index: 0 });
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
});

/** Every card of the matrix as the page holds it, less the ids React makes up for each node. */
const matrixAsShown = (page: import('@playwright/test').Page) =>
  page
    .locator('.matrix [role=listitem]')
    .evaluateAll((items) => items.map((item) => item.outerHTML.replace(/\s(?:id|aria-labelledby)="[^"]*"/g, '')));

test('a scenario switched to shows every card exactly as a fresh load of that scenario does', async ({ page }) => {
  // Switching reuses the cards' nodes for the other scenario's factors (slotKeys.ts): nothing of
  // the factor they showed before may stay, neither in what is seen nor in what is read out.
  for (const label of ['Table 1 — Ashimova & Alzhanova', 'AI Concept 2029 delivered', 'Compute access blocked', 'Baseline — AI in Kazakhstan (all sources)']) {
    await picker(page).selectOption({ label });
    const matrix = page.getByRole('group', { name: `SWOT and PEST matrix: ${label}` });
    await expect(matrix).toBeVisible();
    const switched = await matrixAsShown(page);
    const spoken = await page.locator('.matrix').ariaSnapshot();
    await waitForSave(page);
    await page.reload();
    await expect(page.locator('[data-first-screen]')).toHaveCount(0);
    await expect(matrix).toBeVisible();
    expect(await matrixAsShown(page)).toEqual(switched);
    expect(await page.locator('.matrix').ariaSnapshot()).toEqual(spoken);
  }
});

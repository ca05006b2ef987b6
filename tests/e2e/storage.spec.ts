import { expect, test } from '@playwright/test';
import { MatrixDoc } from '../../src/doc/matrixDoc';
import { DOC_KEY_PREFIX, encodeDoc } from '../../src/io/docStorage';
import { cell as at, factor, scenario, workspace } from '../fixtures/builders';
import { cell, openFresh, storedContent, titlesIn, waitForSave } from './helpers';

const KEY = 'swot-pest-matrix/workspace';

test('when storage is full the app says work is not saved, offers Export, and keeps editing in memory', async ({ page }) => {
  await openFresh(page);
  await page.getByRole('button', { name: 'Add factor to Political threats' }).click();
  await page.getByRole('textbox', { name: 'New factor in Political threats' }).fill('Saved while there was room');
  await page.keyboard.press('Enter');
  await waitForSave(page);
  const everything = () => page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((key) => [key, localStorage.getItem(key)])));
  const stored = await everything();

  // From now on every write fails the way Chromium reports a full quota.
  await page.evaluate(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.getByRole('button', { name: 'Add factor to Political threats' }).click();
  await page.getByRole('textbox', { name: 'New factor in Political threats' }).fill('Made while storage is full');
  await page.keyboard.press('Enter');

  const alert = page.getByRole('alert').filter({ hasText: 'not being saved' });
  await expect(alert).toContainText('storage for this site is full');
  await expect(alert.getByRole('button', { name: 'Export all scenarios' })).toBeVisible();
  await expect(page.getByTestId('save-status')).toContainText('Not saved');
  expect(await titlesIn(page, 'Political threats')).toEqual(expect.arrayContaining(['Saved while there was room', 'Made while storage is full']));
  expect(await everything()).toEqual(stored);

  const download = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Export all scenarios' }).click();
  expect((await download).suggestedFilename()).toMatch(/^swot-pest-all-scenarios-\d{4}-\d{2}-\d{2}\.json$/);
});

test('unreadable stored data is kept aside, offered for download, and the app starts from the seeds', async ({ page }) => {
  await page.goto('/');
  // Once up, the app stores the seeds when the page is idle; replacing storage before then would race with it.
  await waitForSave(page);
  await page.evaluate((key) => {
    localStorage.clear();
    localStorage.setItem(key, '{"kind":"swot-pest-workspace","revision":3,"document":{"format":"swot-pest-matrix","version":2,"sources":[],"scenarios":[{"id":"x"}]}}');
  }, KEY);
  await page.reload();
  await expect(cell(page, 'Political strengths')).toBeVisible();
  const alert = page.getByRole('alert').filter({ hasText: 'could not be read' });
  await expect(alert).toContainText('kept aside');
  const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('swot-pest-matrix/unreadable/')));
  expect(kept).toHaveLength(1);
  expect(await page.evaluate((k) => localStorage.getItem(k), kept[0]!)).toContain('"scenarios":[{"id":"x"}]');
  const download = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Download the unreadable data' }).click();
  expect((await download).suggestedFilename()).toMatch(/^swot-pest-unreadable-/);
  await expect(page.getByRole('combobox', { name: 'Scenario' }).locator('option:checked')).toHaveText('Baseline — AI in Kazakhstan (all sources)');
});

test('a copy encoded outside the browser opens in it, and what the browser stores reads back outside it', async ({ page }) => {
  // Node has no native base64, so encodeDoc here takes lib0's path, and the page the platform's own.
  const doc = new MatrixDoc();
  const title = 'Кириллица, emoji 🌍 and a title long enough to span many groups of base64';
  doc.load(workspace([scenario('from-node', [factor('n1', at('economic', 'threats'), { title }), factor('n2', at('economic', 'threats'))], { name: 'Written in Node' })]));
  await page.goto('/');
  await waitForSave(page);
  await page.evaluate(([key, text]) => {
    localStorage.clear();
    localStorage.setItem(key, text);
  }, [`${DOC_KEY_PREFIX}from-node-1`, encodeDoc(doc.ydoc)] as const);
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Scenario' }).locator('option:checked')).toHaveText('Written in Node');
  expect(await titlesIn(page, 'Economic threats')).toEqual([title, 'Factor n2']);

  await page.getByRole('button', { name: 'Add factor to Economic threats' }).click();
  await page.getByRole('textbox', { name: 'New factor in Economic threats' }).fill('Added in the browser');
  await page.keyboard.press('Enter');
  await waitForSave(page);
  const stored = await storedContent(page);
  expect(stored.scenarios.find((s) => s.id === 'from-node')!.factors.map((f) => f.title)).toEqual([title, 'Factor n2', 'Added in the browser']);
});

test('data saved by a newer version of the app is never overwritten', async ({ page }) => {
  await page.goto('/');
  await waitForSave(page);
  const future = JSON.stringify({
    kind: 'swot-pest-workspace',
    revision: 9,
    savedAt: '2030-01-01T00:00:00.000Z',
    activeScenarioId: 'z',
    document: { format: 'swot-pest-matrix', version: 99, sources: [], scenarios: [] },
  });
  await page.evaluate(([key, value]) => {
    localStorage.clear();
    localStorage.setItem(key!, value!);
  }, [KEY, future]);
  await page.reload();
  await expect(page.getByRole('alert').filter({ hasText: 'newer version' })).toBeVisible();
  await page.getByRole('button', { name: 'Add factor to Social strengths' }).click();
  await page.getByRole('textbox', { name: 'New factor in Social strengths' }).fill('Not to be saved over newer data');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('save-status')).toContainText('Not saving');
  await page.waitForTimeout(700); // longer than the save delay: a save would have happened by now
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(future);
});

test('a .json file dropped on the page opens the import preview', async ({ page }) => {
  await openFresh(page);
  const file = JSON.stringify({ format: 'swot-pest-matrix', version: 2, sources: [], scenarios: [{ id: 'dropped', name: 'Dropped in', description: '', factors: [] }] });
  const transfer = await page.evaluateHandle((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
    return data;
  }, file);
  await page.locator('.workspace').dispatchEvent('dragover', { dataTransfer: transfer });
  await page.locator('.workspace').dispatchEvent('drop', { dataTransfer: transfer });
  const preview = page.getByRole('dialog', { name: 'Import dropped.json' });
  await expect(preview).toContainText('Dropped in');
  await preview.getByRole('button', { name: 'Import 1 scenario' }).click();
  await expect(page.getByRole('combobox', { name: 'Scenario' }).locator('option:checked')).toHaveText('Dropped in');
});

import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { cell, openFresh, storedContent, titlesIn, waitForSave } from './helpers';

const LEGACY_KEY = 'swot-pest-matrix/workspace';
const picker = (page: Page) => page.getByRole('combobox', { name: 'Scenario' });

async function secondTab(page: Page): Promise<Page> {
  const other = await page.context().newPage();
  await other.goto('/');
  await expect(cell(other, 'Political strengths')).toBeVisible();
  return other;
}

async function typeNewFactor(page: Page, cellName: string, title: string): Promise<void> {
  await page.getByRole('button', { name: `Add factor to ${cellName}` }).click();
  await page.getByRole('textbox', { name: `New factor in ${cellName}` }).fill(title);
}

test.beforeEach(async ({ page }) => openFresh(page));

test('two tabs that add to the same cell at the same moment both keep their factor', async ({ page }) => {
  const other = await secondTab(page);
  await typeNewFactor(page, 'Economic threats', 'Added in tab one');
  await typeNewFactor(other, 'Economic threats', 'Added in tab two');
  await Promise.all([page.keyboard.press('Enter'), other.keyboard.press('Enter')]);

  for (const tab of [page, other]) {
    await expect.poll(() => titlesIn(tab, 'Economic threats')).toEqual(expect.arrayContaining(['Added in tab one', 'Added in tab two']));
  }
  await waitForSave(page);
  await waitForSave(other);
  expect(await titlesIn(page, 'Economic threats')).toEqual(await titlesIn(other, 'Economic threats'));
  await page.reload();
  await expect.poll(() => titlesIn(page, 'Economic threats')).toEqual(expect.arrayContaining(['Added in tab one', 'Added in tab two']));
});

test('two tabs that move the same card at once end with one card', async ({ page }) => {
  const other = await secondTab(page);
  const [title] = await titlesIn(page, 'Political strengths');
  const pickUp = async (tab: Page) => {
    await cell(tab, 'Political strengths').getByRole('button', { name: title }).focus();
    await tab.keyboard.press('Space');
  };
  await pickUp(page);
  await pickUp(other);
  await page.keyboard.press('ArrowRight');
  await other.keyboard.press('ArrowDown');
  await Promise.all([page.keyboard.press('Space'), other.keyboard.press('Space')]);

  const everywhere = async (tab: Page) => {
    const cells = await tab.getByRole('region').filter({ has: tab.locator('.card') }).all();
    let count = 0;
    for (const region of cells) count += (await region.locator('.card__title').allInnerTexts()).filter((t) => t === title).length;
    return count;
  };
  await expect.poll(() => everywhere(page)).toBe(1);
  await expect.poll(() => everywhere(other)).toBe(1);
  await waitForSave(page);
  const stored = await storedContent(page);
  const baseline = stored.scenarios.find((s) => s.id === 'seed-baseline')!;
  expect(baseline.factors.filter((f) => f.title === title)).toHaveLength(1);
});

test('an edit never lands in another scenario when the edited one is deleted in another tab', async ({ page }) => {
  await picker(page).selectOption({ label: 'AI Concept 2029 delivered' });
  const [title] = await titlesIn(page, 'Economic strengths');
  await cell(page, 'Economic strengths').getByRole('button', { name: title }).click();
  const editor = page.getByRole('dialog', { name: 'Edit factor' });
  await editor.getByRole('textbox', { name: 'Title' }).fill('Typed in the doomed scenario');

  const other = await secondTab(page);
  await picker(other).selectOption({ label: 'AI Concept 2029 delivered' });
  await other.getByRole('button', { name: 'Delete scenario' }).click();
  await expect(picker(other)).not.toHaveValue('seed-concept-2029');

  await expect(editor).toBeHidden();
  await expect(page.getByRole('status').or(page.getByRole('alert')).filter({ hasText: 'deleted in another tab' }).first()).toBeVisible();
  await waitForSave(page);
  const stored = await storedContent(page);
  expect(stored.scenarios.some((s) => s.id === 'seed-concept-2029')).toBe(false);
  for (const scenario of stored.scenarios) expect(scenario.factors.some((f) => f.title === 'Typed in the doomed scenario')).toBe(false);
});

test('text typed into a note survives closing the tab with the cursor still in the field', async ({ page }) => {
  const [title] = await titlesIn(page, 'Social opportunities');
  await cell(page, 'Social opportunities').getByRole('button', { name: title }).click();
  const note = page.getByRole('dialog', { name: 'Edit factor' }).getByRole('textbox', { name: 'Note' });
  await note.fill('Typed, never left the field');
  await expect(page.getByTestId('save-status')).not.toHaveText('All changes saved');
  await page.reload();
  await cell(page, 'Social opportunities').getByRole('button', { name: title }).click();
  await expect(page.getByRole('dialog', { name: 'Edit factor' }).getByRole('textbox', { name: 'Note' })).toHaveValue('Typed, never left the field');
});

test('undoing a change at once does not leave the status on "Saving…"', async ({ page }) => {
  await typeNewFactor(page, 'Social threats', 'Gone again at once');
  await page.keyboard.press('Enter');
  await page.locator('body').click({ position: { x: 5, y: 700 } });
  await page.keyboard.press('Control+z');
  await waitForSave(page);
  expect(await titlesIn(page, 'Social threats')).not.toContain('Gone again at once');
});

test('a change from another tab does not erase this tab’s undo history', async ({ page }) => {
  const other = await secondTab(page);
  await typeNewFactor(page, 'Political threats', 'Mine to undo');
  await page.keyboard.press('Enter');
  await typeNewFactor(other, 'Social threats', 'Theirs to keep');
  await other.keyboard.press('Enter');
  await expect.poll(() => titlesIn(page, 'Social threats')).toContain('Theirs to keep');

  await page.getByRole('group', { name: 'History' }).getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => titlesIn(page, 'Political threats')).not.toContain('Mine to undo');
  expect(await titlesIn(page, 'Social threats')).toContain('Theirs to keep');
  await expect.poll(() => titlesIn(other, 'Political threats')).not.toContain('Mine to undo');
  expect(await titlesIn(other, 'Social threats')).toContain('Theirs to keep');
});

test('unreadable data written while the app is open is set aside, never overwritten, and the user is told', async ({ page }) => {
  const other = await secondTab(page);
  await other.evaluate((key) => localStorage.setItem(key, '{"kind":"swot-pest-workspace","revision":9,"document":'), LEGACY_KEY);
  await expect(page.getByRole('alert').filter({ hasText: 'could not be read' })).toBeVisible();
  const kept = await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('swot-pest-matrix/unreadable/')));
  expect(kept).toHaveLength(1);
  await typeNewFactor(page, 'Political threats', 'Saved after the damage');
  await page.keyboard.press('Enter');
  await waitForSave(page);
  expect(await page.evaluate((key) => localStorage.getItem(key), kept[0]!)).toBe('{"kind":"swot-pest-workspace","revision":9,"document":');
  await page.reload();
  await expect.poll(() => titlesIn(page, 'Political threats')).toContain('Saved after the damage');
});

/** A workspace as the previous version stored it: the version 2 envelope under one key. */
function legacyEnvelope(document: unknown, activeScenarioId: string): string {
  return JSON.stringify({ kind: 'swot-pest-workspace', revision: 7, savedAt: '2026-11-25T10:00:00.000Z', activeScenarioId, document });
}

const FIXTURES = [
  ['the baseline seed', 'seed-data/baseline.json'],
  ['a version 1 file', 'tests/fixtures/format-v1.json'],
  ['Kazakh text', 'tests/fixtures/hostile/kazakh.json'],
  ['right-to-left text', 'tests/fixtures/hostile/rtl.json'],
  ['markup in text', 'tests/fixtures/hostile/markup-in-text.json'],
] as const;

for (const [label, path] of FIXTURES) {
  test(`work stored by the previous version loads with every factor intact: ${label}`, async ({ browser }) => {
    const document = JSON.parse(readFileSync(path, 'utf8')) as { scenarios: Array<{ id: string; factors: Array<{ title: string }> }> };
    const first = document.scenarios[0]!;
    const context = await browser.newContext();
    await context.addInitScript(
      ([key, value]) => {
        if (!sessionStorage.getItem('seeded-by-test')) {
          localStorage.clear();
          localStorage.setItem(key, value);
          sessionStorage.setItem('seeded-by-test', '1');
        }
      },
      [LEGACY_KEY, legacyEnvelope(document, first.id)] as const,
    );
    const tab = await context.newPage();
    await tab.goto('/');
    await expect(picker(tab)).toHaveValue(first.id);
    await expect(tab.locator('.card__title')).toHaveCount(first.factors.length);
    const shown = await tab.locator('.card__title').allInnerTexts();
    expect([...shown].sort()).toEqual(first.factors.map((f) => f.title).sort());
    await context.close();
  });
}

test('the editing code rehearsed at idle changes nothing the user has, here or in another tab', async ({ page }) => {
  const other = await secondTab(page);
  const rehearsed = (tab: Page) => tab.waitForFunction(() => performance.getEntriesByName('editing-rehearsed').length > 0);
  await Promise.all([rehearsed(page), rehearsed(other)]);
  await waitForSave(page);
  for (const tab of [page, other]) {
    await expect(tab.getByRole('group', { name: 'History' }).getByRole('button', { name: 'Undo' })).toBeDisabled();
    await expect(tab.getByRole('listitem', { name: /^Rehearsal/ })).toHaveCount(0);
    await expect(picker(tab).getByRole('option', { name: /Rehearsal/ })).toHaveCount(0);
  }
  const stored = await storedContent(page);
  expect(stored.scenarios.flatMap((scenario) => [scenario.name, ...scenario.factors.map((factor) => factor.title)]).filter((name) => name.startsWith('Rehearsal'))).toEqual([]);
});

/**
 * Every file of the hostile-input corpus, imported through the real file input of the built app:
 * each gets the error dialog or the preview, the page keeps answering, and what the user had
 * stored is never changed. The two big files are generated per test, never committed.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Page, test } from '@playwright/test';
import { existingDocument, GENERATED, type GeneratedName, writeGenerated } from '../fixtures/hostile/generate';
import { storedContent, waitForSave } from './helpers';

const CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/hostile');
const WORKSPACE_KEY = 'swot-pest-matrix/workspace';

type Outcome = { outcome: 'error' } | { outcome: 'preview'; scenarios: number; shows: string };
const ERROR: Outcome = { outcome: 'error' };

/** What each file must lead to, decided from the format's rules (see tests/unit/hostile.test.ts). */
const CORPUS: Record<string, Outcome> = {
  'truncated.json': ERROR,
  'empty.json': ERROR,
  'control-chars-raw.json': ERROR,
  'not-an-object.json': ERROR,
  'unknown-format.json': ERROR,
  'future-version.json': ERROR,
  'wrong-version-type.json': ERROR,
  'wrong-types.json': ERROR,
  'missing-fields.json': ERROR,
  'missing-sources.json': ERROR,
  'long-title.json': ERROR,
  'control-chars.json': ERROR,
  'javascript-url.json': ERROR,
  'data-url.json': ERROR,
  'duplicate-source-ids.json': ERROR,
  'broken-citation.json': ERROR,
  'deep-nesting.json': ERROR,
  'deep-nesting-arrays.json': ERROR,
  'proto-key.json': ERROR,
  'proto-key-nested.json': ERROR,
  'constructor-key.json': ERROR,
  'duplicate-factor-ids.json': { outcome: 'preview', scenarios: 1, shows: 'Second of two' },
  'duplicate-scenario-ids.json': { outcome: 'preview', scenarios: 2, shows: 'Factor h-f1' },
  'unknown-keys.json': { outcome: 'preview', scenarios: 1, shows: 'Factor h-f1' },
  'markup-in-text.json': { outcome: 'preview', scenarios: 1, shows: '<img src=x onerror="window.__pwned=1">' },
  'rtl.json': { outcome: 'preview', scenarios: 1, shows: 'الاستثمار في الذكاء الاصطناعي' },
  'emoji.json': { outcome: 'preview', scenarios: 1, shows: '🚀 Launch 👩‍👩‍👧‍👦 family ZWJ' },
  'kazakh.json': { outcome: 'preview', scenarios: 1, shows: 'Қазақстандағы жасанды интеллект стратегиясы' },
  'russian.json': { outcome: 'preview', scenarios: 1, shows: 'Государственная поддержка цифровизации' },
  'utf8-bom.json': { outcome: 'preview', scenarios: 1, shows: 'Saved by Notepad with a byte order mark' },
};
const GENERATED_OUTCOMES: Record<GeneratedName, Outcome> = {
  'big-20mb.json': ERROR,
  'factors-100k.json': ERROR,
};

const storedEnvelope = () =>
  JSON.stringify({
    kind: 'swot-pest-workspace',
    revision: 3,
    savedAt: '2025-01-01T00:00:00.000Z',
    activeScenarioId: 'hostile-s1',
    document: existingDocument(),
  });

/** Everything in localStorage, key by key. */
const storage = (page: Page) =>
  page.evaluate(() => Object.fromEntries(Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i)!).map((key) => [key, localStorage.getItem(key)])));

async function openWithExistingWork(page: Page): Promise<void> {
  await page.goto('/');
  // Once up, the app stores the seeds when the page is idle; replacing storage before then would race with it.
  await waitForSave(page);
  await page.evaluate(([key, value]) => {
    localStorage.clear();
    localStorage.setItem(key, value);
  }, [WORKSPACE_KEY, storedEnvelope()] as const);
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Scenario' })).toHaveValue('hostile-s1');
  await expect(page.locator('[data-factor-id="h-f1"]')).toBeVisible();
  // The previous version's work is stored in the new form once the page is idle; wait for it.
  await waitForSave(page);
}

/** The hang guard: a trivial script must come back within a second of asking. */
async function expectPageAnswers(page: Page): Promise<void> {
  const started = Date.now();
  const answer = await Promise.race([
    page.evaluate(() => 'answered'),
    new Promise<string>((resolve) => setTimeout(() => resolve('no answer within 1 s'), 1_000)),
  ]);
  expect(answer, `the page answered (asked ${Date.now() - started} ms ago)`).toBe('answered');
}

async function importAndCheck(page: Page, path: string, name: string, expected: Outcome): Promise<void> {
  await openWithExistingWork(page);
  const before = await storage(page);
  const existing = existingDocument();

  await page.getByLabel('Import a JSON file', { exact: true }).setInputFiles(path);
  await expectPageAnswers(page);

  if (expected.outcome === 'error') {
    const dialog = page.getByRole('dialog', { name: 'This file cannot be imported' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(name);
    await expect(dialog.getByRole('listitem').first()).toBeVisible();
    await expectPageAnswers(page);
    await dialog.getByRole('button', { name: 'OK' }).click();
    await expect(dialog).toBeHidden();
    // Longer than the autosave delay (300 ms): a save, had one been triggered, has happened.
    await page.waitForTimeout(1_000);
    expect(await storage(page)).toEqual(before);
    await expect(page.getByRole('combobox', { name: 'Scenario' })).toHaveValue('hostile-s1');
    return;
  }

  const dialog = page.getByRole('dialog', { name: `Import ${name}` });
  await expect(dialog).toBeVisible();
  await expectPageAnswers(page);
  await dialog.getByRole('button', { name: `Import ${expected.scenarios} scenario${expected.scenarios === 1 ? '' : 's'}`, exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('.card__title', { hasText: expected.shows }).first()).toBeVisible();

  // Text stays text: nothing from the file ran or became markup.
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  await expect(page.locator('.matrix img, .matrix script, .matrix iframe, .matrix svg[onload]')).toHaveCount(0);

  // Once saved, the stored data holds the user's scenarios and sources exactly as before, first.
  await expect.poll(async () => (await storedContent(page)).scenarios.length).toBe(existing.scenarios.length + expected.scenarios);
  const after = await storedContent(page);
  expect(after.scenarios.slice(0, existing.scenarios.length)).toEqual(existing.scenarios);
  expect(after.sources.slice(0, existing.sources.length)).toEqual(existing.sources);
  expect(new Set(after.scenarios.map((s) => s.id)).size).toBe(after.scenarios.length);
}

test('the corpus holds exactly the files listed here', () => {
  const files = readdirSync(CORPUS_DIR).filter((name) => name.endsWith('.json')).sort();
  expect(files).toEqual(Object.keys(CORPUS).sort());
});

for (const [name, expected] of Object.entries(CORPUS)) {
  test(`importing ${name}: ${expected.outcome === 'error' ? 'a clear error, nothing stored changes' : 'a preview, then a safe import'}`, async ({ page }) => {
    await importAndCheck(page, join(CORPUS_DIR, name), name, expected);
  });
}

for (const { name } of GENERATED) {
  test(`importing the generated ${name}: a clear error, nothing stored changes`, async ({ page }, testInfo) => {
    const path = writeGenerated(testInfo.outputPath(), name);
    await importAndCheck(page, path, name, GENERATED_OUTCOMES[name]);
  });
}

import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { normalizeText } from '../../src/domain/evidence/normalize';
import { cell, openFresh } from './helpers';

const SEEDS = join(import.meta.dirname, '../../../shared/seeds');
const TOOL = join(import.meta.dirname, '../../../shared/tools/check-citations.mjs');
const registry = JSON.parse(readFileSync(join(SEEDS, 'sources.json'), 'utf8')) as { sources: Array<{ id: string; file: string; title: string }> };

test.beforeEach(async ({ page }) => openFresh(page));

async function openSources(page: Page) {
  await page.getByRole('button', { name: 'Sources', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Sources', exact: true })).toBeVisible();
}

async function attachFile(page: Page, sourceTitle: string, file: string | { name: string; mimeType: string; buffer: Buffer }) {
  await page.getByRole('button', { name: new RegExp(`^(Attach|Replace) text… ${escape(sourceTitle)}`) }).click();
  const form = page.getByRole('form', { name: `Attach the text of “${sourceTitle}”` });
  await form.getByLabel('Or choose a file (.txt, .md or .pdf)').setInputFiles(file);
  await form.getByRole('button', { name: 'Attach', exact: true }).click();
  return form;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What the browser keeps in IndexedDB for attached texts, and everything in localStorage. */
const stored = (page: Page) =>
  page.evaluate(async () => {
    const texts = await new Promise<unknown[]>((resolve) => {
      const open = indexedDB.open('swot-pest-matrix-texts');
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains('texts')) return resolve([]);
        const all = db.transaction('texts').objectStore('texts').getAll();
        all.onsuccess = () => resolve(all.result);
      };
      open.onerror = () => resolve([]);
    });
    return { texts, local: Object.fromEntries(Object.keys(localStorage).map((key) => [key, localStorage.getItem(key)])) };
  });

test('attaching the five seed texts, "Check all quotes" agrees with the shared checker, and the reader highlights a Russian quote', async ({ page }) => {
  test.setTimeout(90_000);
  await openSources(page);
  const titles = await page.locator('.sources__title').allInnerTexts();
  for (const source of registry.sources) {
    const title = titles.find((t) => t.trim() === source.title.trim()) ?? source.title;
    await attachFile(page, title, join(SEEDS, source.file));
    await expect(page.getByRole('form', { name: `Attach the text of “${title}”` })).toBeHidden();
  }
  await page.getByRole('button', { name: 'Check all quotes' }).click();
  const report = execFileSync('node', [TOOL, 'seed-data/baseline.json'], { encoding: 'utf8' });
  const [, checked, verified, failed] = /citations: (\d+) checked, (\d+) verified, (\d+) failed/.exec(report)!;
  expect(Number(failed)).toBe(0);
  await expect(page.locator('.check-all__summary')).toHaveText(`${verified} of ${checked} verified, 0 close, 0 not found, 0 without text`);

  // A Russian quote, opened in the reader: the highlight covers exactly the quote.
  const baseline = JSON.parse(readFileSync('seed-data/baseline.json', 'utf8'));
  const factor = baseline.scenarios[0].factors.find((f: { citations: Array<{ sourceId: string }> }) => f.citations.some((c) => c.sourceId === 'ai-public-admin-note'));
  const citation = factor.citations.find((c: { sourceId: string }) => c.sourceId === 'ai-public-admin-note');
  await page.getByRole('button', { name: 'Close sources' }).click();
  const label = `${factor.pest[0].toUpperCase()}${factor.pest.slice(1)} ${factor.swot}`;
  await cell(page, label).getByRole('button', { name: new RegExp(`^${escape(factor.title)}`) }).click();
  const quoteBlock = page.locator('.citation').filter({ hasText: citation.quote.slice(0, 30) }).first();
  await expect(quoteBlock.getByText('Verified')).toBeVisible();
  await quoteBlock.getByRole('button', { name: 'Show in source' }).click();
  const mark = page.locator('.reader__mark');
  await expect(mark).toBeVisible();
  expect(normalizeText(await mark.innerText()).text).toBe(normalizeText(citation.quote).text);
  await expect(mark).toBeInViewport();

  // Selecting a passage there offers to cite it for the factor the reader was opened from.
  await mark.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    element.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  });
  await expect(page.getByLabel('Factor to cite the passage for')).toHaveValue(factor.id);
});

async function makePdf(lines: string[]): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([500, 300]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  lines.forEach((line, i) => page.drawText(line, { x: 30, y: 260 - i * 20, size: 12, font }));
  return Buffer.from(await doc.save());
}

test('a passage selected in an attached PDF becomes a verified citation of a new factor', async ({ page }) => {
  const pdf = await makePdf(['5.3 Opportunities', 'Regional data centres could host shared computing for universities.', 'Demand grows every year.']);
  await openSources(page);
  const title = (await page.locator('.sources__title').first().innerText()).trim();
  await attachFile(page, title, { name: 'brief.pdf', mimeType: 'application/pdf', buffer: pdf });
  await expect(page.getByText(/Text attached: brief\.pdf/)).toBeVisible();
  await page.getByRole('button', { name: `Read text ${title}` }).click();
  const reader = page.getByRole('dialog', { name: `Text of “${title}”` });
  await expect(reader.locator('.reader__text')).toContainText('Regional data centres');
  await reader.locator('.reader__text').evaluate((element) => {
    const node = element.firstChild!;
    const text = node.textContent!;
    const phrase = 'Regional data centres could host shared computing';
    const start = text.indexOf(phrase);
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + phrase.length);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    element.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  });
  await expect(reader.getByLabel('Locator')).toHaveValue('§5.3 Opportunities');
  await reader.getByLabel('Cell for the new factor').selectOption({ label: 'Technological opportunities' });
  await reader.getByLabel('Title of the new factor').fill('Shared university computing');
  await reader.getByRole('button', { name: 'Create factor' }).click();
  await expect(reader).toBeHidden();
  await page.getByRole('button', { name: 'Close sources' }).click();
  await cell(page, 'Technological opportunities').getByRole('button', { name: /^Shared university computing/ }).click();
  const editor = page.getByRole('dialog', { name: 'Edit factor' });
  await expect(editor.locator('.citation__quote')).toHaveText('Regional data centres could host shared computing');
  await expect(editor.locator('.citation').getByText('Verified')).toBeVisible();
});

const BAD_INPUTS: Array<[string, () => Promise<{ name: string; mimeType: string; buffer: Buffer } | string>, RegExp]> = [
  ['a scanned PDF with no text layer', async () => {
    const doc = await PDFDocument.create();
    doc.addPage([300, 300]).drawRectangle({ x: 20, y: 20, width: 200, height: 200 });
    return { name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await doc.save()) };
  }, /no text layer/],
  ['a damaged PDF', async () => ({ name: 'broken.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n1 0 obj <<< garbage') }), /damaged or not a PDF/],
  ['a password-protected PDF', async () => 'tests/fixtures/evidence/password.pdf', /protected by a password/],
  ['a binary file renamed to .txt', async () => ({ name: 'photo.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]) }), /not text/],
  ['a file over 50 MB', async () => {
    const path = join(tmpdir(), `over-50mb-${process.pid}.txt`);
    writeFileSync(path, Buffer.alloc(50 * 1024 * 1024 + 1, 0x61));
    return path;
  }, /larger than 50 MB/],
];

for (const [label, make, message] of BAD_INPUTS) {
  test(`${label} gets a clear message and changes nothing stored`, async ({ page }) => {
    await openSources(page);
    const title = (await page.locator('.sources__title').first().innerText()).trim();
    const before = await stored(page);
    const file = await make();
    const form = await attachFile(page, title, file);
    if (typeof file === 'string' && file.startsWith(tmpdir())) rmSync(file, { force: true });
    await expect(form.getByRole('alert')).toHaveText(message);
    expect(await stored(page)).toEqual(before);
  });
}

test('a Russian text saved as Windows-1251 is read, and the app says which encoding it used', async ({ page }) => {
  await openSources(page);
  const title = (await page.locator('.sources__title').first().innerText()).trim();
  const cp1251 = Buffer.from([0xc8, 0xf1, 0xea, 0xf3, 0xf1, 0xf1, 0xf2, 0xe2, 0xe5, 0xed, 0xed, 0xfb, 0xe9, 0x20, 0xe8, 0xed, 0xf2, 0xe5, 0xeb, 0xeb, 0xe5, 0xea, 0xf2]);
  await attachFile(page, title, { name: 'note-1251.txt', mimeType: 'text/plain', buffer: cp1251 });
  await expect(page.getByRole('status').filter({ hasText: 'read as windows-1251' }).first()).toBeAttached();
  await page.getByRole('button', { name: `Read text ${title}` }).click();
  await expect(page.locator('.reader__text')).toHaveText('Искусственный интеллект');
});

test('pasted text with markup is shown as text only', async ({ page }) => {
  await openSources(page);
  const title = (await page.locator('.sources__title').first().innerText()).trim();
  await page.getByRole('button', { name: `Attach text… ${title}` }).click();
  const form = page.getByRole('form', { name: `Attach the text of “${title}”` });
  await form.getByLabel('Paste the text').fill('<script>window.__pwned = 1</script><img src=x onerror="window.__pwned=2"> plain words');
  await form.getByRole('button', { name: 'Attach', exact: true }).click();
  await page.getByRole('button', { name: `Read text ${title}` }).click();
  await expect(page.locator('.reader__text')).toContainText('<script>window.__pwned = 1</script>');
  await expect(page.locator('.reader__text script, .reader__text img')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('"JSON with source texts" carries the attached texts, and importing it attaches them again', async ({ page, browser }) => {
  await openSources(page);
  const title = (await page.locator('.sources__title').first().innerText()).trim();
  const source = registry.sources.find((s) => s.title.trim() === title) ?? registry.sources[0]!;
  await attachFile(page, title, join(SEEDS, source.file));
  await page.getByRole('button', { name: 'Close sources' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export as…' }).click();
  await page.getByRole('menuitem', { name: 'JSON with source texts' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/-with-texts\.json$/);
  const exported = JSON.parse(readFileSync((await file.path())!, 'utf8'));
  expect(exported.sourceTexts).toEqual([{ sourceId: source.id, origin: source.file, text: readFileSync(join(SEEDS, source.file), 'utf8') }]);

  // Another browser, with no texts: importing the file attaches the text to its source.
  const other = await (await browser.newContext()).newPage();
  await openFresh(other);
  await other.getByLabel('Import a JSON file', { exact: true }).setInputFiles((await file.path())!);
  await other.getByRole('dialog').getByRole('button', { name: /^Import 1 scenario/ }).click();
  await openSources(other);
  await expect(other.getByText(new RegExp(`Text attached: ${escape(source.file)}`))).toBeVisible();
  await other.context().close();
});

test('a factor card sums up its quote checks: verified once the text is attached, not found after the quote is changed', async ({ page }) => {
  const baseline = JSON.parse(readFileSync('seed-data/baseline.json', 'utf8'));
  type SeedFactor = { title: string; pest: string; swot: string; citations: Array<{ sourceId: string; quote: string }> };
  const source = registry.sources[0]!;
  const factor: SeedFactor = baseline.scenarios[0].factors.find(
    (f: SeedFactor) => f.citations.length === 1 && f.citations[0]!.sourceId === source.id && f.citations[0]!.quote,
  );
  const label = `${factor.pest[0]!.toUpperCase()}${factor.pest.slice(1)} ${factor.swot}`;
  const card = cell(page, label).getByRole('button', { name: new RegExp(`^${escape(factor.title)}`) });
  await expect(card).not.toHaveAccessibleName(/quote/);

  await openSources(page);
  const title = (await page.locator('.sources__title').allInnerTexts()).find((t) => t.trim() === source.title.trim()) ?? source.title;
  await attachFile(page, title, join(SEEDS, source.file));
  await page.getByRole('button', { name: 'Close sources' }).click();
  await expect(card).toHaveAccessibleName(/, quote verified/);
  await expect(card.locator('.badge--verified')).toHaveText('✓');

  await card.click();
  await page.getByRole('button', { name: 'Edit citation 1' }).click();
  const quote = page.getByLabel('Verbatim quote (optional)');
  await quote.fill(`${factor.citations[0]!.quote} — and words the source never wrote, added here to change the quote`);
  await page.getByRole('button', { name: 'Save citation 1' }).click();
  await page.getByRole('button', { name: 'Close editor' }).click();
  await expect(card).toHaveAccessibleName(/, a quote not found in its source \(0 of 1 verified\)/);
  await expect(card.locator('.badge--not-found')).toHaveText('✗');
});

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { cell, openFresh } from './helpers';

async function exportAs(page: Page, item: string, dir: string) {
  await page.getByRole('button', { name: 'Export as…' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: item }).click();
  const file = await download;
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), path };
}

test.describe('decks and images', () => {
  let dir: string;
  test.beforeEach(async ({ page }) => {
    dir = mkdtempSync(join(tmpdir(), 'swot-deck-'));
    await openFresh(page);
  });
  test.afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('the PowerPoint deck opens in LibreOffice with the cell labels, a Cyrillic title and the references', async ({ page }) => {
    test.setTimeout(120_000);
    const title = 'Қазақстандағы деректер орталықтары — рост мощностей';
    await cell(page, 'Technological strengths').getByRole('button', { name: 'Add factor to Technological strengths' }).click();
    await page.getByRole('textbox', { name: 'New factor in Technological strengths' }).fill(title);
    await page.keyboard.press('Enter');
    await expect(cell(page, 'Technological strengths').getByRole('button', { name: new RegExp(`^${title}`) })).toBeVisible();

    const deck = await exportAs(page, 'PowerPoint deck', dir);
    expect(deck.name).toMatch(/^swot-pest-baseline[\w-]*-\d{4}-\d{2}-\d{2}-deck\.pptx$/);
    execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, deck.path], {
      stdio: 'ignore',
      timeout: 90_000,
    });
    const text = execFileSync('pdftotext', [deck.path.replace(/\.pptx$/, '.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const label of ['Political', 'Economic', 'Social', 'Technological', 'Strengths', 'Weaknesses', 'Opportunities', 'Threats', 'References']) {
      expect(text).toContain(label);
    }
    expect(text).toContain(title);
    const baseline = JSON.parse(readFileSync('seed-data/baseline.json', 'utf8'));
    for (const source of baseline.sources as Array<{ title: string }>) expect(text).toContain(source.title.replace(/\s+/g, ' ').slice(0, 30));
    for (const factor of baseline.scenarios[0].factors.slice(0, 10) as Array<{ title: string }>) expect(text).toContain(factor.title.slice(0, 20));
  });

  test('the PNG is the matrix at twice its size, not blank; the SVG holds the titles as text', async ({ page }) => {
    test.setTimeout(90_000);
    const box = (await page.locator('.matrix').boundingBox())!;
    const png = await exportAs(page, 'Image of the matrix (PNG)', dir);
    expect(png.name).toMatch(/-matrix\.png$/);
    const bytes = readFileSync(png.path);
    const width = bytes.readUInt32BE(16);
    const height = bytes.readUInt32BE(20);
    expect(Math.abs(width - 2 * box.width)).toBeLessThanOrEqual(2);
    expect(Math.abs(height - 2 * box.height)).toBeLessThanOrEqual(2);

    // Not blank: drawn back onto a canvas, the picture has many colours.
    const colours = await page.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const data = context.getImageData(0, 0, image.width, image.height).data;
      const seen = new Set<number>();
      for (let i = 0; i < data.length; i += 4 * 97) seen.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
      return { count: seen.size };
    }, bytes.toString('base64'));
    expect(colours.count).toBeGreaterThan(50);

    const svg = await exportAs(page, 'Image of the matrix (SVG)', dir);
    const markup = readFileSync(svg.path, 'utf8');
    expect(markup).toMatch(/^(<\?xml[^>]*>\s*)?<svg/);
    const baseline = JSON.parse(readFileSync('seed-data/baseline.json', 'utf8'));
    expect(markup).toContain(baseline.scenarios[0].factors[0].title.replace(/&/g, '&amp;'));
    await expect(page.getByRole('status').filter({ hasText: /Exported .*-matrix\.svg/ })).toHaveCount(1);
  });
});

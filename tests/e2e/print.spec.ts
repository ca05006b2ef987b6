import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { openFresh } from './helpers';

test('"Print or save as PDF" prints the matrix on one landscape page, then the notes and the references', async ({ page }) => {
  await openFresh(page);
  // The browser's dialog cannot be driven from a test; the report it would print is what is checked.
  await page.evaluate(() => {
    window.print = () => {
      (window as unknown as { printed?: boolean }).printed = true;
    };
  });
  await page.getByRole('button', { name: 'Export as…' }).click();
  await page.getByRole('menuitem', { name: 'Print or save as PDF' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed?: boolean }).printed)).toBe(true);

  const dir = mkdtempSync(join(tmpdir(), 'swot-print-'));
  try {
    const pdf = join(dir, 'report.pdf');
    writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    const pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f');
    const baseline = JSON.parse(readFileSync('seed-data/baseline.json', 'utf8'));
    const first = pages[0]!;
    for (const header of ['Political', 'Economic', 'Social', 'Technological', 'Strengths', 'Weaknesses', 'Opportunities', 'Threats']) {
      expect(first).toContain(header);
    }
    // Every factor is on the first page, its title whole or cut short with an ellipsis.
    for (const factor of baseline.scenarios[0].factors as Array<{ title: string }>) {
      expect(first.replace(/\s+/g, ' ')).toContain(factor.title.slice(0, 12));
    }
    const rest = pages.slice(1).join('\n').replace(/\s+/g, ' ');
    for (const pest of ['Political', 'Economic', 'Social', 'Technological']) {
      for (const swot of ['strengths', 'weaknesses', 'opportunities', 'threats']) expect(rest).toContain(`${pest} ${swot}`);
    }
    expect(rest).toContain('References');
    for (const source of baseline.sources as Array<{ title: string }>) expect(rest).toContain(source.title.replace(/\s+/g, ' ').slice(0, 40));
    // The scenario's name heads the pages.
    expect(pages.filter((text) => text.includes('Baseline — AI in Kazakhstan')).length).toBeGreaterThan(2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { cell, openFresh, titlesIn } from './helpers';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')})`);
}

/** Landmark problems are only "moderate" to axe, but a screen reader's landmark list shows them all. */
async function landmarkViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['best-practice']).analyze();
  return results.violations.filter((v) => v.id.startsWith('landmark-')).map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

// axe walks the whole page; on a busy 2-core machine that can take a while.
test.describe.configure({ timeout: 90_000 });

test.beforeEach(async ({ page }) => openFresh(page));

test('the main view has no serious or critical accessibility violations', async ({ page }) => {
  expect(await seriousViolations(page)).toEqual([]);
});

const startsWith = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

test('every cell’s factors are list items whose accessible name starts with the factor’s title', async ({ page }) => {
  for (const name of ['Political strengths', 'Economic threats', 'Social opportunities', 'Technological weaknesses']) {
    const titles = await titlesIn(page, name);
    expect(titles.length).toBeGreaterThan(0);
    const items = cell(page, name).getByRole('list', { name }).getByRole('listitem');
    await expect(items).toHaveCount(titles.length);
    for (const [index, title] of titles.entries()) await expect(items.nth(index)).toHaveAccessibleName(startsWith(title));
  }
});

test('the factor editor has no serious or critical accessibility violations', async ({ page }) => {
  const [title] = await titlesIn(page, 'Social opportunities');
  await cell(page, 'Social opportunities').getByRole('button', { name: title }).click();
  const editor = page.getByRole('dialog', { name: 'Edit factor' });
  await editor.getByRole('button', { name: '+ Add citation' }).click();
  await editor.getByRole('combobox', { name: 'Cited source' }).selectOption({ label: 'New source…' });
  expect(await seriousViolations(page)).toEqual([]);
  expect(await landmarkViolations(page)).toEqual([]);
});

test('the compare view and the sources panel have no serious or critical accessibility violations', async ({ page }) => {
  await page.getByRole('combobox', { name: 'Scenario' }).selectOption({ label: 'Compute access blocked' });
  await page.getByRole('button', { name: 'Compare' }).click();
  await page.getByRole('combobox', { name: /^Compare “Compute access blocked” with/ }).selectOption({ label: 'Baseline — AI in Kazakhstan (all sources)' });
  await expect(page.locator('.card--moved').first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Sources' }).click();
  await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('a dialog has no serious or critical accessibility violations and traps focus', async ({ page }) => {
  await page.getByRole('button', { name: 'New…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New scenario' });
  await expect(dialog.getByRole('textbox', { name: 'Name' })).toBeFocused();
  expect(await seriousViolations(page)).toEqual([]);
  expect(await landmarkViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('every control is reachable by Tab and shows a visible focus ring', async ({ page }) => {
  const seen: string[] = [];
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const label = (el as HTMLSelectElement).labels?.[0]?.textContent;
      return { name: el.getAttribute('aria-label') ?? label ?? el.textContent?.trim() ?? el.tagName, outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(focus).not.toBeNull();
    expect(focus!.outline).not.toBe('none');
    expect(focus!.width).toBeGreaterThanOrEqual(2);
    seen.push(focus!.name);
  }
  expect(seen).toEqual(expect.arrayContaining(['Scenario', 'New…', 'Compare', 'Sources', 'Export scenario', 'Present']));
  expect(seen.some((name) => name.startsWith('Add factor to Political strengths') || /impact/.test(name))).toBe(true);
});

test('the Content-Security-Policy blocks inline scripts and eval', async ({ page }) => {
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-inline\'; style'); // only styles may be inline
  // Code passed to evaluate() is exempt from the page's policy, so the test asks the page itself to
  // run an inline script and a string timer (which is eval), then checks that neither ran.
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.head.append(script);
    (setTimeout as unknown as (code: string, ms: number) => void)('window.__evalRan = true', 0);
  });
  await page.waitForTimeout(100);
  const ran = await page.evaluate(() => {
    const w = window as unknown as { __inlineRan?: boolean; __evalRan?: boolean };
    return { inline: w.__inlineRan === true, eval: w.__evalRan === true };
  });
  expect(ran).toEqual({ inline: false, eval: false });
});

test('the source reader with a passage selected, and the export menu, have no serious or critical accessibility violations', async ({ page }) => {
  await page.getByRole('button', { name: 'Sources', exact: true }).click();
  const title = (await page.locator('.sources__title').first().innerText()).trim();
  await page.getByRole('button', { name: `Attach text… ${title}` }).click();
  const form = page.getByRole('form', { name: `Attach the text of “${title}”` });
  await form.getByLabel('Paste the text').fill('1 Introduction\nThe national programme builds shared computing capacity for universities.');
  await form.getByRole('button', { name: 'Attach', exact: true }).click();
  await page.getByRole('button', { name: `Read text ${title}` }).click();
  const text = page.locator('.reader__text');
  await text.evaluate((element) => {
    const node = element.firstChild!;
    const range = document.createRange();
    range.setStart(node, 15);
    range.setEnd(node, 60);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    element.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  });
  await expect(page.getByRole('button', { name: 'Cite', exact: true })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Close sources' }).click();
  await page.getByRole('button', { name: 'Export as…' }).click();
  await expect(page.getByRole('menu', { name: 'Export formats' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { announcer, cell, openFresh, titlesIn } from './helpers';

const PEST = ['Political', 'Economic', 'Social', 'Technological'];
const SWOT = ['strengths', 'weaknesses', 'opportunities', 'threats'];
const CELLS = PEST.flatMap((pest) => SWOT.map((swot) => `${pest} ${swot}`));
const baseline = JSON.parse(readFileSync('seed-data/baseline.json', 'utf8')) as {
  scenarios: Array<{ factors: Array<{ title: string; pest: string; swot: string; impact: number | null }> }>;
};
const seedFactors = baseline.scenarios[0]!.factors;

const choose = (page: Page, density: string) => page.getByRole('group', { name: 'Density' }).getByRole('radio', { name: density }).check();
const pageScrolls = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight > window.innerHeight || document.documentElement.scrollWidth > window.innerWidth);

/** Whether the element's box lies inside the viewport and inside every scrolling box around it. */
const fullyVisible = (page: Page, selector: string) =>
  page.evaluate((css) => {
    return [...document.querySelectorAll(css)].map((element) => {
      const box = element.getBoundingClientRect();
      let inside = box.top >= 0 && box.left >= 0 && box.bottom <= window.innerHeight && box.right <= window.innerWidth;
      for (let parent = element.parentElement; parent && inside; parent = parent.parentElement) {
        const style = getComputedStyle(parent);
        if (!/(auto|scroll|hidden)/.test(style.overflowY)) continue;
        const clip = parent.getBoundingClientRect();
        inside = box.top >= clip.top - 1 && box.bottom <= clip.bottom + 1;
      }
      return inside;
    });
  }, selector);

test.describe('at 1920×1080', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('Compact shows all 84 baseline factors on one screen, with no page scroll', async ({ page }) => {
    await openFresh(page);
    await choose(page, 'Compact');
    expect(await pageScrolls(page)).toBe(false);
    const visible = await fullyVisible(page, '.matrix .card');
    expect(visible).toHaveLength(seedFactors.length);
    expect(visible.every(Boolean)).toBe(true);
  });
});

test.describe('at 1280×720', () => {
  test.beforeEach(async ({ page }) => openFresh(page));

  test('Compact puts all 16 cells on screen, cuts titles to one line and keeps them whole in the name', async ({ page }) => {
    await choose(page, 'Compact');
    expect(await pageScrolls(page)).toBe(false);
    for (const name of CELLS) await expect(cell(page, name)).toBeInViewport({ ratio: 1 });
    const long = seedFactors.reduce((a, b) => (b.title.length > a.title.length ? b : a));
    const label = `${long.pest[0]!.toUpperCase()}${long.pest.slice(1)} ${long.swot}`;
    const card = cell(page, label).getByRole('button', { name: long.title });
    await expect(card).toHaveAccessibleName(new RegExp(`^${long.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    const title = card.locator('.card__title');
    expect(await title.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
    // On focus, the whole title shows.
    await card.focus();
    expect(await title.evaluate((element) => element.scrollWidth <= element.clientWidth + 1)).toBe(true);
  });

  test('in Compact a card moves by keyboard and by mouse into a cell that scrolls, landing where the pointer is', async ({ page }) => {
    await choose(page, 'Compact');
    const title = (await titlesIn(page, 'Political strengths'))[0]!;
    await cell(page, 'Political strengths').getByRole('button', { name: title }).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Space');
    await expect.poll(() => titlesIn(page, 'Political weaknesses')).toContain(title);
    await expect(announcer(page)).toContainText(`Moved "${title}" to Political weaknesses`);

    // Technological opportunities holds more cards than fit; scroll its list, then drop on a card in the middle.
    const target = cell(page, 'Technological opportunities');
    const list = target.locator('.cell__list');
    expect(await list.evaluate((element) => element.scrollHeight > element.clientHeight)).toBe(true);
    await list.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
    const before = await titlesIn(page, 'Technological opportunities');
    const onto = target.locator('.card').nth(before.length - 2);
    const moved = (await titlesIn(page, 'Social threats'))[0]!;
    const from = (await cell(page, 'Social threats').getByRole('button', { name: moved }).boundingBox())!;
    const to = (await onto.boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2 + 8, from.y + from.height / 2 + 8, { steps: 3 });
    await page.mouse.move(to.x + to.width / 2, to.y + to.height * 0.15, { steps: 15 });
    await page.mouse.up();
    const expected = [...before];
    expected.splice(before.length - 2, 0, moved);
    await expect.poll(() => titlesIn(page, 'Technological opportunities')).toEqual(expected);
  });

  test('Overview shows each cell’s count and its highest-impact factors, with no scroll, and the choice is remembered', async ({ page }) => {
    await choose(page, 'Overview');
    expect(await pageScrolls(page)).toBe(false);
    for (const pest of PEST) {
      for (const swot of SWOT) {
        const factors = seedFactors.filter((factor) => factor.pest === pest.toLowerCase() && factor.swot === swot);
        const region = cell(page, `${pest} ${swot}`);
        await expect(region.locator('.cell__count')).toHaveText(`${factors.length} factors`);
        const highest = Math.max(...factors.map((factor) => factor.impact ?? 0));
        const top = factors.find((factor) => factor.impact === highest)!;
        await expect(region.getByRole('button', { name: top.title })).toBeVisible();
        await expect(region).toBeInViewport({ ratio: 1 });
      }
    }
    expect((await fullyVisible(page, '.matrix .card')).every(Boolean)).toBe(true);

    await page.reload();
    await expect(page.getByRole('group', { name: 'Density' }).getByRole('radio', { name: 'Overview' })).toBeChecked();
    await page.getByRole('button', { name: /^Show all 7 factors of Political opportunities/ }).click();
    await expect(page.getByRole('group', { name: 'Density' }).getByRole('radio', { name: 'Compact' })).toBeChecked();
  });
});

test.describe('at 768×1024', () => {
  test.use({ viewport: { width: 768, height: 1024 } });

  for (const density of ['Comfortable', 'Compact', 'Overview']) {
    test(`${density}: no sideways scroll, every cell on the page, and nothing serious for axe-core`, async ({ page }) => {
      // A full axe pass over the grid can take 15 s on a busy 2-core machine.
      test.slow();
      await openFresh(page);
      await choose(page, density);
      expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)).toBe(false);
      for (const name of CELLS) await expect(cell(page, name)).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
      expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`)).toEqual([]);
    });
  }
});

/** The words of the column headings that the browser has broken across lines. */
const brokenHeadingWords = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.matrix__col-header > span:last-child')].flatMap((span) => {
      const node = span.firstChild as Text;
      return [...node.data.matchAll(/\S+/g)].filter((word) => {
        const range = document.createRange();
        range.setStart(node, word.index);
        range.setEnd(node, word.index + word[0].length);
        return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size > 1;
      }).map((word) => word[0]);
    }),
  );

test('beside the Strategy panel at 1280×720 the column headings keep their words whole, in each language', async ({ page }) => {
  await openFresh(page);
  for (const [code, strategy] of [['en', 'Strategy'], ['ru', 'Стратегия'], ['kk', 'Стратегия']] as const) {
    await page.getByRole('combobox', { name: /Language|Язык|Тіл/ }).selectOption(code);
    await expect(page.locator('html')).toHaveAttribute('lang', code);
    await page.getByRole('button', { name: strategy, exact: true }).click();
    await expect(page.getByRole('tab').first()).toBeVisible();
    await expect.poll(() => brokenHeadingWords(page)).toEqual([]);
    await page.getByRole('button', { name: strategy, exact: true }).click();
    await expect(page.getByRole('tab')).toHaveCount(0);
  }
});

test('with the Strategy panel and the editor both open at 1280×720 the matrix keeps half the screen', async ({ page }) => {
  await openFresh(page);
  await page.getByRole('button', { name: 'Strategy', exact: true }).click();
  const strategy = page.getByRole('complementary', { name: 'Strategy' });
  await expect(strategy.getByRole('tab').first()).toBeVisible();
  const [title] = await titlesIn(page, 'Political strengths');
  await cell(page, 'Political strengths').getByRole('button', { name: title }).click();
  const editor = page.getByRole('dialog', { name: 'Edit factor' });
  await expect(editor).toBeVisible();
  const width = async (locator: ReturnType<Page['locator']>) => (await locator.boundingBox())!.width;
  // Both panels were 448 px or more wide and left the matrix 30 px columns, a letter a line.
  expect(await width(page.getByRole('main', { name: 'Matrix' }))).toBeGreaterThanOrEqual(640);
  for (const name of ['Political strengths', 'Political threats']) expect(await width(cell(page, name))).toBeGreaterThan(100);
  expect(await width(strategy)).toBeGreaterThanOrEqual(288);
  expect(await width(editor)).toBeGreaterThanOrEqual(288);
  // The panels share what is left; nothing goes past the window's edge.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
});

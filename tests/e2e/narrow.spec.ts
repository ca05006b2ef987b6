import { expect, type Page, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { announcer, cell, openFresh, titlesIn } from './helpers';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });
test.beforeEach(async ({ page }) => openFresh(page));

const overflowsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

/** Every visible control smaller than 44×44 px, by name, for a readable failure. */
const smallControls = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, select, input, textarea, [role=button], a[href]')]
      .filter((element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden')
      .filter((element) => !element.closest('.visually-hidden'))
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 43.5 || box.height < 43.5)
      .map(({ element, box }) => `${element.getAttribute('aria-label') ?? element.textContent?.trim()} (${Math.round(box.width)}×${Math.round(box.height)})`),
  );

test('one cell at a time, with no sideways scroll at 390 or 360 px and every control at least 44×44 px', async ({ page }) => {
  await expect(cell(page, 'Political strengths')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Political weaknesses', exact: true })).toHaveCount(0);
  expect(await overflowsSideways(page)).toBe(false);
  expect(await smallControls(page)).toEqual([]);
  await page.getByRole('button', { name: 'More' }).click();
  await expect(page.getByRole('button', { name: 'Export all' })).toBeVisible();
  expect(await smallControls(page)).toEqual([]);
  await page.setViewportSize({ width: 360, height: 740 });
  expect(await overflowsSideways(page)).toBe(false);
});

test('the mini-map, the arrow buttons and a swipe step between cells', async ({ page }) => {
  await page.getByRole('button', { name: /^Economic opportunities, \d+ factors$/ }).click();
  await expect(cell(page, 'Economic opportunities')).toBeVisible();
  await page.getByRole('button', { name: 'Next cell: Economic threats' }).click();
  await expect(cell(page, 'Economic threats')).toBeVisible();
  await page.getByRole('button', { name: 'Previous cell: Economic opportunities' }).click();
  await expect(cell(page, 'Economic opportunities')).toBeVisible();

  // A quick horizontal swipe to the left shows the next cell.
  const box = (await cell(page, 'Economic opportunities').boundingBox())!;
  await cell(page, 'Economic opportunities').evaluate((element, { x, y }) => {
    const pointer = (type: string, clientX: number) =>
      element.dispatchEvent(new PointerEvent(type, { bubbles: true, pointerType: 'touch', isPrimary: true, clientX, clientY: y }));
    pointer('pointerdown', x + 150);
    pointer('pointerup', x + 20);
  }, { x: box.x, y: box.y + 40 });
  await expect(cell(page, 'Economic threats')).toBeVisible();
});

test('"Move to…" names all 16 cells and moves a card to the one chosen; add, edit and delete work', async ({ page }) => {
  const title = (await titlesIn(page, 'Political strengths'))[0]!;
  await page.getByRole('button', { name: `Move to… ${title}` }).click();
  const menu = page.getByRole('menu', { name: `Move “${title}” to` });
  await expect(menu.getByRole('menuitem')).toHaveCount(16);
  await menu.getByRole('menuitem', { name: 'Technological threats' }).click();
  await expect(cell(page, 'Technological threats')).toBeVisible();
  await expect.poll(() => titlesIn(page, 'Technological threats')).toContain(title);
  await expect(announcer(page)).toContainText(`Moved "${title}" to Technological threats`);

  await page.getByRole('button', { name: 'Add factor to Technological threats' }).click();
  await page.getByRole('textbox', { name: 'New factor in Technological threats' }).fill('Chip export licences tighten');
  await page.keyboard.press('Enter');
  await expect.poll(() => titlesIn(page, 'Technological threats')).toContain('Chip export licences tighten');

  await cell(page, 'Technological threats').getByRole('button', { name: /^Chip export licences tighten/ }).click();
  const editor = page.locator('.editor');
  const box = (await editor.boundingBox())!;
  expect(box).toMatchObject({ x: 0, y: 0, width: 390, height: 844 });
  await page.getByRole('textbox', { name: 'Title' }).fill('Chip export licences tighten again');
  await page.getByRole('button', { name: 'Close editor' }).click();
  await expect.poll(() => titlesIn(page, 'Technological threats')).toContain('Chip export licences tighten again');

  await cell(page, 'Technological threats').getByRole('button', { name: /^Chip export licences tighten again/ }).focus();
  await page.keyboard.press('Delete');
  await expect.poll(() => titlesIn(page, 'Technological threats')).not.toContain('Chip export licences tighten again');
});

test('a card held down and dragged with a finger onto a map tile moves to the end of that cell', async ({ page }) => {
  const [title] = await titlesIn(page, 'Political strengths');
  const card = cell(page, 'Political strengths').getByRole('button', { name: new RegExp(`^${title!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).first();
  const from = (await card.boundingBox())!;
  const tile = page.getByRole('button', { name: /^Social threats, \d+ factors$/ });
  const to = (await tile.boundingBox())!;
  const touch = await page.context().newCDPSession(page);
  const at = (x: number, y: number) => [{ x: Math.round(x), y: Math.round(y) }];
  await touch.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(from.x + from.width / 2, from.y + 12) });
  // A finger has to rest on the card before it lifts (a quick swipe scrolls instead).
  await expect(card).toHaveAttribute('aria-pressed', 'true');
  await touch.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(from.x + from.width / 2, from.y + 40) });
  await touch.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(to.x + to.width / 2, to.y + to.height / 2) });
  await expect(tile).toHaveClass(/over/);
  await touch.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await expect(announcer(page)).toContainText(`Moved "${title}" to Social threats`);
  // dnd-kit stops every click for 50 ms after a drag ends, so that the drag's own release does
  // not also press what it ended on; a tap that soon after (no person is that quick) is retried.
  await expect(async () => {
    await tile.click();
    await expect(cell(page, 'Social threats')).toBeVisible({ timeout: 200 });
  }).toPass();
  await expect.poll(async () => (await titlesIn(page, 'Social threats')).at(-1)).toBe(title);
  expect(await titlesIn(page, 'Political strengths')).not.toContain(title);
});

test('axe-core finds nothing serious in the narrow layout', async ({ page }) => {
  await page.getByRole('button', { name: 'More' }).click();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
});

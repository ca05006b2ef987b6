/**
 * A large scenario: cards are mounted only near the viewport (CardList), and what is not
 * mounted is held at the height its cards will take. These tests read the page as a user
 * would: what moves, what shows, and whether a click does what it says.
 */
import { expect, type Page, test } from '@playwright/test';
import { ALL_CELLS } from '../../src/domain/axes';
import { cell as at, documentOf, factor, scenario } from '../fixtures/builders';
import { cell, openFresh, titlesIn } from './helpers';

const LONG_CELL = 'Political strengths';
const IN_LONG_CELL = 300;
const TOTAL = 1_000;

/** 300 factors in Political strengths, the rest spread over the other cells; every seventh title runs to two lines. */
function largeDocument() {
  const others = ALL_CELLS.filter((where) => !(where.pest === 'political' && where.swot === 'strengths'));
  const factors = Array.from({ length: TOTAL }, (_, i) => {
    const where = i < IN_LONG_CELL ? at('political', 'strengths') : others[i % others.length]!;
    const title = i % 7 === 0 ? `Factor ${i + 1}: a longer title that wraps onto a second line of its card` : `Factor ${i + 1}`;
    return factor(`large-${i + 1}`, where, { title, impact: (i % 5) + 1, votes: i % 4 });
  });
  return documentOf([scenario('large', factors, { name: 'A thousand factors' })]);
}

async function openLarge(page: Page): Promise<void> {
  await openFresh(page);
  const file = Buffer.from(JSON.stringify(largeDocument()));
  await page.getByLabel('Import a JSON file', { exact: true }).setInputFiles({ name: 'large.json', mimeType: 'application/json', buffer: file });
  await page.getByRole('dialog', { name: /^Import / }).getByRole('button', { name: 'Import 1 scenario' }).click();
  await expect(page.getByRole('combobox', { name: 'Scenario' }).locator('option:checked')).toHaveText('A thousand factors');
}

/** Where the element is on screen, after it has been given focus (which scrolls it into view). */
const topAfterFocus = (page: Page, name: string) =>
  page.getByRole('button', { name, exact: true }).evaluate((button: HTMLElement) => {
    button.focus();
    return button.getBoundingClientRect().top;
  });

/** Whether any card in the cell's list, near the viewport, is still waiting to be mounted. */
const waitingNearViewport = (page: Page, name: string) =>
  cell(page, name).evaluate((region) =>
    [...region.querySelectorAll('.cell__chunk--idle')].some((chunk) => {
      const { top, bottom } = chunk.getBoundingClientRect();
      return bottom > 0 && top < innerHeight;
    }),
  );

test.beforeEach(async ({ page }) => openLarge(page));

test('"+ Add" at the foot of a long cell stays where focus brought it while the cards above mount, and one click opens the form', async ({ page }) => {
  const add = `Add factor to ${LONG_CELL}`;
  const top = await topAfterFocus(page, add);
  await expect.poll(() => waitingNearViewport(page, LONG_CELL)).toBe(false);

  const button = page.getByRole('button', { name: add, exact: true });
  await expect(button).toBeFocused();
  const moved = (await button.boundingBox())!.y - top;
  expect(Math.abs(moved)).toBeLessThanOrEqual(2);

  await button.click();
  const field = page.getByRole('textbox', { name: `New factor in ${LONG_CELL}` });
  await expect(field).toBeFocused();
  await field.fill('Added at the foot of a long cell');
  await page.keyboard.press('Enter');
  await expect(cell(page, LONG_CELL).getByRole('listitem').last()).toHaveAccessibleName(/^Added at the foot of a long cell,/);
  // The keyboard is back on "+ Add", below the new card and in view, ready for the next one.
  await expect(button).toBeFocused();
  await expect(button).toBeInViewport();
});

test('at the foot of a long cell the last cards show, in order, the last one in view', async ({ page }) => {
  await page.getByRole('button', { name: `Add factor to ${LONG_CELL}`, exact: true }).focus();
  await expect.poll(() => waitingNearViewport(page, LONG_CELL)).toBe(false);
  const items = cell(page, LONG_CELL).getByRole('listitem');
  await expect(items.last()).toBeInViewport();
  const names = (await titlesIn(page, LONG_CELL)).slice(-10);
  expect(names.map((name) => /^Factor (\d+)\b/.exec(name)?.[1])).toEqual(Array.from({ length: 10 }, (_, k) => String(IN_LONG_CELL - 9 + k)));
});

test('a cell far below the first screen shows its first cards once scrolled to', async ({ page }) => {
  const name = 'Technological threats';
  const region = cell(page, name);
  await region.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await expect(region.getByRole('listitem').first()).toBeInViewport();
  const [first] = await titlesIn(page, name);
  // The document's first factor in that cell, as the generator spread them.
  const document = largeDocument();
  const expected = document.scenarios[0]!.factors.find((f) => f.pest === 'technological' && f.swot === 'threats')!;
  expect(first).toBe(expected.title);
});

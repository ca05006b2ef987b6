import { expect, type Locator, type Page, test } from '@playwright/test';
import { announcer, cell, openFresh, titlesIn } from './helpers';

const PEST = ['Political', 'Economic', 'Social', 'Technological'];
const SWOT = ['strengths', 'weaknesses', 'opportunities', 'threats'];

test.beforeEach(async ({ page }) => openFresh(page));

test('shows the sixteen labelled cells with both headers', async ({ page }) => {
  for (const row of PEST) {
    for (const column of SWOT) await expect(cell(page, `${row} ${column}`)).toBeVisible();
  }
  // Only the cells: the messages region appears with the first message.
  await expect(page.getByRole('region')).toHaveCount(16);
  for (const header of ['Strengths', 'Weaknesses', 'Opportunities', 'Threats', ...PEST]) {
    await expect(page.locator('.matrix').getByText(header, { exact: true })).toBeVisible();
  }
});

test('adds a factor with Enter, refuses an empty one, and cancels with Escape', async ({ page }) => {
  const target = 'Economic opportunities';
  const before = await titlesIn(page, target);
  await page.getByRole('button', { name: `Add factor to ${target}` }).click();
  const input = page.getByRole('textbox', { name: `New factor in ${target}` });
  await expect(input).toBeFocused();
  await input.press('Enter');
  await expect(page.getByRole('alert')).toContainText('Type a title first');
  await input.fill('  Regional AI hubs  ');
  await input.press('Enter');
  await expect.poll(() => titlesIn(page, target)).toEqual([...before, 'Regional AI hubs']);
  // The form closes, and the keyboard is back on "+ Add", ready for the next factor.
  const add = page.getByRole('button', { name: `Add factor to ${target}` });
  await expect(add).toBeFocused();

  await page.keyboard.press('Enter');
  await page.getByRole('textbox', { name: `New factor in ${target}` }).fill('Never saved');
  await page.keyboard.press('Escape');
  await expect(add).toBeFocused();
  await expect.poll(() => titlesIn(page, target)).toEqual([...before, 'Regional AI hubs']);
});

test('a factor added at the window’s bottom edge brings "+ Add" into view below it, with the keyboard on it', async ({ page }) => {
  const target = 'Social opportunities';
  await page.getByRole('button', { name: `Add factor to ${target}` }).click();
  const input = page.getByRole('textbox', { name: `New factor in ${target}` });
  await input.fill('Added at the bottom edge');
  // The form ends at the window's bottom edge, so the new card pushes "+ Add" below it.
  await input.evaluate((field) => window.scrollBy(0, field.closest('form')!.getBoundingClientRect().bottom - window.innerHeight));
  await expect(input).toBeInViewport({ ratio: 1 });
  await page.keyboard.press('Enter');
  await expect.poll(() => titlesIn(page, target)).toContain('Added at the bottom edge');
  const add = page.getByRole('button', { name: `Add factor to ${target}` });
  await expect(add).toBeFocused();
  await expect(add).toBeInViewport({ ratio: 1 });
});

async function drag(page: Page, from: Locator, to: Locator, where: 'upper' | 'lower') {
  await from.scrollIntoViewIfNeeded();
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 8, a.y + a.height / 2 + 8, { steps: 3 });
  await page.mouse.move(b.x + b.width / 2, where === 'lower' ? b.y + b.height * 0.85 : b.y + b.height * 0.15, { steps: 15 });
  await page.mouse.up();
}

test('moves a card to another cell with the mouse, landing where the pointer is', async ({ page }) => {
  const [title, second] = (await titlesIn(page, 'Political strengths')) as [string, string];
  const opportunities = await titlesIn(page, 'Political opportunities');
  // Dropped on the top of the target's first card, it becomes the first.
  await drag(page, cell(page, 'Political strengths').getByRole('button', { name: title }), cell(page, 'Political opportunities').locator('.card').first(), 'upper');
  await expect.poll(() => titlesIn(page, 'Political opportunities')).toEqual([title, ...opportunities]);
  expect(await titlesIn(page, 'Political strengths')).not.toContain(title);
  // The card the mouse pressed keeps the keyboard's focus in its new place, with no focus ring.
  const moved = cell(page, 'Political opportunities').getByRole('button', { name: title });
  await expect(moved).toBeFocused();
  expect(await moved.evaluate((element) => element.matches(':focus-visible'))).toBe(false);

  // Dropped on the empty space below the last card of a cell, it goes last.
  const threats = await titlesIn(page, 'Political threats');
  const last = (await cell(page, 'Political threats').locator('.card').last().boundingBox())!;
  const card = cell(page, 'Political strengths').getByRole('button', { name: second });
  const from = (await card.boundingBox())!;
  expect(last.y + last.height + 30).toBeLessThan(720); // the drop point is on screen
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 8, from.y + from.height / 2 + 8, { steps: 3 });
  await page.mouse.move(last.x + last.width / 2, last.y + last.height + 30, { steps: 15 });
  await page.mouse.up();
  await expect.poll(() => titlesIn(page, 'Political threats')).toEqual([...threats, second]);
});

test('a card dropped with the mouse shows in its new place at once, with nothing left moving on the page', async ({ page }) => {
  const [title] = await titlesIn(page, 'Political strengths');
  await drag(page, cell(page, 'Political strengths').getByRole('button', { name: title! }), cell(page, 'Political weaknesses').locator('.card').first(), 'upper');
  // Read in the first frame after the drop: the card is in the cell, fully shown, and no copy of
  // it is still flying there (reduced motion or not, a drop is a move, as from the keyboard).
  const shown = await page.evaluate(
    (wanted) =>
      new Promise<{ cell: string | null; opacity: string; animations: number }>((resolve) =>
        requestAnimationFrame(() => {
          const card = [...document.querySelectorAll<HTMLElement>('section[data-cell] [data-factor-id]')].find((element) => element.querySelector('.card__title')?.textContent === wanted);
          resolve({ cell: card?.closest('section')?.getAttribute('aria-label') ?? null, opacity: card ? getComputedStyle(card).opacity : '', animations: document.getAnimations().length });
        }),
      ),
    title!,
  );
  expect(shown).toEqual({ cell: 'Political weaknesses', opacity: '1', animations: 0 });
});

test('a card dropped over the toolbar, with cells scrolled under it, goes back where it was', async ({ page }) => {
  const name = 'Economic weaknesses';
  const before = await Promise.all(['Political strengths', 'Political weaknesses', 'Political opportunities', name].map((cellName) => titlesIn(page, cellName)));
  const card = cell(page, name).locator('.card').first();
  await card.scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, 250);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(150);
  const toolbar = (await page.locator('.toolbar').boundingBox())!;
  const target = { x: toolbar.x + toolbar.width / 2, y: toolbar.y + toolbar.height - 6 };
  // A cell really is under that point, hidden by the sticky toolbar.
  expect(await page.evaluate(({ x, y }) => document.elementsFromPoint(x, y).some((element) => element.matches('section[data-cell]')), target)).toBe(true);

  const from = (await card.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 8, from.y + from.height / 2 + 8, { steps: 3 });
  await page.mouse.move(target.x, target.y, { steps: 15 });
  await page.mouse.up();
  await expect(announcer(page)).toContainText('Move cancelled');
  const after = await Promise.all(['Political strengths', 'Political weaknesses', 'Political opportunities', name].map((cellName) => titlesIn(page, cellName)));
  expect(after).toEqual(before);
});

test('reorders a card within its cell with the mouse', async ({ page }) => {
  const name = 'Political weaknesses';
  const titles = await titlesIn(page, name);
  expect(titles.length).toBeGreaterThanOrEqual(2);
  await drag(page, cell(page, name).locator('.card').nth(0), cell(page, name).locator('.card').nth(1), 'lower');
  await expect.poll(() => titlesIn(page, name)).toEqual([titles[1], titles[0], ...titles.slice(2)]);
});

test('a card dragged with the mouse lands where the pointer is, whichever way the pointer came to it', async ({ page }) => {
  const target = 'Political opportunities';
  const titles = await titlesIn(page, target);
  expect(titles.length).toBeGreaterThanOrEqual(4);
  const moved = (await titlesIn(page, 'Political strengths'))[0]!;
  const expected = [...titles.slice(0, 2), moved, ...titles.slice(2)];
  for (const way of ['from above', 'from below'] as const) {
    const card = cell(page, 'Political strengths').getByRole('button', { name: moved });
    const from = (await card.boundingBox())!;
    const third = (await cell(page, target).locator('.card').nth(2).boundingBox())!;
    const fourth = (await cell(page, target).locator('.card').nth(3).boundingBox())!;
    expect(fourth.y + fourth.height).toBeLessThan(720); // every point of the path is on screen
    const x = third.x + third.width / 2;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2 + 8, from.y + from.height / 2 + 8, { steps: 3 });
    // First to the top of the cell (the card shows first) or to its fourth card's lower part (the
    // card shows after it), then on to the upper part of the third card as it stood.
    await page.mouse.move(x, way === 'from above' ? third.y - 2 * third.height : fourth.y + fourth.height * 0.8, { steps: 10 });
    await page.mouse.move(x, third.y + third.height * 0.2, { steps: 10 });
    await page.mouse.up();
    await expect.poll(() => titlesIn(page, target)).toEqual(expected);
    await page.keyboard.press('Control+z');
    await expect.poll(() => titlesIn(page, target)).toEqual(titles);
    // A screen reader hears which step undo took back, not just "Undone".
    await expect(announcer(page)).toHaveText(`Undone: moving "${moved}" to ${target}`);
  }
});

test('moves a card across cells and within a cell with the keyboard, and announces it', async ({ page }) => {
  const title = (await titlesIn(page, 'Political strengths'))[0]!;
  const card = cell(page, 'Political strengths').getByRole('button', { name: title });
  // What a screen reader says on reaching a card: how to move it.
  await expect(card).toHaveAccessibleDescription(/^Arrow keys move between factors\. .* press Space again to drop it, or Escape to cancel\.$/);
  await card.focus();
  await page.keyboard.press('Space');
  await expect(announcer(page)).toContainText(`Picked up "${title}"`);
  await page.keyboard.press('ArrowRight');
  await expect(announcer(page)).toContainText(`"${title}" is over Political weaknesses, position`);
  await page.keyboard.press('Space');
  await expect.poll(() => titlesIn(page, 'Political weaknesses')).toContain(title);
  expect(await titlesIn(page, 'Political strengths')).not.toContain(title);
  await expect(announcer(page)).toContainText(`Moved "${title}" to Political weaknesses, position`);

  const titles = await titlesIn(page, 'Political weaknesses');
  const index = titles.indexOf(title);
  expect(titles.length).toBeGreaterThanOrEqual(2);
  const moved = cell(page, 'Political weaknesses').getByRole('button', { name: title });
  await moved.focus();
  await page.keyboard.press('Space');
  await expect(announcer(page)).toContainText(`Picked up "${title}" in Political weaknesses`);
  await page.keyboard.press(index === 0 ? 'ArrowDown' : 'ArrowUp');
  await expect(announcer(page)).toContainText(`is over Political weaknesses, position ${index === 0 ? 2 : index}`);
  await page.keyboard.press('Space');
  await expect.poll(async () => (await titlesIn(page, 'Political weaknesses')).indexOf(title)).toBe(index === 0 ? 1 : index - 1);
});

test('a keyboard drag cancelled with Escape leaves every cell as it was', async ({ page }) => {
  const [title] = await titlesIn(page, 'Social opportunities');
  const before = await Promise.all(['Social opportunities', 'Social threats', 'Technological opportunities'].map((n) => titlesIn(page, n)));
  await cell(page, 'Social opportunities').getByRole('button', { name: title }).focus();
  await page.keyboard.press('Space');
  await expect(announcer(page)).toContainText('Picked up');
  await page.keyboard.press('ArrowRight');
  await expect(announcer(page)).toContainText('is over Social threats');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Escape');
  await expect(announcer(page)).toContainText('Move cancelled');
  const after = await Promise.all(['Social opportunities', 'Social threats', 'Technological opportunities'].map((n) => titlesIn(page, n)));
  expect(after).toEqual(before);
});

test('a card picked up from the keyboard, or picked for a strategy, keeps its size and moves nothing around it', async ({ page }) => {
  const [title, below] = await titlesIn(page, 'Political strengths');
  const card = cell(page, 'Political strengths').getByRole('button', { name: title! });
  const next = cell(page, 'Political strengths').getByRole('button', { name: below! });
  const boxes = async () => Promise.all([card.boundingBox(), next.boundingBox(), cell(page, 'Economic strengths').boundingBox()]);
  const before = await boxes();
  await card.focus();
  await page.keyboard.press('Space');
  await expect(announcer(page)).toContainText(`Picked up "${title}"`);
  await expect(card).toHaveAttribute('aria-pressed', 'true');
  expect(await boxes()).toEqual(before);
  await page.keyboard.press('Escape');
  await expect(announcer(page)).toContainText('Move cancelled');
  // Picking shows a bar above the matrix, which moves the whole matrix down; the cards keep their
  // sizes and their places in it.
  await page.keyboard.press('Shift+Enter');
  await expect(card).toHaveAccessibleName(/picked for a strategy/);
  const [picked, nextAfter] = await boxes();
  expect({ width: picked!.width, height: picked!.height, gap: nextAfter!.y - picked!.y }).toEqual({
    width: before[0]!.width,
    height: before[0]!.height,
    gap: before[1]!.y - before[0]!.y,
  });
});

test('edits a factor, deletes it with an Undo toast, and undoes and redoes from the keyboard', async ({ page }) => {
  const name = 'Technological strengths';
  const [title] = await titlesIn(page, name);
  await cell(page, name).getByRole('button', { name: title }).click();
  const editor = page.getByRole('dialog', { name: 'Edit factor' });
  await expect(editor).toBeVisible();
  const titleField = editor.getByRole('textbox', { name: 'Title' });
  await expect(titleField).toBeFocused();
  await titleField.fill('');
  await titleField.press('Enter');
  await expect(editor.getByRole('alert')).toHaveText('A factor needs a title.');
  await titleField.fill('Edited title');
  await titleField.press('Enter');
  await editor.getByRole('textbox', { name: 'Note' }).fill('A note for the workshop.');
  // An impact the seed factor does not already have, so that choosing it is a change (and an undo step).
  await editor.getByRole('combobox', { name: 'Impact' }).selectOption('2');
  await expect(cell(page, name).getByRole('button', { name: /^Edited title, impact 2 of 5/ })).toBeVisible();
  await expect(cell(page, name).getByRole('button', { name: /has a note/ }).first()).toBeVisible();

  await editor.getByRole('button', { name: 'Delete factor' }).click();
  await expect(editor).toBeHidden();
  expect(await titlesIn(page, name)).not.toContain('Edited title');
  // The toast's own Undo: its messages load after start-up, so it may show a moment after the delete.
  const toast = page.getByRole('region', { name: 'Messages' }).getByRole('listitem').filter({ hasText: 'Deleted "Edited title"' });
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => titlesIn(page, name)).toContain('Edited title');

  await page.locator('body').click({ position: { x: 5, y: 700 } });
  await page.keyboard.press('Control+z'); // undo the restore
  await expect.poll(() => titlesIn(page, name)).not.toContain('Edited title');
  await expect(announcer(page)).toHaveText(`Undone: adding "Edited title" to ${name}`);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => titlesIn(page, name)).toContain('Edited title');
  await expect(announcer(page)).toHaveText(`Redone: adding "Edited title" to ${name}`);
  await page.keyboard.press('Control+y');
  const toolbarUndo = page.getByRole('group', { name: 'History' }).getByRole('button', { name: 'Undo' });
  for (let i = 0; i < 5; i++) await toolbarUndo.click();
  await expect.poll(() => titlesIn(page, name)).toContain(title);
  await page.getByRole('group', { name: 'History' }).getByRole('button', { name: 'Redo' }).click();
  await expect.poll(() => titlesIn(page, name)).toContain('Edited title');
});

test('refuses a javascript: citation URL with a message', async ({ page }) => {
  const name = 'Economic threats';
  const [title] = await titlesIn(page, name);
  await cell(page, name).getByRole('button', { name: title }).click();
  const editor = page.getByRole('dialog', { name: 'Edit factor' });
  await expect(editor.getByRole('heading', { name: /^Citations \(\d+\)$/ })).toBeVisible();
  const citationsBefore = await editor.locator('.citation').count();
  expect(citationsBefore).toBeGreaterThan(0);
  await editor.getByRole('button', { name: '+ Add citation' }).click();
  await editor.getByRole('combobox', { name: 'Cited source' }).selectOption({ label: 'New source…' });
  await editor.getByRole('textbox', { name: 'Source title' }).fill('A hostile page');
  await editor.getByRole('textbox', { name: 'URL' }).fill('javascript:alert(1)');
  await editor.getByRole('textbox', { name: 'Locator (section, page or paragraph)' }).fill('p. 1');
  await editor.getByRole('button', { name: 'Add citation' }).click();
  await expect(editor.getByRole('alert')).toContainText('Only web links starting with http:// or https://');
  await expect(editor.locator('.citation')).toHaveCount(citationsBefore);

  await editor.getByRole('textbox', { name: 'URL' }).fill('https://example.org/report');
  await editor.getByRole('button', { name: 'Add citation' }).click();
  await expect(editor.locator('.citation')).toHaveCount(citationsBefore + 1);
  const link = editor.locator('.citation').last().getByRole('link', { name: 'link' });
  await expect(link).toHaveAttribute('href', 'https://example.org/report');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
});

test('Space, → and Space with no delay between them land the card one cell to the right', async ({ page }) => {
  const [title] = await titlesIn(page, 'Economic strengths');
  const before = await titlesIn(page, 'Economic weaknesses');
  await cell(page, 'Economic strengths').getByRole('button', { name: title }).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  await expect.poll(() => titlesIn(page, 'Economic weaknesses')).toContain(title);
  expect(await titlesIn(page, 'Economic strengths')).not.toContain(title);
  // It lands at the same position it had, one cell over; nothing else moves.
  expect((await titlesIn(page, 'Economic weaknesses')).filter((t) => t !== title)).toEqual(before);

  // The same three keys within one task: no frame, no render between them.
  const [second] = await titlesIn(page, 'Social strengths');
  await cell(page, 'Social strengths').getByRole('button', { name: second }).focus();
  await page.evaluate(() => {
    const press = (key: string, code: string) =>
      document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, code, bubbles: true, cancelable: true }));
    press(' ', 'Space');
    press('ArrowRight', 'ArrowRight');
    press(' ', 'Space');
  });
  await expect.poll(() => titlesIn(page, 'Social weaknesses')).toContain(second);
  expect(await titlesIn(page, 'Social strengths')).not.toContain(second);
});

test('Space, →, Escape and then typing a new factor with Enter leave every other card where it was', async ({ page }) => {
  const before = await Promise.all(
    ['Political strengths', 'Political weaknesses', 'Economic strengths'].map((name) => titlesIn(page, name)),
  );
  await cell(page, 'Political strengths').getByRole('button', { name: before[0]![0]! }).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Add factor to Economic strengths' }).click();
  await page.keyboard.type('Typed right after a cancelled move');
  await page.keyboard.press('Enter');
  await expect.poll(() => titlesIn(page, 'Economic strengths')).toEqual([...before[2]!, 'Typed right after a cancelled move']);
  expect(await titlesIn(page, 'Political strengths')).toEqual(before[0]);
  expect(await titlesIn(page, 'Political weaknesses')).toEqual(before[1]);
});

test('a card moved up a long cell with the keyboard stays in view', async ({ page }) => {
  const name = 'Social strengths';
  const add = page.getByRole('button', { name: `Add factor to ${name}` });
  for (const title of ['Long cell 1', 'Long cell 2', 'Long cell 3', 'Long cell 4', 'Long cell 5', 'Long cell 6']) {
    await add.click();
    await page.getByRole('textbox', { name: `New factor in ${name}` }).fill(title);
    await page.keyboard.press('Enter');
    await expect(cell(page, name).getByRole('button', { name: title })).toBeVisible();
  }
  const titles = await titlesIn(page, name);
  const card = cell(page, name).getByRole('button', { name: 'Long cell 6' });
  await card.focus();
  await page.keyboard.press('Space');
  await expect(announcer(page)).toContainText('Picked up "Long cell 6"');
  for (let step = 1; step < titles.length; step++) {
    await page.keyboard.press('ArrowUp');
    await expect(announcer(page)).toContainText(`is over ${name}, position ${titles.length - step} of`);
    // Below the sticky toolbar and above the window's bottom edge: where the user can see it.
    await expect.poll(async () => {
      const box = (await cell(page, name).locator('.card--placeholder').boundingBox())!;
      const toolbar = (await page.locator('.toolbar').boundingBox())!;
      return box.y >= toolbar.y + toolbar.height - 1 && box.y + box.height <= 720;
    }).toBe(true);
  }
  await page.keyboard.press('Space');
  await expect.poll(async () => (await titlesIn(page, name))[0]).toBe('Long cell 6');
});

test('the factor editor stays below the toolbar however far the page is scrolled', async ({ page }) => {
  const [title] = await titlesIn(page, 'Technological threats');
  await cell(page, 'Technological threats').getByRole('button', { name: title }).click();
  const heading = page.getByRole('dialog', { name: 'Edit factor' }).getByRole('heading', { name: 'Edit factor' });
  await expect(heading).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
  await expect.poll(async () => {
    const toolbar = (await page.locator('.toolbar').boundingBox())!;
    return (await heading.boundingBox())!.y >= toolbar.y + toolbar.height;
  }).toBe(true);
});

test('beside an open side panel, every column header shows its whole word', async ({ page }) => {
  await page.getByRole('button', { name: 'Strategy', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Strategy', exact: true })).toBeVisible();
  const cutOff = await page.locator('.matrix__col-header').evaluateAll((headers) =>
    headers.filter((header) => header.scrollWidth > header.clientWidth + 1).map((header) => header.textContent),
  );
  expect(cutOff).toEqual([]);
});

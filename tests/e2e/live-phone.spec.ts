import type { Locator, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { addFactor, expect, openPhone, PHONE, startSession, test } from './live-fixtures';

/** A finger resting on the element until `until` has happened, then lifted, as touch pointer events. */
async function holdFinger(page: Page, target: Locator, until: () => Promise<void>): Promise<void> {
  const box = (await target.boundingBox())!;
  const at = { clientX: box.x + box.width / 2, clientY: box.y + box.height / 2 };
  const touch = { pointerType: 'touch', pointerId: 7, isPrimary: true, button: 0, buttons: 1, bubbles: true, ...at };
  await target.dispatchEvent('pointerdown', touch);
  await until();
  await target.dispatchEvent('pointerup', { ...touch, buttons: 0 });
  // A lifted finger clicks; the press has acted already, so this click must add nothing.
  await target.dispatchEvent('click', at);
}

test('on a 390 × 844 phone a tap adds a dot and a long press on + takes one back; − still works', async ({ browser, live }) => {
  const host = await browser.newPage();
  const joinLink = await startSession(host, live.url);
  const ana = await openPhone(browser, joinLink, 'Ana', { hasTouch: true, isMobile: true });
  await addFactor(ana, /^Social threats/, 'Skills gap');
  const panel = host.getByTestId('live-panel');
  await panel.getByLabel('Dots per participant').fill('2');
  await panel.getByRole('radio', { name: 'Vote' }).check();
  await ana.getByRole('button', { name: /^Social threats, / }).click();
  await expect(ana.getByText('Press and hold + to take one back.')).toBeVisible();

  const plus = ana.getByRole('button', { name: 'Add a dot to "Skills gap"' });
  const mine = ana.getByRole('listitem').filter({ hasText: 'Skills gap' }).getByTestId('my-votes');
  const dotsLeft = ana.getByTestId('dots-left');
  await plus.tap();
  await plus.tap();
  await expect(mine).toHaveText('2');
  await expect(dotsLeft).toHaveText('0 dots left of 2');
  await expect(plus).toBeDisabled();

  // Out of dots, + is disabled for adding but still takes a long press.
  const announcer = ana.getByTestId('live-announcer');
  await holdFinger(ana, plus, () => expect(announcer).toHaveText('Dot taken back from "Skills gap". 1 dot left.'));
  await expect(mine).toHaveText('1');
  await expect(dotsLeft).toHaveText('1 dot left of 2');
  const card = host.getByRole('region', { name: 'Social threats', exact: true }).locator('.card', { hasText: 'Skills gap' });
  await expect(card.locator('.badge--votes')).toHaveText('▲ 1');

  // A finger that slides off is scrolling, not pressing: no dot moves, and a tap after it adds one.
  const box = (await plus.boundingBox())!;
  const start = { pointerType: 'touch', pointerId: 8, isPrimary: true, button: 0, bubbles: true, clientX: box.x + 5, clientY: box.y + 5 };
  await plus.dispatchEvent('pointerdown', start);
  await plus.dispatchEvent('pointermove', { ...start, clientY: start.clientY + 30 });
  await plus.dispatchEvent('pointercancel', { ...start, clientY: start.clientY + 30 });
  await plus.tap();
  await expect(mine).toHaveText('2');
  await expect(announcer).toHaveText('Dot added to "Skills gap". 0 dots left.');

  // Keyboard users take dots back with −.
  await ana.getByRole('button', { name: 'Take a dot back from "Skills gap"' }).focus();
  await ana.keyboard.press('Enter');
  await expect(mine).toHaveText('1');
  await expect(card.locator('.badge--votes')).toHaveText('▲ 1');
});

test('a phone set to Russian names the cells in Russian', async ({ browser, live }) => {
  const host = await browser.newPage();
  const joinLink = await startSession(host, live.url);
  const context = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true, locale: 'ru-RU' });
  const olga = await context.newPage();
  await olga.goto(joinLink);
  await olga.getByLabel('Ваше имя').fill('Ольга');
  await olga.getByRole('button', { name: 'Присоединиться', exact: true }).click();
  await expect(olga.getByRole('heading', { name: 'Сильные стороны' })).toBeVisible();
  await olga.getByRole('button', { name: /^Социальные: угрозы/ }).click();
  await expect(olga.getByRole('heading', { name: 'Социальные: угрозы' })).toBeVisible();
  await expect(olga.locator('body')).not.toContainText('Social threats');
});

test('in Russian every cell button, count included, fits a 390 px phone without sideways scrolling', async ({ browser, live }) => {
  const host = await browser.newPage();
  const joinLink = await startSession(host, live.url);
  const context = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true, locale: 'ru-RU' });
  const olga = await context.newPage();
  await olga.goto(joinLink);
  await olga.getByLabel('Ваше имя').fill('Ольга');
  await olga.getByRole('button', { name: 'Присоединиться', exact: true }).click();
  // "Технологические" is the longest row name of the three languages.
  const cells = olga.getByRole('button', { name: /^Технологические: / });
  await expect(cells).toHaveCount(4);
  for (const cell of await cells.all()) {
    const box = (await cell.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
  }
  // A mobile browser widens its layout to fit content that overflows, then shrinks the page.
  expect(await olga.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
});

test('a participant edits their own factor from the keyboard: focus goes to the title, and back to Edit after saving or Escape', async ({ browser, live }) => {
  const host = await browser.newPage();
  const joinLink = await startSession(host, live.url);
  const ana = await openPhone(browser, joinLink, 'Ana');
  await addFactor(ana, /^Economic threats/, 'Brain drain');
  await ana.getByRole('button', { name: /^Economic threats, / }).click();

  await ana.getByRole('button', { name: 'Edit "Brain drain"' }).click();
  const title = ana.getByTestId('live-factor').getByLabel('Title');
  await expect(title).toBeFocused();
  await title.fill('Brain drain to Europe');
  await title.press('Enter');
  await expect(ana.getByRole('button', { name: 'Edit "Brain drain to Europe"' })).toBeFocused();
  await expect(host.getByRole('region', { name: 'Economic threats', exact: true }).getByText('Brain drain to Europe')).toBeVisible();

  await ana.keyboard.press('Enter');
  await expect(title).toBeFocused();
  await title.fill('Discarded');
  await title.press('Escape');
  await expect(ana.getByRole('button', { name: 'Edit "Brain drain to Europe"' })).toBeFocused();
  await expect(ana.getByText('Discarded')).toHaveCount(0);
});

test('a fault in showing the phone’s page says so in words, loses nothing sent, and gives the page back', async ({ browser, live }) => {
  const host = await browser.newPage();
  const joinLink = await startSession(host, live.url);
  const ana = await openPhone(browser, joinLink, 'Ana');
  await addFactor(ana, /^Social threats/, 'Sent before the fault');
  await ana.getByRole('button', { name: /^Social threats/ }).click();
  // From now on the phone cannot create a list item, the way a bug in showing a factor would fail.
  await ana.evaluate(() => {
    const create = Document.prototype.createElement;
    (window as { itemsFail?: boolean }).itemsFail = true;
    Document.prototype.createElement = function (this: Document, tag: string, options?: ElementCreationOptions) {
      if (tag === 'li' && (window as { itemsFail?: boolean }).itemsFail) throw new Error('A simulated fault in showing a factor');
      return create.call(this, tag, options);
    } as typeof create;
  });
  await ana.getByLabel('Title').fill('Sent as the fault struck');
  await ana.getByRole('button', { name: 'Add', exact: true }).click();

  const stopped = ana.getByRole('alert').filter({ hasText: 'Something went wrong while showing this page, so it stopped.' });
  await expect(stopped).toContainText('Nothing sent to the session is lost.');
  await expect(stopped.getByRole('button', { name: 'Show the page again' })).toBeFocused();
  const axe = await new AxeBuilder({ page: ana }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);
  // The facilitator's matrix has both factors, the one the phone could not show included.
  const cell = host.getByRole('region', { name: 'Social threats', exact: true });
  await expect(cell.getByRole('listitem', { name: /^Sent before the fault/ })).toBeVisible();
  await expect(cell.getByRole('listitem', { name: /^Sent as the fault struck/ })).toBeVisible();

  await ana.evaluate(() => ((window as { itemsFail?: boolean }).itemsFail = false));
  await ana.keyboard.press('Enter');
  await expect(stopped).toHaveCount(0);
  await expect(ana.getByText('Joined as Ana').first()).toBeVisible();
  await ana.getByRole('button', { name: /^Social threats/ }).click();
  await expect(ana.getByTestId('live-factor').filter({ hasText: /^Sent / })).toHaveText([/^Sent before the fault/, /^Sent as the fault struck/]);
});

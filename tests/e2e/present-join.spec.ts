import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, startSession, test } from './live-fixtures';
import { openFresh } from './helpers';

/**
 * The join code on the projector: a facilitator running the workshop from Present mode puts the
 * live session's QR code and link up with J and takes them away again, without the editor's panel.
 */
const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
] as const;

const present = (page: Page): Locator => page.getByTestId('present-mode');
const region = (page: Page, name: string): Locator => present(page).getByRole('region', { name, exact: true });

async function screenshot(page: Page, name: string): Promise<void> {
  const { width, height } = page.viewportSize()!;
  await page.screenshot({ path: `test-results/screenshots/present-join-${width}x${height}-${name}.png`, animations: 'disabled' });
}

/** As present.spec.ts checks the other overlays: AAA is included for the themes' 7:1 contrast. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag2aaa', 'best-practice']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(', ')})`);
}

/** The facilitator's tab with a session running, in Present mode; returns the participants' link. */
async function presentLive(page: Page, url: string): Promise<string> {
  const joinLink = await startSession(page, url);
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  await expect(region(page, 'Political strengths')).toBeFocused();
  return joinLink;
}

/** The code and the link are whole on screen, the code big enough to scan from the back of the room. */
async function expectReadable(page: Page, dialog: Locator, joinLink: string, qrAlt: string | RegExp): Promise<void> {
  const { height, width } = page.viewportSize()!;
  const qr = dialog.getByRole('img', { name: qrAlt });
  await expect(qr).toBeVisible();
  const link = dialog.getByTestId('present-join-link');
  await expect(link).toHaveText(joinLink);
  const box = (await qr.boundingBox())!;
  expect(box.height).toBeGreaterThanOrEqual(height * 0.6);
  const inWindow = async (locator: Locator) => {
    const { x, y, width: w, height: h } = (await locator.boundingBox())!;
    return x >= 0 && y >= 0 && x + w <= width + 0.5 && y + h <= height + 0.5;
  };
  expect(await inWindow(qr)).toBe(true);
  expect(await inWindow(link)).toBe(true);
  const fontSize = await link.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
  expect(fontSize).toBeGreaterThanOrEqual(32);
  // The secret is read as one piece: it keeps to one line.
  expect((await link.locator('.p-join__query').boundingBox())!.height).toBeLessThan(fontSize * 1.5);
  // Nothing to scroll on a projector, and the link does not run off its column.
  expect(await dialog.evaluate((element) => element.scrollHeight <= element.clientHeight && element.scrollWidth <= element.clientWidth)).toBe(true);
}

for (const size of SIZES) {
  test.describe(`at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });

    test('J shows the join code and link; J and Escape take them away, and the keyboard is back where it was', async ({ page, live }) => {
      // Two full axe passes; on a busy 2-core machine each can take 15 s.
      test.slow();
      const joinLink = await presentLive(page, live.url);
      // The presenter is on a card, voting, when the room asks how to join.
      await page.keyboard.press('Tab');
      const card = present(page).locator('[data-factor-id]:focus');
      await expect(card).toHaveCount(1);
      const onCard = present(page).locator(`[data-factor-id="${await card.getAttribute('data-factor-id')}"]`);

      await page.keyboard.press('j');
      const dialog = page.getByRole('dialog', { name: 'Join the live session' });
      await expect(dialog).toBeVisible();
      await expect(dialog).toHaveAccessibleDescription('Point a phone camera at the QR code, or open this link:');
      await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
      await expectReadable(page, dialog, joinLink, `QR code for ${joinLink}`);
      await screenshot(page, 'en-light');
      expect(await seriousViolations(page)).toEqual([]);
      // Other keys do nothing while it is up.
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('j');
      await expect(dialog).toBeHidden();
      await expect(onCard).toBeFocused();

      await page.keyboard.press('t');
      await expect(present(page)).toHaveAttribute('data-theme', 'dark');
      await page.keyboard.press('j');
      await expect(dialog).toBeVisible();
      await expectReadable(page, dialog, joinLink, `QR code for ${joinLink}`);
      await screenshot(page, 'en-dark');
      expect(await seriousViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(present(page)).toBeVisible();
      await expect(onCard).toBeFocused();

      // The controls bar has it too, for a mouse; the keyboard goes back to its button.
      const button = page.getByTestId('present-controls').getByRole('button', { name: 'Join code' });
      await expect(button).toHaveAttribute('aria-keyshortcuts', 'J');
      await button.click();
      await expect(dialog).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(button).toBeFocused();
    });
  });
}

for (const { code, title, hint, qr, help, row, button } of [
  {
    code: 'ru',
    title: 'Подключитесь к живой сессии',
    hint: 'Наведите камеру телефона на QR-код или откройте ссылку:',
    qr: 'QR-код для',
    help: 'Клавиши',
    row: 'QR-код и ссылка для входа',
    button: 'Код подключения',
  },
  {
    code: 'kk',
    title: 'Тікелей сессияға қосылыңыз',
    hint: 'Телефон камерасын QR-кодқа бағыттаңыз немесе сілтемені ашыңыз:',
    qr: 'үшін QR-код',
    help: 'Пернелер',
    row: 'Тікелей сессияға қосылудың QR-коды мен сілтемесін көрсету не жасыру',
    button: 'Қосылу коды',
  },
]) {
  test(`in ${code} the join code reads in the room's language at both projector sizes, and the help lists J`, async ({ page, live }) => {
    await page.setViewportSize(SIZES[0]);
    const joinLink = await startSession(page, live.url);
    await page.getByRole('combobox', { name: 'Language' }).selectOption(code);
    await expect(page.locator('html')).toHaveAttribute('lang', code);
    await page.locator('.toolbar [aria-keyshortcuts="P"]').click();
    await expect(present(page)).toBeVisible();

    await page.keyboard.press('?');
    const shortcuts = page.getByRole('dialog', { name: help });
    await expect(shortcuts.locator('.p-help__row', { hasText: row }).locator('kbd')).toHaveText('J');
    await page.keyboard.press('Escape');
    await expect(shortcuts).toBeHidden();

    for (const size of SIZES) {
      await page.setViewportSize(size);
      await page.keyboard.press('j');
      const dialog = page.getByRole('dialog', { name: title });
      await expect(dialog).toBeVisible();
      await expect(dialog).toHaveAccessibleDescription(hint);
      await expectReadable(page, dialog, joinLink, new RegExp(qr));
      await screenshot(page, `${code}-${size === SIZES[0] ? 'light' : 'dark'}`);
      await page.keyboard.press('j');
      await expect(dialog).toBeHidden();
      await page.keyboard.press('t');
    }
    // The controls bar, with the join code's button in the room's language, still fits its row of buttons.
    await page.mouse.move(640, 700);
    await expect(page.getByTestId('present-controls').getByRole('button', { name: button })).toBeInViewport();
    await screenshot(page, `${code}-controls`);
  });
}

test('without a live session J says so in words and changes nothing', async ({ page }) => {
  await openFresh(page);
  await page.locator('.toolbar [aria-keyshortcuts="P"]').click();
  await expect(region(page, 'Political strengths')).toBeFocused();
  const words = 'No live session is running, so there is no join code to show. Start one in the editor with “Start live session”.';
  await page.keyboard.press('j');
  await expect(page.getByTestId('present-toast')).toHaveText(words);
  await expect(page.getByTestId('announcer')).toHaveText(words);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(region(page, 'Political strengths')).toBeFocused();
  await expect(page.getByTestId('present-controls').getByRole('button', { name: 'Join code' })).toHaveCount(0);
  // And the help still lists the key, so the presenter knows what to come back to.
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toContainText('Show or hide the QR code and link to join the live session');
});

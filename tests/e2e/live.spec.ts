import type { Page } from '@playwright/test';
import { joinSecretOf, roomNameOf } from '../../src/sync/liveConnection';
import * as Y from 'yjs';
import { addFactor, expect, nodeClient, openPhone, test } from './live-fixtures';

test('participants add factors and vote within the budget; the facilitator keeps everything after the session', async ({ browser, live }) => {
  const host = await browser.newPage();
  await host.goto(live.url);
  await expect(host.getByRole('region', { name: 'Social threats' })).toBeVisible();
  await host.getByRole('button', { name: 'Start live session' }).click();
  const joinLink = await host.getByTestId('live-join-link').inputValue();
  expect(joinLink).toMatch(/\?join=[A-Za-z0-9_-]{22}$/);
  await expect(host.getByRole('img', { name: /QR code/ })).toBeVisible();
  await expect(host.getByTestId('live-panel').getByText('Connected', { exact: false }).first()).toBeVisible();

  const ana = await openPhone(browser, joinLink, 'Ana');
  const ben = await openPhone(browser, joinLink, 'Ben');
  await expect(host.getByTestId('live-connected')).toHaveText('2 participants connected');

  const countIn = async (phone: Page) => Number(/(\d+) factors?$/.exec((await phone.getByRole('button', { name: /^Social threats, / }).getAttribute('aria-label')) ?? '')?.[1]);
  const before = await countIn(ana);
  await addFactor(ana, /^Social threats/, 'Ageing workforce <b>now</b>');
  await addFactor(ben, /^Social threats/, 'Remote work backlash');
  await expect(ana.getByRole('button', { name: `Social threats, ${before + 2} factors` })).toBeVisible();

  // The facilitator's own matrix holds both, as text.
  const socialThreats = host.getByRole('region', { name: 'Social threats', exact: true });
  await expect(socialThreats.getByText('Ageing workforce <b>now</b>')).toBeVisible();
  await expect(socialThreats.getByText('Remote work backlash')).toBeVisible();

  // A long, unbroken title from a phone wraps in the facilitator's panel rather than widening it.
  const long = 'Regional-digital-skills-programmes-for-civil-servants-in-every-akimat-'.repeat(2);
  await addFactor(ben, /^Social threats/, long);
  const hostPanel = host.getByTestId('live-panel');
  await expect(hostPanel.getByTestId('live-participant-factors')).toContainText(long);
  expect(await hostPanel.evaluate((element) => element.scrollWidth <= element.clientWidth + 1)).toBe(true);

  // Vote with a budget of 2.
  const panel = host.getByTestId('live-panel');
  await panel.getByLabel('Dots per participant').fill('2');
  await panel.getByRole('radio', { name: 'Vote' }).check();
  for (const phone of [ana, ben]) {
    await phone.getByRole('button', { name: /^Social threats, / }).click();
    await expect(phone.getByTestId('dots-left')).toHaveText('2 dots left of 2');
  }
  const addDot = (phone: Page, title: string) => phone.getByRole('button', { name: `Add a dot to "${title}"` });
  await addDot(ana, 'Remote work backlash').click();
  await addDot(ana, 'Remote work backlash').click();
  await expect(ana.getByTestId('dots-left')).toHaveText('0 dots left of 2');
  await expect(addDot(ana, 'Ageing workforce <b>now</b>')).toBeDisabled();
  await ana.getByRole('button', { name: 'Take a dot back from "Remote work backlash"' }).click();
  await expect(ana.getByTestId('dots-left')).toHaveText('1 dot left of 2');
  await addDot(ben, 'Remote work backlash').click();
  await addDot(ben, 'Ageing workforce <b>now</b>').click();
  await expect(ben.getByTestId('dots-left')).toHaveText('0 dots left of 2');

  // Summed: Ana 1 + Ben 1 on one, Ben 1 on the other.
  const card = (title: string) => socialThreats.locator('.card', { hasText: title });
  await expect(card('Remote work backlash').locator('.badge--votes')).toHaveText('▲ 2');
  await expect(card('Ageing workforce <b>now</b>').locator('.badge--votes')).toHaveText('▲ 1');

  // Removing a participant's factor gives the dots on it back; Undo brings it back as theirs, with those dots.
  await panel.getByRole('button', { name: 'Remove "Remote work backlash"' }).click();
  await expect(panel.getByRole('button', { name: `Remove "${long}"` })).toBeFocused();
  await expect(ana.getByTestId('dots-left')).toHaveText('2 dots left of 2');
  await expect(socialThreats.getByText('Remote work backlash')).toHaveCount(0);
  await host.getByRole('region', { name: 'Messages' }).getByRole('button', { name: 'Undo' }).click();
  await expect(card('Remote work backlash').locator('.badge--votes')).toHaveText('▲ 2');
  await expect(card('Remote work backlash')).toBeFocused();
  await expect(panel.getByTestId('live-participant-factors')).toContainText('Remote work backlash by Ben');
  await expect(ana.getByTestId('dots-left')).toHaveText('1 dot left of 2');

  host.once('dialog', (dialog) => void dialog.accept());
  await panel.getByRole('button', { name: 'End session' }).click();
  await expect(ana.getByText('The session has ended. Thank you!')).toBeVisible();
  await expect(host.getByRole('button', { name: 'Start live session' })).toBeVisible();

  await host.reload();
  const afterReload = host.getByRole('region', { name: 'Social threats', exact: true });
  await expect(afterReload.locator('.card', { hasText: 'Remote work backlash' }).locator('.badge--votes')).toHaveText('▲ 2');
  await expect(afterReload.getByText('Ageing workforce <b>now</b>')).toBeVisible();
});

test('a view-only page shows the room and hides participants’ work until the reveal, there and in the facilitator’s scenario', async ({ browser, live }) => {
  const host = await browser.newPage();
  await host.goto(live.url);
  // A workshop-sized scenario: sixteen factors.
  await host.getByRole('combobox', { name: 'Scenario' }).selectOption({ label: 'Table 1 — Ashimova & Alzhanova' });
  await host.getByRole('button', { name: 'Start live session' }).click();
  const panel = host.getByTestId('live-panel');
  const joinLink = await host.getByTestId('live-join-link').inputValue();
  const viewLink = await host.getByTestId('live-view-link').inputValue();
  await panel.getByLabel('Hide new factors and vote totals until revealed').check();

  const screen = await browser.newPage();
  await screen.goto(viewLink);
  await expect(screen.getByRole('heading', { level: 1 })).toContainText('Live');
  const ana = await openPhone(browser, joinLink, 'Ana');
  await addFactor(ana, /^Economic opportunities/, 'Green subsidies');
  await expect(screen.getByTestId('hidden-summary')).toHaveText('1 new factor · 0 votes cast');
  await expect(screen.getByText('Green subsidies')).toHaveCount(0);
  await expect(host.getByRole('region', { name: 'Economic opportunities', exact: true }).getByText('Green subsidies')).toHaveCount(0);

  await panel.getByRole('button', { name: 'Reveal' }).click();
  await expect(screen.getByTestId('cell-economic-opportunities')).toContainText('Green subsidies');
  await expect(host.getByRole('region', { name: 'Economic opportunities', exact: true }).getByText('Green subsidies')).toBeVisible();

  // On a 1280 × 720 projector the whole room shows at once, in type larger than a page's.
  await expect.poll(() => screen.evaluate(() => document.documentElement.scrollHeight <= innerHeight)).toBe(true);
  const size = await screen.getByText('Green subsidies').evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
  expect(size).toBeGreaterThanOrEqual(18);
});

test('the server drops updates sent on a view-only connection, and refuses unknown rooms', async ({ live }) => {
  const secret = 'a'.repeat(22);
  const room = roomNameOf(joinSecretOf(secret));
  const hostDoc = new Y.Doc();
  const host = await nodeClient(live.url, room, `host:${secret}`, hostDoc);
  hostDoc.getMap('session').set('phase', 'collect');

  const viewDoc = new Y.Doc();
  const viewer = await nodeClient(live.url, room, 'view', viewDoc);
  await expect.poll(() => viewDoc.getMap('session').get('phase')).toBe('collect');
  viewDoc.getMap('session').set('phase', 'vote');

  // A third client syncing afterwards sees only what the host wrote.
  const checkDoc = new Y.Doc();
  const checker = await nodeClient(live.url, room, 'view', checkDoc);
  hostDoc.getMap('session').set('marker', 1);
  await expect.poll(() => checkDoc.getMap('session').get('marker')).toBe(1);
  expect(checkDoc.getMap('session').get('phase')).toBe('collect');
  expect(hostDoc.getMap('session').get('phase')).toBe('collect');

  await expect(nodeClient(live.url, roomNameOf('b'.repeat(22)), `join:${'b'.repeat(22)}`, new Y.Doc())).rejects.toThrow('room-not-found');
  for (const provider of [host, viewer, checker]) provider.destroy();
});

test('without the live server, Start live session explains what it needs and changes nothing', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Political strengths' })).toBeVisible();
  await page.getByRole('button', { name: 'Start live session' }).click();
  await expect(page.getByRole('alert')).toContainText('npm run live');
  await expect(page.getByTestId('live-join-link')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Start live session' })).toBeVisible();
});

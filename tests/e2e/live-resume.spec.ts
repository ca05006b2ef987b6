import { addFactor, expect, openPhone, startSession, test } from './live-fixtures';

test('a facilitator who reloads mid-session gets the same room back, links, QR code and controls included', async ({ browser, live }) => {
  const host = await browser.newPage();
  const joinLink = await startSession(host, live.url);
  const viewLink = await host.getByTestId('live-view-link').inputValue();
  const ana = await openPhone(browser, joinLink, 'Ana');
  await addFactor(ana, /^Social threats/, 'Before the reload');
  const socialThreats = host.getByRole('region', { name: 'Social threats', exact: true });
  await expect(socialThreats.getByText('Before the reload')).toBeVisible();

  await host.reload();
  const panel = host.getByTestId('live-panel');
  await expect(panel.getByText('Resumed after the page reloaded')).toBeVisible();
  await expect(panel.getByText('Connected', { exact: false }).first()).toBeVisible();
  await expect(host.getByTestId('live-join-link')).toHaveValue(joinLink);
  await expect(host.getByTestId('live-view-link')).toHaveValue(viewLink);
  await expect(host.getByRole('img', { name: `QR code for ${joinLink}` })).toBeVisible();
  await expect(host.getByTestId('live-connected')).toHaveText('1 participant connected');
  await expect(socialThreats.getByText('Before the reload')).toBeVisible();

  // Work done while the facilitator's tab was away reaches the scenario once it is back.
  await host.goto('about:blank');
  await addFactor(ana, /^Social threats/, 'While the tab was away');
  await host.goBack();
  await expect(panel.getByText('Resumed after the page reloaded')).toBeVisible();
  await expect(socialThreats.getByText('While the tab was away')).toBeVisible();

  // The resumed tab still holds the facilitator's key: its settings reach the phones.
  await panel.getByRole('radio', { name: 'Vote' }).check();
  await expect(ana.getByText('Phase: Vote')).toBeVisible();

  host.once('dialog', (dialog) => void dialog.accept());
  await panel.getByRole('button', { name: 'End session' }).click();
  await expect(ana.getByText('The session has ended. Thank you!')).toBeVisible();
  await host.reload();
  await expect(host.getByRole('button', { name: 'Start live session' })).toBeVisible();
  await expect(host.getByTestId('live-panel')).toHaveCount(0);
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { openRoomStore } from '../../server/rooms.mjs';
import { readRoom } from '../../src/sync/liveRoom';
import { startLiveServer } from '../tools/live-server.mjs';
import { addFactor, expect, openPhone, startSession, test } from './live-fixtures';

test('a participant who goes offline keeps working, and the factor reaches the facilitator when the phone is back', async ({ browser, live }) => {
  const host = await browser.newPage();
  const joinLink = await startSession(host, live.url);
  const ana = await openPhone(browser, joinLink, 'Ana');
  await expect(ana.getByTestId('live-status')).toHaveText('Connected');
  await expect(host.getByTestId('live-connected')).toHaveText('1 participant connected');

  await ana.context().setOffline(true);
  await expect(ana.getByTestId('live-status')).toHaveText(/^Offline: your changes are kept/);
  // The server has let the phone go, so the socket is really closed (Playwright's offline mode
  // alone leaves open sockets working).
  await expect(host.getByTestId('live-connected')).toHaveText('0 participants connected');
  await addFactor(ana, /^Economic threats/, 'Typed offline');
  // However far down a long cell the participant is, the notice stays in view.
  await ana.getByRole('button', { name: /^Economic opportunities/ }).click();
  await ana.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect.poll(() => ana.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  await expect(ana.getByTestId('live-status')).toBeInViewport();
  const cell = host.getByRole('region', { name: 'Economic threats', exact: true });
  await expect(cell.getByText('Typed offline')).toHaveCount(0);

  await ana.context().setOffline(false);
  await expect(ana.getByTestId('live-status')).toHaveText('Connected');
  await expect(cell.getByText('Typed offline')).toBeVisible();
  await expect(host.getByTestId('live-connected')).toHaveText('1 participant connected');
});

test('the server stopped and started again mid-session loses nothing, and every page reconnects by itself', async ({ browser }) => {
  test.setTimeout(90_000);
  const dataDir = mkdtempSync(join(tmpdir(), 'live-restart-'));
  let server = await startLiveServer({ dataDir, build: false });
  try {
    const host = await browser.newPage();
    const joinLink = await startSession(host, server.url);
    const viewLink = await host.getByTestId('live-view-link').inputValue();
    const ana = await openPhone(browser, joinLink, 'Ana');
    await addFactor(ana, /^Technological weaknesses/, 'Before the restart');
    const cell = host.getByRole('region', { name: 'Technological weaknesses', exact: true });
    await expect(cell.getByText('Before the restart')).toBeVisible();
    // The room has been on the projector already, so Present mode's code is in the page: a page a
    // few seconds old fetches it only once the facilitator pauses, and with the server gone it
    // could not (offline.spec.ts covers a view whose code cannot be fetched).
    await host.getByRole('button', { name: 'Present', exact: true }).click();
    await expect(host.getByTestId('present-mode')).toBeVisible();
    await host.keyboard.press('Escape');
    await expect(host.getByRole('button', { name: 'Present', exact: true })).toBeVisible();

    // SIGTERM, as Ctrl+C: the room is written to disk on the way out.
    await server.stop();
    const stored = await openRoomStore(dataDir);
    const room = new URL(viewLink).searchParams.get('view')!;
    expect(stored.has(room)).toBe(true);
    const onDisk = new Y.Doc();
    await stored.load(room, onDisk);
    await stored.close();
    expect(readRoom(onDisk).factors.map((factor) => factor.title)).toContain('Before the restart');
    await expect(ana.getByTestId('live-status')).not.toHaveText('Connected');
    await expect(host.getByTestId('live-panel').locator('.live-status')).not.toContainText('Connected ·');
    // On the projector too, Present mode says the session is not connected.
    await host.getByRole('button', { name: 'Present', exact: true }).click();
    await expect(host.getByTestId('present-status')).toContainText('Live session: not connected');

    // Typed while the server is down: kept on the phone, sent once it is back.
    await addFactor(ana, /^Technological weaknesses/, 'While the server was down');

    server = await startLiveServer({ dataDir, port: server.port, build: false });
    // The providers retry with a growing delay (1 s, 2 s, 4 s …), so the reconnect may take a few seconds.
    await expect(ana.getByTestId('live-status')).toHaveText('Connected', { timeout: 30_000 });
    await expect(host.getByTestId('present-status')).not.toContainText('Live session', { timeout: 30_000 });
    await expect(host.getByTestId('announcer')).toHaveText('The live session is connected again.');
    await host.keyboard.press('Escape');
    await expect(host.getByTestId('live-panel').locator('.live-status')).toContainText('Connected ·', { timeout: 30_000 });
    await expect(cell.getByText('While the server was down')).toBeVisible();
    await expect(cell.getByText('Before the restart')).toBeVisible();

    // A screen opened only now reads the room from the restarted server.
    const screen = await browser.newPage();
    await screen.goto(viewLink);
    await expect(screen.getByTestId('cell-technological-weaknesses')).toContainText('Before the restart');
    await expect(screen.getByTestId('cell-technological-weaknesses')).toContainText('While the server was down');

    // And the facilitator still runs the session.
    await host.getByTestId('live-panel').getByRole('radio', { name: 'Vote' }).check();
    await expect(ana.getByText('Phase: Vote')).toBeVisible();
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { HocuspocusProvider } from '@hocuspocus/provider';
import { type Browser, type BrowserContext, expect, type Page, test as base } from '@playwright/test';
import * as Y from 'yjs';
import { type RunningLiveServer, startLiveServer } from '../tools/live-server.mjs';

export interface LiveServer {
  url: string;
  dataDir: string;
  server: RunningLiveServer;
}

/**
 * The real `npm run live` server on a free port of 127.0.0.1, one per worker, with rooms in a
 * temp folder. Playwright's web server has built dist/ already, so this one does not build.
 */
export const test = base.extend<object, { live: LiveServer }>({
  live: [
    async ({}, use) => {
      const dataDir = mkdtempSync(join(tmpdir(), 'live-rooms-'));
      const server = await startLiveServer({ dataDir, build: false });
      await use({ url: server.url, dataDir, server });
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
});
export { expect };

export const PHONE = { width: 390, height: 844 };

export async function openPhone(browser: Browser, link: string, name: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
  const context: BrowserContext = await browser.newContext({ viewport: PHONE, ...options });
  const page = await context.newPage();
  await page.goto(link);
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Join' }).click();
  await expect(page.getByText(`Joined as ${name}`).first()).toBeVisible();
  return page;
}

export async function addFactor(page: Page, cellButton: RegExp, title: string): Promise<void> {
  await page.getByRole('button', { name: cellButton }).click();
  await page.getByLabel('Title').fill(title);
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByTestId('live-announcer')).toContainText(`Added "${title}"`);
  await page.getByRole('button', { name: /All cells/ }).click();
}

/** The facilitator's tab with a session started; returns the participants' link. */
export async function startSession(host: Page, url: string): Promise<string> {
  await host.goto(url);
  await expect(host.getByRole('region', { name: 'Social threats' })).toBeVisible();
  await host.getByRole('button', { name: 'Start live session' }).click();
  await expect(host.getByTestId('live-panel').getByText('Connected', { exact: false }).first()).toBeVisible();
  return host.getByTestId('live-join-link').inputValue();
}

// Node 20 has no WebSocket of its own; the provider takes the server's `ws` package instead.
const WebSocket: unknown = createRequire(import.meta.url)('ws');

/**
 * A Node client speaking the same provider as the app, to act as a hostile view-only page. It owns
 * its socket, so destroying it (or a refused login) ends it: a socket left retrying after its test
 * failed a later test's worker with "WebSocket was closed before the connection was established".
 */
export function nodeClient(url: string, name: string, token: string, doc: Y.Doc): Promise<HocuspocusProvider> {
  return new Promise((resolve, reject) => {
    const provider: HocuspocusProvider = new HocuspocusProvider({
      url: `${url.replace('http', 'ws')}/sync`,
      // Handed on to the socket the provider makes for itself; its type lists only the socket's own options.
      ...({ WebSocketPolyfill: WebSocket } as object),
      name,
      token,
      document: doc,
      onSynced: () => resolve(provider),
      onAuthenticationFailed: ({ reason }) => {
        provider.destroy();
        reject(new Error(reason));
      },
    });
  });
}


import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { cell, titlesIn, waitForSave } from './helpers';

/** The worker takes control during the first visit itself: no reload is needed for it. */
async function controlledByServiceWorker(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  await expect(cell(page, 'Political strengths')).toBeVisible();
}

test('after one visit the app loads, edits, saves and exports with the network off', async ({ page, context }) => {
  await page.goto('/');
  await controlledByServiceWorker(page);
  await waitForSave(page);
  // The worker is active once it has cached the page and every chunk: nothing else is awaited.
  await page.waitForLoadState('networkidle');
  await context.setOffline(true);
  await page.reload();
  await expect(cell(page, 'Political strengths')).toBeVisible();
  await page.getByRole('button', { name: 'Add factor to Social threats' }).click();
  await page.getByRole('textbox', { name: 'New factor in Social threats' }).fill('Written with the network off');
  await page.keyboard.press('Enter');
  await waitForSave(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export as…' }).click();
  await page.getByRole('menuitem', { name: 'Markdown report' }).click();
  const report = await download;
  expect(report.suggestedFilename()).toMatch(/-report\.md$/);
  expect(readFileSync((await report.path())!, 'utf8')).toContain('Written with the network off');
  await page.reload();
  await expect.poll(() => titlesIn(page, 'Social threats')).toContain('Written with the network off');
});

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

/** The production build served from a folder of its own, so this test can publish a new version. */
function serveCopy(): Promise<{ server: Server; root: string; origin: string }> {
  const root = mkdtempSync(join(tmpdir(), 'swot-offline-'));
  cpSync('dist', root, { recursive: true });
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(root, path === '/' ? 'index.html' : path);
    try {
      const body = readFileSync(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    resolve({ server, root, origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
  }));
}

test('a new version shows "A new version is ready" and waits for the user to reload', async ({ page }) => {
  const { server, root, origin } = await serveCopy();
  try {
    await page.goto(`${origin}/`);
    await controlledByServiceWorker(page);
    // A mark that a reload would wipe out.
    await page.evaluate(() => ((window as unknown as { loadedOnce?: boolean }).loadedOnce = true));

    // Publish a new version: a service worker that differs by a byte is a new one.
    writeFileSync(join(root, 'sw.js'), `${readFileSync(join(root, 'sw.js'), 'utf8')}\n// next version\n`);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

    const prompt = page.getByRole('status').filter({ hasText: 'A new version is ready.' });
    await expect(prompt).toBeVisible();
    // It has not reloaded by itself: the page is still the one that was loaded first.
    expect(await page.evaluate(() => (window as unknown as { loadedOnce?: boolean }).loadedOnce)).toBe(true);
    await prompt.getByRole('button', { name: 'Reload' }).click();
    await expect(prompt).toBeHidden();
    await expect(cell(page, 'Political strengths')).toBeVisible();
  } finally {
    server.close();
    rmSync(root, { recursive: true, force: true });
  }
});

test.describe('a view whose code cannot be fetched', () => {
  // No service worker: it would answer from its cache what this test makes the network refuse.
  test.use({ serviceWorkers: 'block' });

  test('Present mode says so in words, the way back keeps the work, and Try again opens it once the code can be fetched', async ({ page }) => {
    const presentCode = /\/assets\/PresentMode-[\w-]+\.js$/;
    await page.route(presentCode, (route) => route.abort('internetdisconnected'));
    await page.goto('/');
    await page.getByRole('button', { name: 'Add factor to Social threats' }).click();
    await page.getByRole('textbox', { name: 'New factor in Social threats' }).fill('Written before the network went');
    await page.keyboard.press('Enter');
    await expect.poll(() => titlesIn(page, 'Social threats')).toContain('Written before the network went');

    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await expect(page.getByRole('alert')).toHaveText(/Present mode could not be loaded\. Check the connection, then try again\./);
    await expect(page.getByRole('button', { name: 'Try again' })).toBeFocused();
    await page.getByRole('button', { name: 'Back to the editor' }).click();
    await expect.poll(() => titlesIn(page, 'Social threats')).toContain('Written before the network went');

    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await page.unroute(presentCode);
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByTestId('present-mode')).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('a side panel says so in its place, keeps its close button, and opens on Try again once its code can be fetched', async ({ page }) => {
    const panelCode = /\/assets\/SourcesPanel-[\w-]+\.js$/;
    await page.route(panelCode, (route) => route.abort('internetdisconnected'));
    await page.goto('/');
    await expect(cell(page, 'Political strengths')).toBeVisible();

    await page.getByRole('button', { name: 'Sources', exact: true }).click();
    await expect(page.getByRole('alert')).toHaveText(/This part of the app could not be loaded\. Check the connection, then try again\./);
    // The rest of the page goes on working beside it.
    await expect(page.getByRole('button', { name: 'Add factor to Social threats' })).toBeEnabled();
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(page.getByRole('alert')).toHaveCount(0);

    await page.getByRole('button', { name: 'Sources', exact: true }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await page.unroute(panelCode);
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { name: 'Sources', exact: true })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('the factor editor says so in its place, keeps its close button, and opens the card on Try again once its code can be fetched', async ({ page }) => {
    const editorCode = /\/assets\/FactorEditor-[\w-]+\.js$/;
    await page.route(editorCode, (route) => route.abort('internetdisconnected'));
    await page.goto('/');
    const card = cell(page, 'Political strengths').getByRole('listitem').first().getByRole('button').first();
    await expect(card).toBeVisible();
    const [title] = await titlesIn(page, 'Political strengths');
    await card.click();
    await expect(page.getByRole('alert')).toHaveText(/This part of the app could not be loaded\. Check the connection, then try again\./);
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect(await titlesIn(page, 'Political strengths')).toContain(title);

    await card.click();
    await expect(page.getByRole('alert')).toBeVisible();
    await page.unroute(editorCode);
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('dialog', { name: 'Edit factor' }).getByRole('textbox', { name: 'Title' })).toHaveValue(title!);
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('the new-factor field keeps what is typed and the focus, says the form could not be loaded, and adds the factor once Try again brings the form', async ({ page }) => {
    const formCode = /\/assets\/AddFactorForm-[\w-]+\.js$/;
    await page.route(formCode, (route) => route.abort('internetdisconnected'));
    await page.goto('/');
    await page.getByRole('button', { name: 'Add factor to Social threats' }).click();
    const field = page.getByRole('textbox', { name: 'New factor in Social threats' });
    await expect(page.getByRole('alert')).toHaveText(/This part of the app could not be loaded/);
    // Typed after the failure: the keys go to the field, not to the page's shortcuts (P is Present).
    await page.keyboard.type('Planned while the form was missing');
    await expect(field).toHaveValue('Planned while the form was missing');
    await expect(field).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('present-mode')).toHaveCount(0);

    await page.unroute(formCode);
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => titlesIn(page, 'Social threats')).toContain('Planned while the form was missing');
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('a file chosen while the import’s code cannot be fetched: the message shows over the page with the focus, Escape gives up with nothing imported, and Try again previews the file once the code can be fetched', async ({ page }) => {
    const importCode = /\/assets\/ImportFlow-[\w-]+\.js$/;
    await page.route(importCode, (route) => route.abort('internetdisconnected'));
    await page.goto('/');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export scenario' }).click();
    const file = (await (await downloading).path())!;
    const scenarios = page.getByRole('combobox', { name: 'Scenario' }).locator('option');
    const scenariosBefore = await scenarios.allTextContents();
    const chooseFile = async () => {
      const choosing = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Import…' }).click();
      await (await choosing).setFiles(file);
    };

    await chooseFile();
    const alert = page.getByRole('alert');
    await expect(alert).toHaveText(/The import could not be loaded, and nothing was imported\. Check the connection, then try again\./);
    // Over the page where the preview would have been, not after the matrix.
    await expect(alert).toBeInViewport();
    await expect(page.getByRole('button', { name: 'Try again' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(alert).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Import…' })).toBeFocused();
    expect(await scenarios.allTextContents()).toEqual(scenariosBefore);

    await chooseFile();
    await expect(alert).toBeInViewport();
    await page.unroute(importCode);
    await page.getByRole('button', { name: 'Try again' }).click();
    const preview = page.getByRole('dialog', { name: /^Import / });
    await preview.getByRole('button', { name: 'Import 1 scenario' }).click();
    await expect(page.getByRole('combobox', { name: 'Scenario' }).locator('option:checked')).toHaveText(`${scenariosBefore[0]} (imported)`);
  });

  test('"Print or save as PDF" whose report cannot be fetched says so over the page, and Close gives the focus back', async ({ page }) => {
    const reportCode = /\/assets\/PrintReport-[\w-]+\.js$/;
    await page.route(reportCode, (route) => route.abort('internetdisconnected'));
    await page.goto('/');
    await page.getByRole('button', { name: 'Export as…' }).click();
    await page.getByRole('menuitem', { name: 'Print or save as PDF' }).click();
    const alert = page.getByRole('alert');
    await expect(alert).toHaveText(/The printable report could not be loaded\. Check the connection, then try again\./);
    await expect(alert).toBeInViewport();
    await alert.getByRole('button', { name: 'Close' }).click();
    await expect(alert).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Export as…' })).toBeFocused();
  });

  test('a dialog, a menu or the live panel whose code cannot be fetched says so over the page instead of leaving it blank, and opens on Try again once the code can be fetched', async ({ page }) => {
    const code = /\/assets\/(ScenarioForm|ExportMenuList|HostPanel)-[\w-]+\.js$/;
    await page.route(code, (route) => route.abort('internetdisconnected'));
    await page.goto('/');
    await expect(cell(page, 'Political strengths')).toBeVisible();
    const alert = page.getByRole('alert');

    for (const opener of ['New…', 'Export as…', 'Start live session']) {
      await page.getByRole('button', { name: opener, exact: true }).click();
      await expect(alert).toHaveText(/This part of the app could not be loaded\. Check the connection, then try again\./);
      await expect(alert).toBeInViewport();
      await expect(page.getByRole('button', { name: 'Try again' })).toBeFocused();
      // The page is still there beside it.
      await expect(cell(page, 'Political strengths')).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(alert).toHaveCount(0);
      await expect(page.getByRole('button', { name: opener, exact: true })).toBeFocused();
    }

    // Each use fetches again: the refusal must have come back before the code is allowed.
    await page.getByRole('button', { name: 'New…', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
    await page.unroute(code);
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('dialog', { name: 'New scenario' })).toBeVisible();
    await expect(alert).toHaveCount(0);
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 390, height: 844 } });

    test('the phone’s matrix whose code cannot be fetched says so in its place, and shows on Try again once the code can be fetched', async ({ page }) => {
      const code = /\/assets\/NarrowMatrix-[\w-]+\.js$/;
      await page.route(code, (route) => route.abort('internetdisconnected'));
      await page.goto('/');
      const matrix = page.getByRole('main');
      await expect(matrix.getByRole('alert')).toHaveText(/This part of the app could not be loaded/);
      await expect(page.getByRole('combobox', { name: 'Scenario' })).toBeVisible();
      await page.unroute(code);
      await matrix.getByRole('button', { name: 'Try again' }).click();
      await expect(cell(page, 'Political strengths')).toBeVisible();
      await expect(page.getByRole('alert')).toHaveCount(0);
    });
  });
});

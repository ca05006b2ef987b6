import { expect, test } from '@playwright/test';
import { APP_SHOWN_EVENT } from '../../src/app/firstScreen/keys';
import { cell, openFresh } from './helpers';

// A script found only once another has been parsed costs a round trip on a first visit.
test('the page lists every script its first paint runs, so none waits for another to be parsed', async ({ page, context }) => {
  await openFresh(page);
  // A first visit's HTTP cache is empty; the service worker would answer from its own cache.
  await context.route('**/*', (route) => route.continue());
  await page.evaluate(() => navigator.serviceWorker?.getRegistrations().then((all) => Promise.all(all.map((one) => one.unregister()))));
  // When the app has rendered its matrix. Code it fetches after that, at idle, is not the first
  // paint's, even when the frame reaches the screen a few milliseconds after the fetch began.
  await page.addInitScript((event) => {
    window.addEventListener(event, () => performance.mark('app-shown'));
  }, APP_SHOWN_EVENT);
  await page.reload();
  await expect(cell(page, 'Political strengths')).toBeVisible();
  const { listed, loaded } = await page.evaluate(() => {
    const scripts = Array.from(document.querySelectorAll<HTMLScriptElement>('script[src]'), (script) => script.src);
    const preloads = Array.from(document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]'), (link) => link.href);
    const painted = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.POSITIVE_INFINITY;
    const shown = performance.getEntriesByName('app-shown')[0]?.startTime ?? Number.POSITIVE_INFINITY;
    const before = Math.min(painted, shown);
    const loadedScripts = performance.getEntriesByType('resource').filter((entry) => entry.startTime < before && new URL(entry.name).pathname.endsWith('.js'));
    return { listed: [...scripts, ...preloads], loaded: loadedScripts.map((script) => script.name) };
  });
  expect(loaded.length).toBeGreaterThan(1);
  expect(loaded.filter((url) => !listed.includes(url))).toEqual([]);
});

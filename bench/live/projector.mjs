import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_CANDIDATES } from '../config.mjs';

/**
 * The view-only page in Chromium at 1920×1080, noting when each bench factor's title is first put
 * on the page (a MutationObserver, so at React's commit, just before paint). Titles are
 * "Factor <n> from <participant>", written by bench/live/participant.mjs.
 */
export async function openProjector(url) {
  const executablePath = CHROMIUM_CANDIDATES.find((path) => path && existsSync(path));
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await page.addInitScript(() => {
    const seen = {};
    window.__benchSeen = seen;
    const scan = (text, at) => {
      for (const match of text.matchAll(/Factor \d+ from p\d+/g)) seen[match[0]] ??= at;
    };
    new MutationObserver((records) => {
      const at = performance.timeOrigin + performance.now();
      for (const record of records) {
        if (record.type === 'characterData') scan(record.target.textContent ?? '', at);
        for (const node of record.addedNodes) scan(node.textContent ?? '', at);
      }
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  await page.goto(url);
  await page.getByTestId('cell-political-strengths').waitFor();
  return {
    /** When each title appeared, by title. */
    seen: () => page.evaluate(() => window.__benchSeen),
    close: () => browser.close(),
  };
}

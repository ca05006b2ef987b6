// Makes sure the browser tests have a Chromium: Debian's (or CHROMIUM_PATH) when present,
// otherwise Playwright's own build, downloaded only when it is missing.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const system = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((path) => path && existsSync(path));
if (system) {
  console.log(`browser: ${system}`);
} else {
  const { chromium } = await import('@playwright/test');
  if (!existsSync(chromium.executablePath())) {
    console.log('browser: installing Playwright Chromium');
    execSync('npx playwright install chromium', { stdio: 'inherit' });
  } else {
    console.log(`browser: ${chromium.executablePath()}`);
  }
}

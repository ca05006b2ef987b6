// Makes sure the browser tests have what they run on: a Chromium (Debian's, CHROMIUM_PATH,
// or Playwright's own build), poppler-utils' pdftotext, which reads the printed report back, and
// LibreOffice Impress, which opens the exported deck.
// On Debian, missing packages are installed with apt-get, as .ci/run does.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const onPath = (command) => {
  try {
    execSync(`command -v ${command}`, { stdio: 'ignore', shell: '/bin/sh' });
    return true;
  } catch {
    return false;
  }
};

const missing = [];
const system = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((path) => path && existsSync(path));
if (!system) missing.push('chromium');
if (!onPath('pdftotext')) missing.push('poppler-utils');
if (!onPath('soffice')) missing.push('libreoffice-impress');

if (missing.length > 0 && onPath('apt-get')) {
  const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
  console.log(`installing ${missing.join(' ')} from Debian`);
  try {
    execSync(`${sudo}apt-get update -qq && DEBIAN_FRONTEND=noninteractive ${sudo}apt-get install -y -qq --no-install-recommends ${missing.join(' ')}`, {
      stdio: 'inherit',
      shell: '/bin/sh',
    });
  } catch {
    console.log('apt-get could not install them; falling back where possible');
  }
}

const browser = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((path) => path && existsSync(path));
if (browser) {
  console.log(`browser: ${browser}`);
} else {
  const { chromium } = await import('@playwright/test');
  if (!existsSync(chromium.executablePath())) {
    console.log('browser: installing Playwright Chromium');
    execSync('npx playwright install chromium', { stdio: 'inherit' });
  } else {
    console.log(`browser: ${chromium.executablePath()}`);
  }
}
if (!onPath('pdftotext')) console.log('pdftotext is missing: the print and deck tests will fail until poppler-utils is installed');
if (!onPath('soffice')) console.log('soffice is missing: the deck test will fail until libreoffice-impress is installed');

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { disableFeaturesSwitch, OMNIBOX_POPUP_FEATURES, PLAYWRIGHT_DISABLED_FEATURES } from '../tools/chromiumFeatures.mjs';

/** The features the installed Playwright disables, read from its source, as it gives them to Chromium. */
function playwrightsOwnList(): string[] {
  const require = createRequire(import.meta.url);
  const core = join(require.resolve('playwright-core/package.json'), '..');
  const bundle = readFileSync(join(core, 'lib/coreBundle.js'), 'utf8');
  const list = /disabledFeatures = \[([\s\S]*?)\]/.exec(bundle)?.[1];
  if (!list) throw new Error('Playwright no longer declares disabledFeatures where this test looks');
  return [...list.matchAll(/^\s*"([^"]+)"/gm)].map((match) => match[1]!);
}

describe('the --disable-features switch given to Chromium', () => {
  it('keeps every feature the installed Playwright disables, since Chromium reads only the last such switch', () => {
    const theirs = playwrightsOwnList();
    expect(theirs.length).toBeGreaterThan(5);
    expect(theirs.filter((feature) => !PLAYWRIGHT_DISABLED_FEATURES.includes(feature))).toEqual([]);
  });

  it('adds the omnibox popup, once each', () => {
    const features = disableFeaturesSwitch.replace('--disable-features=', '').split(',');
    expect(features).toEqual(expect.arrayContaining([...OMNIBOX_POPUP_FEATURES]));
    expect(new Set(features).size).toBe(features.length);
  });
});

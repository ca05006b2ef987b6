/**
 * The one `--disable-features` switch the browser tests and the bench give Chromium.
 *
 * Chromium reads only the last `--disable-features` on its command line, and Playwright passes its
 * own list first, so a switch of ours must carry Playwright's list too or it would switch those
 * features back on. tests/unit/chromium-features.test.ts fails when the installed Playwright
 * disables a feature this list lacks.
 */

/** What Playwright 1.65 disables (playwright-core's chromiumSwitches.ts), each for a reason it gives there. */
export const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

/**
 * Chromium 156 (the version a fresh Debian machine installs from bookworm-security) opens the address bar's popup as two WebUI pages, in
 * a renderer of their own, for every window it makes, headless or not. Each test's context is a
 * window, so each test started one more renderer beside its page's on a two-core machine.
 */
export const OMNIBOX_POPUP_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

export const disableFeaturesSwitch = `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...OMNIBOX_POPUP_FEATURES].join(',')}`;

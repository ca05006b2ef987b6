import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';

/**
 * Offline after one visit: a service worker precaches the app shell only (the page, the entry
 * chunk, its styles and the icons). Everything loaded later (panels, Present mode, seeds, pdf.js)
 * is cached when first used, so the first visit stays light. It registers in prompt mode: an
 * update waits for the user's "Reload" and never reloads the page by itself.
 */
const offline = VitePWA({
  strategies: 'generateSW',
  registerType: 'prompt',
  injectRegister: false,
  includeAssets: ['icon.svg', 'icon-192.png', 'icon-512.png'],
  manifest: {
    name: 'SWOT × PEST matrix',
    short_name: 'SWOT × PEST',
    description: 'SWOT × PEST matrix editor for strategy analysis and workshops',
    theme_color: '#16181d',
    background_color: '#f6f7f9',
    display: 'standalone',
    start_url: '.',
    icons: [
      { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
      { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any maskable' },
    ],
  },
  workbox: {
    // The page and every chunk it can load, so a first visit is enough to work offline. The
    // worker fetches them in the background after the page has loaded, so the first load does
    // not wait for them. The large optional libraries (PDF text, the deck, images, live sync)
    // are cached when first used instead.
    globPatterns: ['index.html', 'assets/*.{js,css}'],
    globIgnores: ['**/pdf*', '**/deck-*', '**/matrixImage-*', '**/live-*', '**/entry-*'],
    // Take control on the first visit, so that an optional library used then is cached too.
    clientsClaim: true,
    navigateFallback: 'index.html',
    cleanupOutdatedCaches: true,
    runtimeCaching: [
      {
        // Chunks have content hashes in their names, so a cached one is never stale.
        urlPattern: ({ sameOrigin, url }) => sameOrigin && url.pathname.includes('/assets/'),
        handler: 'CacheFirst',
        options: { cacheName: 'app-chunks', expiration: { maxEntries: 200 } },
      },
    ],
  },
});

// Modules every page needs at once, that lazy chunks share too: kept in one chunk rather than
// ten small ones, which compresses better and costs fewer requests on the first load.
const SHELL_MODULES = /node_modules[\\/](react|react-dom|scheduler|valibot)[\\/]|src[\\/](i18n[\\/](core|axes)|domain[\\/](axes|schema|result|matrix|validation|limits|ids))\.tsx?$/;

// JSX is compiled by Vite's own transformer; the React plugin's dev preamble is an inline
// script, which the page's Content-Security-Policy forbids.
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic' } },
  plugins: [offline],
  build: {
    target: 'es2022',
    sourcemap: false,
    modulePreload: { polyfill: false },
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'shell', test: SHELL_MODULES }] } } },
  },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
  },
});

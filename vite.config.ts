import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { firstScreenScript } from './build/firstScreenScript.mjs';
import { CONTENT_SECURITY_POLICY, devPolicy, withPolicy } from './server/csp.mjs';
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
const SHELL_MODULES = /node_modules[\\/](react|react-dom|scheduler|valibot)[\\/]|src[\\/](i18n[\\/](core|axes|en[\\/]app)|domain[\\/](axes|cellLayout|schema|result|matrix|validation|limits|ids))\.tsx?$/;

/**
 * Yjs's `lib0/logging` is src/doc/yjsLogging.ts, for Yjs only (other lib0 users keep the real one):
 * the real module pulls about 2.9 KB gzip of lib0 into the first load, for three rare warnings.
 */
const yjsLogging: Plugin = {
  name: 'yjs-logging',
  enforce: 'pre',
  resolveId: (source, importer) => (source === 'lib0/logging' && importer && /[\\/]node_modules[\\/]yjs[\\/]/.test(importer) ? fileURLToPath(new URL('./src/doc/yjsLogging.ts', import.meta.url)) : null),
};

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64');

/**
 * The strict policy is production's: in the built page's own head, so any static host applies
 * it, and as a header from \`vite preview\`. \`npm start\` gets the same policy widened only by the
 * hash of React Fast Refresh's inline preamble (server/csp.mjs).
 */
const contentSecurityPolicy: Plugin = {
  name: 'content-security-policy',
  transformIndexHtml: {
    // Last, so that the dev page's inline scripts, added by other plugins, are there to hash.
    order: 'post',
    handler: (html, context) => withPolicy(html, context.server ? devPolicy(html, sha256) : CONTENT_SECURITY_POLICY),
  },
  configurePreviewServer(server) {
    server.middlewares.use((_request, response, next) => {
      response.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
      next();
    });
  },
};

export default defineConfig({
  plugins: [yjsLogging, react(), offline, firstScreenScript(), contentSecurityPolicy],
  build: {
    target: 'es2022',
    sourcemap: false,
    // The page lists the entry's own imports (the shell, the runtime), so they download beside the
    // entry instead of once it has been parsed: a round trip less on a first visit (at 40 ms of
    // latency, 810 -> 682 ms to the painted matrix over six loads each). Lazy chunks get no list of
    // their JavaScript dependencies (about 1 KB gzip of the first load's budget): their imports are
    // fetched once they arrive. The panels are fetched at idle after the first paint anyway
    // (App.tsx), and cached offline. The CSS of lazy chunks is still listed and loaded with them.
    modulePreload: {
      polyfill: false,
      resolveDependencies: (_chunk, dependencies, { hostType }) => (hostType === 'html' ? dependencies : dependencies.filter((file) => file.endsWith('.css'))),
    },
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

// Adds the first-screen script to the built page (src/app/firstScreen/paintOnLoad.ts): a classic
// script after #root, so it runs as the page is parsed, before any of the app's modules.
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { build } from 'vite';

const ENTRY = 'src/app/firstScreen/paintOnLoad.ts';

/** The script, bundled on its own and minified, as one immediately invoked function. */
async function classicScript(root) {
  const [output] = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      lib: { entry: resolve(root, ENTRY), formats: ['iife'], name: 'firstScreen', fileName: 'first-screen' },
      rolldownOptions: { output: { exports: 'none' } },
    },
  });
  return output.output[0].code;
}

/**
 * A file of the app's own origin rather than an inline script, so the page's strict
 * Content-Security-Policy (script-src 'self') holds as it is; its name carries its hash, and the
 * offline worker precaches it with the other assets. `npm start` goes without it.
 * @returns {import('vite').Plugin}
 */
export function firstScreenScript() {
  let root = process.cwd();
  let base = '/';
  let fileName = '';
  let source = '';
  return {
    name: 'first-screen-script',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      base = config.base;
    },
    async buildStart() {
      source = await classicScript(root);
      fileName = `assets/first-screen-${createHash('sha256').update(source).digest('hex').slice(0, 8)}.js`;
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName, source });
    },
    transformIndexHtml: () => [{ tag: 'script', attrs: { src: `${base}${fileName}` }, injectTo: 'body' }],
  };
}

// Builds what the bench serves or imports: the production app, the two peer pages, and the
// app's format code as a Node module. Every output goes to a fresh temporary directory, which
// the caller removes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { build as viteBuild } from 'vite';
import { ROOT } from './config.mjs';

const temporaryDir = (purpose) => mkdtempSync(join(os.tmpdir(), `swot-pest-bench-${purpose}-`));

/** The app exactly as `vite build` makes it (its own config, service worker included). */
export function buildApp(extra = []) {
  const outDir = temporaryDir('app');
  const started = Date.now();
  const result = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn', ...extra], {
    cwd: ROOT,
    stdio: 'inherit',
    env: process.env,
  });
  if (result.status !== 0) throw new Error('vite build failed');
  return { outDir, seconds: (Date.now() - started) / 1000 };
}

/** A peer page (bench/peers/<name>), built with its own Vite config. */
export async function buildPeer(name) {
  const outDir = temporaryDir(`peer-${name}`);
  await viteBuild({
    configFile: join(ROOT, 'bench/peers', name, 'vite.config.mjs'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}

/**
 * One TypeScript entry of the repository, with everything it imports, as a single ES module
 * that Node can import. Dependencies are bundled in, so the module works from a temporary
 * directory with no node_modules beside it.
 */
export async function buildNodeModule(entry) {
  const outDir = temporaryDir('module');
  await viteBuild({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    ssr: { noExternal: true },
    build: {
      ssr: join(ROOT, entry),
      outDir,
      emptyOutDir: true,
      target: 'node20',
      rollupOptions: { output: { format: 'es', entryFileNames: '[name].mjs' } },
    },
  });
  return { outDir, file: join(outDir, `${entry.split('/').pop().replace(/\.ts$/, '')}.mjs`) };
}

// How much JavaScript the app's first load fetches, from the built files themselves.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?["'](\.{1,2}\/[^"']+?\.js)["']/g;

/**
 * Every script index.html loads (the entry module, its modulepreloads, the classic first-screen
 * script) and everything they import statically.
 */
export function firstLoadJs(buildDir) {
  // One spelling of every path, so a file imported from two places is counted once.
  const outDir = resolve(buildDir);
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const queue = [
    ...[...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)].map((m) => m[1]),
  ].map((url) => join(outDir, url.replace(/^\//, '')));
  const files = [];
  const seen = new Set();
  while (queue.length > 0) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file);
    files.push({ file: file.slice(outDir.length + 1), bytes: code.length, gzip: gzipSync(code).length });
    for (const match of code.toString('utf8').matchAll(STATIC_IMPORT)) queue.push(resolve(dirname(file), match[1]));
  }
  const css = [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"/g)].map((m) => {
    const code = readFileSync(join(outDir, m[1].replace(/^\//, '')));
    return { file: m[1].replace(/^\//, ''), bytes: code.length, gzip: gzipSync(code).length };
  });
  const sum = (list, key) => list.reduce((total, item) => total + item[key], 0);
  return { files, bytes: sum(files, 'bytes'), gzip: sum(files, 'gzip'), css, cssGzip: sum(css, 'gzip') };
}

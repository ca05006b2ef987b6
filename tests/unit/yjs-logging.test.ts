/**
 * The build gives Yjs src/doc/yjsLogging.ts for `lib0/logging` (vite.config.ts). A name Yjs uses
 * that it lacks would only be a build warning, and undefined at run time: so every one is checked
 * against the Yjs that is installed.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it, vi } from 'vitest';
import * as logging from '../../src/doc/yjsLogging';

const yjsSource = readFileSync(createRequire(import.meta.url).resolve('yjs').replace(/yjs\.cjs$/, 'yjs.mjs'), 'utf8');

describe('Yjs logging', () => {
  it('has every name Yjs uses from lib0/logging', () => {
    const used = new Set(Array.from(yjsSource.matchAll(/\blogging\.(\w+)/g), (match) => match[1]!));
    expect(used.size).toBeGreaterThan(0);
    expect([...used].filter((name) => !(name in logging))).toEqual([]);
  });

  it('prints the words without the colour markers', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    logging.warn(logging.ORANGE, logging.BOLD, '[yjs] ', logging.UNBOLD, logging.RED, 'Changed the client-id');
    expect(warn).toHaveBeenCalledWith('[yjs] ', 'Changed the client-id');
  });
});

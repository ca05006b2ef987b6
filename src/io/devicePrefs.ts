import { safeStorage } from './safeStorage';

/**
 * Choices that belong to this device, not to the document: how dense the grid is, for example.
 * They are never saved into the document, never shared and never undone; a browser that
 * refuses storage simply forgets them.
 */
const PREFIX = 'swot-pest-matrix/pref/';
const storage = safeStorage(() => (typeof window === 'undefined' ? null : window.localStorage));

export function readPref<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const read = storage.read(PREFIX + name);
  const value = read.ok ? read.value : null;
  return allowed.includes(value as T) ? (value as T) : fallback;
}

export function writePref(name: string, value: string): void {
  storage.write(PREFIX + name, value);
}

import type { SafeStorage } from './safeStorage';

/** Where the previous version kept the whole workspace, as one JSON envelope. */
export const WORKSPACE_KEY = 'swot-pest-matrix/workspace';
export const UNREADABLE_KEY_PREFIX = 'swot-pest-matrix/unreadable/';

function isTaken(storage: SafeStorage, key: string): boolean {
  const found = storage.read(key);
  return found.ok && found.value !== null;
}

/** Copies text aside under a key of its own that nothing ever overwrites; null if that failed. */
export function keepAside(storage: SafeStorage, text: string, now = Date.now()): string | null {
  const stamped = `${UNREADABLE_KEY_PREFIX}${new Date(now).toISOString()}`;
  // Two copies in the same millisecond (or a clock set back) must not overwrite what is kept.
  let key = stamped;
  for (let n = 2; isTaken(storage, key); n++) key = `${stamped}-${n}`;
  return storage.write(key, text).ok ? key : null;
}

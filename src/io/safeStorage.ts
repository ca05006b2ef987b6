/**
 * localStorage behind calls that never throw. Browsers throw on a full quota, on storage
 * disabled by policy, and in some private modes even on access; every caller needs to know
 * which, and none of them may crash because of it.
 */
export type StorageFailure = 'quota' | 'unavailable' | 'unknown';

export type ReadResult = { ok: true; value: string | null } | { ok: false; failure: StorageFailure; detail: string };
export type WriteResult = { ok: true } | { ok: false; failure: StorageFailure; detail: string };

export interface SafeStorage {
  read(key: string): ReadResult;
  write(key: string, value: string): WriteResult;
  remove(key: string): WriteResult;
  keys(): string[];
}

/** Chromium and WebKit say QuotaExceededError (code 22); Firefox NS_ERROR_DOM_QUOTA_REACHED (1014). */
export function isQuotaError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

function classify(error: unknown): { failure: StorageFailure; detail: string } {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  if (isQuotaError(error)) return { failure: 'quota', detail };
  if (error && typeof error === 'object' && (error as { name?: unknown }).name === 'SecurityError') {
    return { failure: 'unavailable', detail };
  }
  return { failure: 'unknown', detail };
}

export function safeStorage(getStorage: () => Storage | null | undefined): SafeStorage {
  const storage = (): Storage => {
    const found = getStorage();
    if (!found) throw Object.assign(new Error('localStorage is not available'), { name: 'SecurityError' });
    return found;
  };
  return {
    read(key) {
      try {
        return { ok: true, value: storage().getItem(key) };
      } catch (error) {
        return { ok: false, ...classify(error) };
      }
    },
    write(key, value) {
      try {
        storage().setItem(key, value);
        return { ok: true };
      } catch (error) {
        return { ok: false, ...classify(error) };
      }
    },
    remove(key) {
      try {
        storage().removeItem(key);
        return { ok: true };
      } catch (error) {
        return { ok: false, ...classify(error) };
      }
    },
    keys() {
      try {
        const found = storage();
        return Array.from({ length: found.length }, (_, i) => found.key(i)).filter((k): k is string => k !== null);
      } catch {
        return [];
      }
    },
  };
}

/** The page's localStorage; merely touching `window.localStorage` throws when storage is blocked. */
export const browserStorage = (): SafeStorage =>
  safeStorage(() => (typeof window === 'undefined' ? null : window.localStorage));

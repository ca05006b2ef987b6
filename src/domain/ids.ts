/**
 * Short random ids; collisions are checked for wherever ids meet (import, duplicate).
 * getRandomValues rather than randomUUID: on a plain-HTTP LAN address (a workshop) the page is
 * not a secure context, and randomUUID is missing there.
 */
export function createId(prefix: string): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(6));
  return `${prefix}-${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

/** An id not in `taken`, derived from `wanted` so that it stays recognisable. */
export function uniqueId(wanted: string, taken: ReadonlySet<string>): string {
  if (!taken.has(wanted)) return wanted;
  for (let n = 2; ; n++) {
    const candidate = `${wanted.slice(0, 90)}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

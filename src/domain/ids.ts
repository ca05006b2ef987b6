/** Short random ids; collisions are checked for wherever ids meet (import, duplicate). */
export function createId(prefix: string): string {
  const random = globalThis.crypto.randomUUID().replace(/-/g, '').slice(0, 12);
  return `${prefix}-${random}`;
}

/** An id not in `taken`, derived from `wanted` so that it stays recognisable. */
export function uniqueId(wanted: string, taken: ReadonlySet<string>): string {
  if (!taken.has(wanted)) return wanted;
  for (let n = 2; ; n++) {
    const candidate = `${wanted.slice(0, 90)}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

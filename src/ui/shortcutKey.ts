/**
 * The key a letter shortcut sees, lower-cased. On a layout without Latin letters (Russian,
 * Kazakh) a letter counts as the Latin letter on the same physical key, so P, R or Ctrl+Z work
 * whichever layout is on; punctuation, and letters of a Latin layout, keep their own meaning.
 */
export function shortcutKey(key: string, code: string | undefined): string {
  const lower = key.toLowerCase();
  if (/^[a-z]$/.test(lower) || !/^\p{L}$/u.test(lower) || !code?.startsWith('Key')) return lower;
  return code.slice(3).toLowerCase();
}

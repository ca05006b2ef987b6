/** A value as a JSON file holds it; a key whose value is undefined is one the file leaves out. */
export type JsonValue = null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue | undefined };

const isJsonArray = (value: JsonValue): value is readonly JsonValue[] => Array.isArray(value);

const keysWithValues = (record: { readonly [key: string]: JsonValue | undefined }) => Object.keys(record).filter((key) => record[key] !== undefined);

/**
 * Whether two values are the same data once written as JSON. An object's keys are a set, so
 * their order does not count, and another tool or an edit that sets fields in another order
 * writes the same data; a key whose value is undefined counts as absent, as it is in the
 * written file. Arrays are sequences: their order counts.
 */
export function jsonEqual(a: JsonValue, b: JsonValue): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (isJsonArray(a) || isJsonArray(b)) {
    if (!isJsonArray(a) || !isJsonArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => jsonEqual(item, b[index]!));
  }
  const keys = keysWithValues(a);
  if (keys.length !== keysWithValues(b).length) return false;
  // Own keys only: a file's "__proto__": {} must not match the empty Object.prototype of the other.
  return keys.every((key) => Object.hasOwn(b, key) && b[key] !== undefined && jsonEqual(a[key]!, b[key]));
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonEqual, type JsonValue } from '../../src/domain/jsonEqual';
import type { Source } from '../../src/domain/schema';
import { source } from '../fixtures/builders';

/** The same value with the keys of every object in it, at any depth, in some other order. */
function withKeysShuffled(value: JsonValue): fc.Arbitrary<JsonValue> {
  if (value === null || typeof value !== 'object') return fc.constant(value);
  if (Array.isArray(value)) return fc.tuple(...value.map(withKeysShuffled));
  const entries = Object.entries(value as Record<string, JsonValue | undefined>);
  const shuffledValues = entries.map(([key, inner]) => (inner === undefined ? fc.constant([key, inner] as const) : withKeysShuffled(inner).map((copy) => [key, copy] as const)));
  return fc
    .tuple(...shuffledValues)
    .chain((copies) => fc.shuffledSubarray(copies, { minLength: copies.length, maxLength: copies.length }))
    .map((copies) => Object.fromEntries(copies));
}

/** What the file would say with every object's keys sorted: equal text, equal data. */
const canonicalJson = (value: JsonValue) =>
  JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : inner,
  );

// Few distinct values, so that two values drawn at random are often equal, or nearly so.
const { json: smallJson } = fc.letrec<{ json: JsonValue }>((tie) => ({
  json: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom<JsonValue>(null, 0, 1, '', 'a', true, false),
    fc.array(tie('json'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom('a', 'b', 'c'), fc.option(tie('json'), { nil: undefined }), { maxKeys: 3 }),
  ),
}));

const sources: fc.Arbitrary<Source> = fc.record({
  id: fc.constantFrom('a', 'b'),
  title: fc.constantFrom('One', 'Two'),
  authors: fc.array(fc.constantFrom('A. Author', 'B. Author'), { maxLength: 2 }),
  year: fc.option(fc.constantFrom(2020, 2024), { nil: null }),
  publisher: fc.option(fc.constant('Ministry'), { nil: null }),
  url: fc.option(fc.constant('https://example.org/report'), { nil: null }),
});

describe('jsonEqual', () => {
  it('counts the same keys in another order as the same data', () => {
    const report = source('report', { title: 'Report', authors: ['A. Author'], year: 2024 });
    const reordered = { url: null, year: 2024, publisher: null, authors: ['A. Author'], title: 'Report', id: 'report' };
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(report));
    expect(jsonEqual(reordered, report)).toBe(true);
    expect(jsonEqual({ outer: { b: 2, a: 1 } }, { outer: { a: 1, b: 2 } })).toBe(true);
  });

  it('tells values apart by any value inside them, however deep', () => {
    expect(jsonEqual({ outer: { list: [{ a: 1 }] } }, { outer: { list: [{ a: 2 }] } })).toBe(false);
    expect(jsonEqual(source('report', { authors: ['A. Author'] }), source('report', { authors: ['B. Author'] }))).toBe(false);
    expect(jsonEqual({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(jsonEqual({ a: null }, {})).toBe(false);
    expect(jsonEqual({ a: '1' }, { a: 1 })).toBe(false);
  });

  it('compares arrays in order, and never as objects', () => {
    expect(jsonEqual(['A. Author', 'B. Author'], ['B. Author', 'A. Author'])).toBe(false);
    expect(jsonEqual([1, 2], [1, 2, 3])).toBe(false);
    expect(jsonEqual([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(jsonEqual({ 0: 1, 1: 2 }, [1, 2])).toBe(false);
  });

  it('counts a key whose value is undefined as absent, as it is once written', () => {
    expect(jsonEqual({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(jsonEqual({ a: 1 }, { a: 1, b: undefined })).toBe(true);
    expect(jsonEqual({ a: undefined }, { b: undefined })).toBe(true);
  });

  it('finds only the objects’ own keys, not those of Object.prototype', () => {
    expect(jsonEqual(JSON.parse('{ "__proto__": {} }') as JsonValue, { other: 1 })).toBe(false);
    expect(jsonEqual(JSON.parse('{ "__proto__": {} }') as JsonValue, JSON.parse('{ "__proto__": {} }') as JsonValue)).toBe(true);
    expect(jsonEqual({ toString: undefined, a: 1 }, { a: 1 })).toBe(true);
  });

  it('never changes its answer when a source’s keys come in another order', () => {
    const sourceAndReordered = sources.chain((original) => fc.tuple(fc.constant(original), withKeysShuffled(original)));
    fc.assert(
      fc.property(sourceAndReordered, sources, ([original, reordered], other) => {
        expect(jsonEqual(reordered, original)).toBe(true);
        expect(jsonEqual(reordered, other)).toBe(jsonEqual(original, other));
        expect(jsonEqual(other, reordered)).toBe(jsonEqual(other, original));
      }),
    );
  });

  it('says equal exactly when the values written with sorted keys are the same text, at any key order, and once written and read back', () => {
    const valueAndReordered = smallJson.chain((original) => fc.tuple(fc.constant(original), withKeysShuffled(original)));
    fc.assert(
      fc.property(valueAndReordered, smallJson, ([original, reordered], other) => {
        const sameText = canonicalJson(original) === canonicalJson(other);
        expect(jsonEqual(original, other)).toBe(sameText);
        expect(jsonEqual(other, original)).toBe(sameText);
        expect(jsonEqual(reordered, other)).toBe(sameText);
        expect(jsonEqual(reordered, original)).toBe(true);
        expect(jsonEqual(JSON.parse(JSON.stringify(reordered)) as JsonValue, original)).toBe(true);
      }),
    );
  });
});

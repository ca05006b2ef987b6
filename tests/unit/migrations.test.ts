import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { parseDocument } from '../../src/domain/document';
import { migrate, MIGRATIONS, OLDEST_VERSION } from '../../src/domain/migrations';
import { FORMAT_VERSION, MatrixDocumentSchema } from '../../src/domain/schema';

const fixtureText = readFileSync(join(import.meta.dirname, '../fixtures/format-v1.json'), 'utf8');
const fixture = (): any => JSON.parse(fixtureText);

describe('the version-1 fixture', () => {
  it('really is a version-1 document: no factor has votes, so it fails the current schema as it stands', () => {
    const old = fixture();
    expect(old.version).toBe(1);
    const factors = old.scenarios.flatMap((s: any) => s.factors);
    expect(factors.length).toBeGreaterThan(0);
    expect(factors.some((f: any) => 'votes' in f)).toBe(false);
    expect(v.is(MatrixDocumentSchema, { ...old, version: FORMAT_VERSION })).toBe(false);
  });
});

describe('migrate', () => {
  it('brings a version-1 document to the current version, giving every factor zero votes', () => {
    const result = migrate(fixture());
    if (result.type !== 'ok') throw new Error(result.message);
    expect(result.migratedFrom).toBe(1);
    expect(result.document.version).toBe(FORMAT_VERSION);
    const migrated = result.document as any;
    const before = fixture();
    migrated.scenarios.forEach((s: any, i: number) => {
      s.factors.forEach((f: any, j: number) => {
        expect(f.votes).toBe(0);
        const { votes: _votes, ...rest } = f;
        expect(rest).toEqual(before.scenarios[i].factors[j]);
      });
    });
    expect(v.is(MatrixDocumentSchema, migrated)).toBe(true);
  });

  it('does not change the document it is given', () => {
    const input = fixture();
    migrate(input);
    expect(input).toEqual(fixture());
  });

  it('keeps votes a version-1 factor somehow already had', () => {
    const old = fixture();
    old.scenarios[0].factors[0].votes = 4;
    const result = migrate(old);
    expect(result.type === 'ok' && (result.document as any).scenarios[0].factors[0].votes).toBe(4);
  });

  it('leaves a current-version document as it is', () => {
    const current = { ...fixture(), version: FORMAT_VERSION };
    const result = migrate(current);
    expect(result).toEqual({ type: 'ok', document: current, migratedFrom: null });
  });

  it.each([
    ['0', 'unknown-version', 0],
    ['"abc"', 'unknown-version', 'abc'],
    ['1.5', 'unknown-version', 1.5],
    ['missing', 'unknown-version', undefined],
    ['null', 'unknown-version', null],
    ['"2" (a string)', 'unknown-version', '2'],
    ['99', 'newer-version', 99],
    ['one above the current', 'newer-version', FORMAT_VERSION + 1],
  ] as const)('refuses version %s as %s', (_label, reason, version) => {
    const result = migrate({ ...fixture(), version });
    expect(result).toMatchObject({ type: 'error', reason });
    expect(result.type === 'error' && result.message.length).toBeGreaterThan(0);
  });

  it('tells the user a newer version wrote the data', () => {
    const result = migrate({ ...fixture(), version: 99 });
    expect(result.type === 'error' && result.message).toMatch(/newer version of the app \(format 99; this one reads up to 3\)/);
  });
});

describe('MIGRATIONS', () => {
  it('runs in strict order, one version at a time, from the oldest version to the current one', () => {
    expect(MIGRATIONS.length).toBe(FORMAT_VERSION - OLDEST_VERSION);
    MIGRATIONS.forEach((migration, i) => expect(migration.from).toBe(OLDEST_VERSION + i));
    expect(MIGRATIONS.at(-1)?.from).toBe(FORMAT_VERSION - 1);
  });

  it('names every migration, each name once', () => {
    const names = MIGRATIONS.map((m) => m.name);
    expect(names.every((n) => /^[a-z0-9-]+$/.test(n))).toBe(true);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('reading a version-1 file', () => {
  it('reads it as a valid current document and says it was migrated', () => {
    const result = parseDocument(fixtureText);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.migratedFrom).toBe(1);
    expect(result.warnings).toEqual([]);
    expect(result.document.version).toBe(FORMAT_VERSION);
    expect(v.is(MatrixDocumentSchema, result.document)).toBe(true);
    expect(result.document.scenarios.map((s) => s.id)).toEqual(['workshop-2023', 'empty-draft']);
    expect(result.document.scenarios[0]!.factors.map((f) => f.votes)).toEqual([0, 0, 0]);
    expect(result.document.scenarios[0]!.factors[1]!.citations[0]!.quoteTranslation).toBe('A shortage of qualified AI specialists');
  });

  it.each([
    ['the scenarios list', (d: any) => (d.scenarios = 'none'), '$.scenarios'],
    ['a factors list', (d: any) => (d.scenarios[0].factors = { f: 1 }), '$.scenarios[0].factors'],
    ['a factor', (d: any) => (d.scenarios[0].factors[1] = null), '$.scenarios[0].factors[1]'],
  ])('refuses a file whose %s has the wrong type, naming its path instead of emptying it', (_label, breakIt, path) => {
    const d = fixture();
    breakIt(d);
    const result = parseDocument(JSON.stringify(d));
    expect(result.ok).toBe(false);
    expect(result.ok === false && result.errors[0]!.path).toBe(path);
  });
});

/**
 * The hostile-input corpus (tests/fixtures/hostile): every file either gets a clear error that
 * points at where the problem is, or is imported safely. The expected outcome of each file is
 * written out below, decided from the format's rules, not read back from the implementation.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { describe, expect, it, vi } from 'vitest';
import { parseDocument, type ParseResult, serializeDocument, toDocument, workspaceFromDocument } from '../../src/domain/document';
import { importDocument } from '../../src/domain/importDocument';
import { LIMITS } from '../../src/domain/limits';
import { type MatrixDocument, MatrixDocumentSchema } from '../../src/domain/schema';
import { readImportFile } from '../../src/io/importFile';
import { deepFreeze } from '../fixtures/builders';
import { existingDocument, hugeDocumentText, manyFactorsText, MiB } from '../fixtures/hostile/generate';

const CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/hostile');

type Expected =
  | { outcome: 'error'; path: string; message: RegExp; newerVersion?: true }
  | {
      outcome: 'ok';
      /** Factor count of each scenario, in order. */
      factors: number[];
      /** Paths of the repairs the user is told about; [] when the file is clean. */
      warnings: string[];
      /** Text that must come through exactly as written. */
      keeps?: (document: MatrixDocument) => void;
    };

const firstFactor = (document: MatrixDocument) => document.scenarios[0]!.factors[0]!;

const EXPECTED: Record<string, Expected> = {
  // Not JSON at all.
  'truncated.json': { outcome: 'error', path: '$', message: /not valid JSON/ },
  'empty.json': { outcome: 'error', path: '$', message: /not valid JSON/ },
  'control-chars-raw.json': { outcome: 'error', path: '$', message: /not valid JSON/ },
  // JSON, but not this format or not this version.
  'not-an-object.json': { outcome: 'error', path: '$', message: /JSON object/ },
  'unknown-format.json': { outcome: 'error', path: '$.format', message: /swot-pest-matrix/ },
  'future-version.json': { outcome: 'error', path: '$.version', message: /newer version/, newerVersion: true },
  'wrong-version-type.json': { outcome: 'error', path: '$.version', message: /version "2"/ },
  // The format, with wrong or missing values.
  'wrong-types.json': { outcome: 'error', path: '$.scenarios[0].factors[0].title', message: /title should be string/ },
  'missing-fields.json': { outcome: 'error', path: '$.scenarios[0].factors[0].pest', message: /pest is missing/ },
  'missing-sources.json': { outcome: 'error', path: '$.sources', message: /sources is missing/ },
  'long-title.json': { outcome: 'error', path: '$.scenarios[0].factors[0].title', message: /at most 200 characters/ },
  'control-chars.json': { outcome: 'error', path: '$.scenarios[0].factors[0].title', message: /control characters/ },
  'javascript-url.json': { outcome: 'error', path: '$.sources[0].url', message: /http:\/\/ or https:\/\// },
  'data-url.json': { outcome: 'error', path: '$.sources[0].url', message: /http:\/\/ or https:\/\// },
  'duplicate-source-ids.json': { outcome: 'error', path: '$.sources[1].id', message: /repeats the source id "src-1"/ },
  'broken-citation.json': { outcome: 'error', path: '$.scenarios[0].factors[0].citations[0].sourceId', message: /src-missing/ },
  // Shapes meant to hurt the reader itself.
  'deep-nesting.json': { outcome: 'error', path: '$.scenarios[0].details.a.a.a.a.a.a.a.a.a.a', message: /nested more than 12 levels/ },
  'deep-nesting-arrays.json': { outcome: 'error', path: '$.sources[0][0][0][0][0][0][0][0][0][0][0][0]', message: /nested more than 12 levels/ },
  'proto-key.json': { outcome: 'error', path: '$.__proto__', message: /"__proto__" is not allowed/ },
  'proto-key-nested.json': { outcome: 'error', path: '$.scenarios[0].factors[0].__proto__', message: /"__proto__" is not allowed/ },
  'constructor-key.json': { outcome: 'error', path: '$.scenarios[0].constructor', message: /"constructor" is not allowed/ },
  // Valid files that must come through safely, text exactly as written.
  'duplicate-factor-ids.json': {
    outcome: 'ok',
    factors: [3],
    // Only the repeat is renamed; the factor already called "h-dup-2" keeps its id.
    warnings: ['$.scenarios[0].factors[1].id'],
    keeps: (document) => {
      const factors = document.scenarios[0]!.factors;
      expect(factors.map((f) => f.title)).toEqual(['First of two', 'Second of two', 'Already named like a repair']);
      expect(factors[0]!.id).toBe('h-dup');
      expect(factors[2]!.id).toBe('h-dup-2');
    },
  },
  'duplicate-scenario-ids.json': { outcome: 'ok', factors: [1, 1], warnings: ['$.scenarios[1].id'] },
  'unknown-keys.json': {
    outcome: 'ok',
    factors: [1],
    warnings: ['$.scenarios[0].factors[0].colour', '$.scenarios[0].factors[0].onclick', '$.scenarios[0].owner', '$.exportedBy'],
    keeps: (document) => {
      // Unknown fields are dropped, not carried along.
      expect(Object.keys(firstFactor(document)).sort()).toEqual(['citations', 'id', 'impact', 'note', 'pest', 'swot', 'tags', 'title', 'votes']);
      expect(Object.keys(document.scenarios[0]!).sort()).toEqual(['description', 'factors', 'id', 'name', 'strategies']);
    },
  },
  'markup-in-text.json': {
    outcome: 'ok',
    factors: [2],
    warnings: [],
    keeps: (document) => {
      expect(firstFactor(document).title).toBe('<img src=x onerror="window.__pwned=1">');
      expect(document.scenarios[0]!.name).toBe('<script>window.__pwned=4</script> scenario');
    },
  },
  'rtl.json': {
    outcome: 'ok',
    factors: [2],
    warnings: [],
    keeps: (document) => {
      expect(firstFactor(document).title).toBe('الاستثمار في الذكاء الاصطناعي');
      expect(document.scenarios[0]!.factors[1]!.note).toContain('\u202Egnp.exe\u202C');
    },
  },
  'emoji.json': {
    outcome: 'ok',
    factors: [2],
    warnings: [],
    keeps: (document) => expect(firstFactor(document).title).toBe('🚀 Launch 👩‍👩‍👧‍👦 family ZWJ'),
  },
  'kazakh.json': {
    outcome: 'ok',
    factors: [2],
    warnings: [],
    keeps: (document) => {
      expect(firstFactor(document).title).toBe('Қазақстандағы жасанды интеллект стратегиясы');
      expect(document.scenarios[0]!.name).toBe('Қазақстан сценарийі');
    },
  },
  'russian.json': {
    outcome: 'ok',
    factors: [2],
    warnings: [],
    keeps: (document) => expect(firstFactor(document).note).toBe('Ёлки, щи, объём — «кавычки» и — тире'),
  },
  // Browsers drop a UTF-8 byte order mark when they read a file as text.
  'utf8-bom.json': { outcome: 'ok', factors: [1], warnings: [] },
};

const corpusFiles = () =>
  readdirSync(CORPUS_DIR)
    .filter((name) => name.endsWith('.json'))
    .sort();

const fileOf = (name: string, content: Buffer | string) =>
  new File([typeof content === 'string' ? content : new Uint8Array(content)], name, { type: 'application/json' });

/** A JSON path as the app writes them: `$`, then `.key` and `[index]` steps. */
const JSON_PATH = /^\$((\.[^.[\]\s]+)|(\[\d+\]))*$/;

function expectClearErrors(result: ParseResult): asserts result is Extract<ParseResult, { ok: false }> {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.errors.length).toBeGreaterThan(0);
  for (const error of result.errors) {
    expect(error.path).toMatch(JSON_PATH);
    // Words a person can read, not a dump of the offending data.
    expect(error.message).toMatch(/[a-z]{3,} [a-z]{2,}/i);
    expect(error.message.length).toBeLessThan(300);
    expect(error.message).not.toMatch(/\[object |undefined is not|TypeError/);
  }
}

function expectValidDocument(document: MatrixDocument): void {
  expect(v.safeParse(MatrixDocumentSchema, document).success).toBe(true);
  const scenarioIds = document.scenarios.map((s) => s.id);
  expect(new Set(scenarioIds).size).toBe(scenarioIds.length);
  for (const scenario of document.scenarios) {
    const ids = scenario.factors.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
  }
  const sourceIds = new Set(document.sources.map((s) => s.id));
  for (const factor of document.scenarios.flatMap((s) => s.factors)) {
    for (const citation of factor.citations) expect(sourceIds.has(citation.sourceId)).toBe(true);
  }
}

/** Imports into a frozen copy of the user's workspace: nothing already there may change. */
function expectSafeImport(document: MatrixDocument): void {
  const existing = deepFreeze(workspaceFromDocument(existingDocument()));
  const snapshot = structuredClone(existing);
  const { workspace, added } = importDocument(existing, document);
  expect(existing).toStrictEqual(snapshot);
  expect(workspace.scenarios.slice(0, existing.scenarios.length)).toStrictEqual(snapshot.scenarios);
  workspace.scenarios.slice(0, existing.scenarios.length).forEach((scenario, i) => expect(scenario).toBe(existing.scenarios[i]));
  expect(workspace.sources.slice(0, existing.sources.length)).toStrictEqual(snapshot.sources);
  expect(added.map((a) => a.factorCount)).toEqual(document.scenarios.map((s) => s.factors.length));
  expect(workspace.scenarios).toHaveLength(existing.scenarios.length + document.scenarios.length);
  // The combined workspace is still a document the app can read back.
  const reread = parseDocument(serializeDocument(toDocument(workspace)));
  expect(reread.ok).toBe(true);
  if (reread.ok) expectValidDocument(reread.document);
}

describe('the hostile-input corpus', () => {
  it('holds exactly the files this test has an expectation for', () => {
    expect(corpusFiles()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.keys(EXPECTED).sort())('%s: a clear error or a safe import', async (name) => {
    const expected = EXPECTED[name]!;
    const bytes = readFileSync(join(CORPUS_DIR, name));
    const result = await readImportFile(fileOf(name, bytes));
    // The stored-data path reads text the way the browser decodes a file.
    expect(parseDocument(new TextDecoder().decode(bytes))).toEqual(result);

    if (expected.outcome === 'error') {
      expectClearErrors(result);
      expect(result.errors).toContainEqual(expect.objectContaining({ path: expected.path, message: expect.stringMatching(expected.message) }));
      expect(result.newerVersion === true).toBe(expected.newerVersion === true);
      return;
    }
    if (!result.ok) throw new Error(`expected ${name} to import, got ${JSON.stringify(result.errors)}`);
    expectValidDocument(result.document);
    expect(result.document.scenarios.map((s) => s.factors.length)).toEqual(expected.factors);
    expect(result.warnings.map((w) => w.path).sort()).toEqual([...expected.warnings].sort());
    for (const warning of result.warnings) expect(warning.message).toMatch(/[a-z]{3,} [a-z]{2,}/i);
    expected.keeps?.(result.document);
    expectSafeImport(result.document);
  });

  it('reading the whole corpus leaves Object.prototype alone', async () => {
    for (const name of corpusFiles()) await readImportFile(fileOf(name, readFileSync(join(CORPUS_DIR, name))));
    const probe: Record<string, unknown> = {};
    expect(probe.polluted).toBeUndefined();
    expect(probe.isAdmin).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
  });
});

describe('generated hostile files (too big to commit)', () => {
  it('a 20 MB file is refused by its size, before any of it is read', { timeout: 60_000 }, async () => {
    const text = hugeDocumentText();
    expect(text.length).toBeGreaterThanOrEqual(20 * MiB);
    const file = fileOf('big-20mb.json', text);
    const read = vi.spyOn(file, 'text');
    const result = await readImportFile(file);
    expect(read).not.toHaveBeenCalled();
    expect(result).toMatchObject({
      ok: false,
      // The size error points at the file itself rather than at a place inside it.
      errors: [{ path: 'big-20mb.json', message: expect.stringMatching(/^is 2\d\.\d MB; files up to 5\.0 MB can be imported$/) }],
    });
    // Size is its only fault: the same text, handed to the parser directly, is a valid document.
    const parsed = parseDocument(text);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.document.scenarios[0]!.factors.length).toBeGreaterThan(1_000);
  });

  it('100,000 factors are refused, by size as a file and by count as text', { timeout: 60_000 }, async () => {
    const text = manyFactorsText();
    expect(text.length).toBeGreaterThan(LIMITS.fileBytes);
    const file = fileOf('factors-100k.json', text);
    const read = vi.spyOn(file, 'text');
    const fromFile = await readImportFile(file);
    expect(read).not.toHaveBeenCalled();
    expect(fromFile.ok).toBe(false);
    if (!fromFile.ok) expect(fromFile.errors).toMatchObject([{ path: 'factors-100k.json', message: expect.stringMatching(/MB; files up to 5\.0 MB/) }]);

    const fromText = parseDocument(text);
    expectClearErrors(fromText);
    expect(fromText.errors).toMatchObject([{ path: '$.scenarios', message: `hold 100000 factors; the limit is ${LIMITS.factorsInDocument}` }]);
  });
});

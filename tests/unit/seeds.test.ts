import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_CELLS, cellLabel } from '../../src/domain/axes';
import { compareScenarios } from '../../src/domain/diff';
import { readDocument } from '../../src/domain/document';
import type { MatrixDocument, Scenario } from '../../src/domain/schema';
import { BASELINE_SEED_ID, loadSeeds } from '../../src/io/seeds';
import { cellIds } from '../fixtures/builders';

const projectRoot = join(import.meta.dirname, '../..');
const SEED_FILES = ['table1', 'baseline', 'concept-2029', 'compute-blocked'] as const;

const sharedSources: Array<{ id: string }> = JSON.parse(
  readFileSync(join(projectRoot, '../shared/seeds/sources.json'), 'utf8'),
).sources;
const SOURCE_IDS = sharedSources.map((s) => s.id);

const rawSeed = (name: string): unknown => JSON.parse(readFileSync(join(projectRoot, 'seed-data', `${name}.json`), 'utf8'));

function readSeed(name: string): MatrixDocument {
  const result = readDocument(rawSeed(name));
  if (!result.ok) throw new Error(`${name}.json is invalid: ${result.errors.map((e) => `${e.path} ${e.message}`).join('; ')}`);
  return result.document;
}

function seedScenario(name: string, id: string): Scenario {
  const found = readSeed(name).scenarios.find((s) => s.id === id);
  if (!found) throw new Error(`${name}.json has no scenario "${id}"`);
  return found;
}

const citationsOf = (document: MatrixDocument) =>
  document.scenarios.flatMap((s) => s.factors.flatMap((f) => f.citations.map((c) => ({ scenario: s.id, factor: f.id, ...c }))));

describe('the shared source list', () => {
  it('names the five seed documents', () => {
    expect(SOURCE_IDS).toHaveLength(5);
    expect(new Set(SOURCE_IDS).size).toBe(5);
  });
});

describe.each(SEED_FILES)('seed file %s.json', (name) => {
  it('validates without errors or warnings', () => {
    const result = readDocument(rawSeed(name));
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(result.ok && result.warnings).toEqual([]);
  });

  it('cites only known sources', () => {
    const unknown = citationsOf(readSeed(name)).filter((c) => !SOURCE_IDS.includes(c.sourceId));
    expect(unknown.map((c) => `${c.factor} -> ${c.sourceId}`)).toEqual([]);
  });

  it('quotes between 20 and 300 characters in every citation', () => {
    const outside = citationsOf(readSeed(name)).filter((c) => c.quote.length < 20 || c.quote.length > 300);
    expect(outside.map((c) => `${c.factor}: ${c.quote.length} chars`)).toEqual([]);
  });

  it('keeps every factor title to 80 characters at most', () => {
    const long = readSeed(name).scenarios.flatMap((s) => s.factors).filter((f) => f.title.length > 80);
    expect(long.map((f) => `${f.id}: ${f.title.length} chars`)).toEqual([]);
  });
});

describe('the Table 1 scenario', () => {
  it('has sixteen factors, one in each cell', () => {
    const table1 = seedScenario('table1', 'seed-table1');
    expect(table1.factors).toHaveLength(16);
    for (const c of ALL_CELLS) expect(cellIds(table1, c), cellLabel(c)).toHaveLength(1);
  });
});

describe('the baseline scenario', () => {
  const baseline = () => seedScenario('baseline', BASELINE_SEED_ID);

  it('has at least 60 factors', () => {
    expect(baseline().factors.length).toBeGreaterThanOrEqual(60);
  });

  it('has at least 3 factors in every cell', () => {
    const thin = ALL_CELLS.filter((c) => cellIds(baseline(), c).length < 3).map(cellLabel);
    expect(thin).toEqual([]);
  });

  it.each(SOURCE_IDS)('cites %s at least 5 times', (sourceId) => {
    const count = baseline().factors.flatMap((f) => f.citations).filter((c) => c.sourceId === sourceId).length;
    expect(count).toBeGreaterThanOrEqual(5);
  });
});

describe.each([
  ['concept-2029', 'seed-concept-2029'],
  ['compute-blocked', 'seed-compute-blocked'],
])('the alternative %s', (file, id) => {
  it('is a fork of the baseline: it moves some of its factors and adds new ones', () => {
    const diff = compareScenarios(seedScenario('baseline', BASELINE_SEED_ID), seedScenario(file, id));
    expect(diff.moved.length).toBeGreaterThan(0);
    expect(diff.onlyInB.length).toBeGreaterThan(0);
  });
});

describe('loadSeeds', () => {
  it('gathers all seed scenarios into one valid document, each scenario once', async () => {
    const seeds = await loadSeeds();
    const ids = seeds.scenarios.map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining(['seed-baseline', 'seed-table1', 'seed-concept-2029', 'seed-compute-blocked']));
    expect(new Set(ids).size).toBe(ids.length);
    const reread = readDocument(JSON.parse(JSON.stringify(seeds)));
    expect(reread.ok ? [] : reread.errors).toEqual([]);
  });
});

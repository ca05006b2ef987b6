import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { TOWS_QUADRANTS } from '../../src/domain/axes';
import { compareScenarios, diffToJson } from '../../src/domain/diff';
import { parseDocument, readDocument, serializeDocument, toDocument } from '../../src/domain/document';
import { migrate, MIGRATIONS } from '../../src/domain/migrations';
import { FORMAT_VERSION, MatrixDocumentSchema, type Scenario } from '../../src/domain/schema';
import { MatrixDoc } from '../../src/doc/matrixDoc';
import { factorsOf, roots, STRATEGIES } from '../../src/doc/layout';
import { setEvidence } from '../../src/domain/strategy/evidenceLabels';
import { ieCell } from '../../src/domain/strategy/ieMatrix';
import { setLikelihood, setSignificanceThreshold } from '../../src/domain/strategy/significanceEdits';
import { addStrategy, moveStrategy, removeStrategy, updateStrategy } from '../../src/domain/strategy/strategies';
import { quadrantStrategies, strategyStatus } from '../../src/domain/strategy/tows';
import { evaluateMatrix, isRatingInBand, normaliseWeights, setRating, setWeight } from '../../src/domain/strategy/weighting';
import { cell, citation, factor, scenario, source, workspace } from '../fixtures/builders';

const root = join(import.meta.dirname, '../..');
const v2Text = readFileSync(join(root, 'tests/fixtures/format-v2.json'), 'utf8');

describe('the migration from version 2 to 3', () => {
  it('is the named last step', () => {
    expect(FORMAT_VERSION).toBe(3);
    expect(MIGRATIONS.at(-1)).toMatchObject({ name: 'add-strategies-and-weighting', from: 2 });
  });

  it('gives every scenario an empty list of strategies and leaves every factor as it was, its new fields unset', () => {
    const before = JSON.parse(v2Text);
    const result = migrate(JSON.parse(v2Text));
    if (result.type !== 'ok') throw new Error(result.message);
    expect(result.migratedFrom).toBe(2);
    const migrated = result.document as any;
    expect(migrated.version).toBe(3);
    migrated.scenarios.forEach((s: any, i: number) => {
      expect(s.strategies).toEqual([]);
      expect(s.factors).toEqual(before.scenarios[i].factors);
      for (const f of s.factors) for (const key of ['weight', 'rating', 'likelihood']) expect(key in f).toBe(false);
    });
    expect(v.is(MatrixDocumentSchema, migrated)).toBe(true);
  });

  it('keeps strategies an old file somehow already had', () => {
    const old = JSON.parse(v2Text);
    old.scenarios[0].strategies = [{ id: 'kept', title: 'Kept', note: '', quadrant: 'SO', factorIds: [] }];
    const result = migrate(old);
    expect(result.type === 'ok' && (result.document as any).scenarios[0].strategies[0].id).toBe('kept');
  });

  it('reads a version-2 file, and a version-1 file, as current documents', () => {
    for (const text of [v2Text, readFileSync(join(root, 'tests/fixtures/format-v1.json'), 'utf8')]) {
      const result = parseDocument(text);
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      expect(result.document.version).toBe(FORMAT_VERSION);
      expect(result.warnings).toEqual([]);
      expect(result.document.scenarios.every((s) => Array.isArray(s.strategies))).toBe(true);
    }
  });

  it('refuses values off the new fields’ scales on import, naming the path', () => {
    const doc = JSON.parse(v2Text);
    doc.version = 3;
    doc.scenarios.forEach((s: any) => (s.strategies = []));
    doc.scenarios[0].factors[0].rating = 5;
    const result = readDocument(doc);
    expect(result.ok === false && result.errors[0]).toMatchObject({ path: '$.scenarios[0].factors[0].rating' });
  });
});

// ---- the seeds ----

const SEEDS = ['baseline', 'concept-2029', 'compute-blocked'] as const;
function seedScenario(name: string): Scenario {
  const result = readDocument(JSON.parse(readFileSync(join(root, 'seed-data', `${name}.json`), 'utf8')));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.document.scenarios[0]!;
}

describe.each(SEEDS)('the seeded IFE/EFE and strategies of %s', (name) => {
  const s = seedScenario(name);

  it.each(['ife', 'efe'] as const)('has a complete %s: every factor weighted and rated in its band, weights summing to 1.00', (matrix) => {
    const evaluation = evaluateMatrix(s, matrix);
    expect(evaluation.missingWeights).toBe(0);
    expect(evaluation.missingRatings).toBe(0);
    expect(evaluation.factors.filter((row) => !isRatingInBand(row.factor.swot, row.rating!)).map((row) => row.factor.id)).toEqual([]);
    expect(evaluation.weightsSumToOne).toBe(true);
    expect(evaluation.complete).toBe(true);
  });

  it('places its totals in the IE matrix', () => {
    expect(ieCell(evaluateMatrix(s, 'ife').total, evaluateMatrix(s, 'efe').total).ok).toBe(true);
  });

  it('has only complete strategies, each linking existing factors', () => {
    const problems = s.strategies.map((st) => strategyStatus(s, st)).filter((st) => !st.complete || st.missingFactorIds.length > 0);
    expect(problems.map((st) => `${st.strategy.id}: missing ${st.missingParts.join(', ')} ${st.missingFactorIds.join(', ')}`)).toEqual([]);
    expect(s.strategies.length).toBeGreaterThan(0);
  });

  it('labels every citation', () => {
    const unlabelled = s.factors.flatMap((f) => f.citations.filter((c) => c.evidence === undefined).map(() => f.id));
    expect(unlabelled).toEqual([]);
  });
});

describe('the baseline seed', () => {
  it('has at least two strategies in every TOWS quadrant', () => {
    const s = seedScenario('baseline');
    for (const quadrant of TOWS_QUADRANTS) expect(quadrantStrategies(s, quadrant).length, quadrant).toBeGreaterThanOrEqual(2);
  });

  it('differs from each alternative in weights, ratings and strategies, as Compare reports', () => {
    const baseline = seedScenario('baseline');
    for (const name of ['concept-2029', 'compute-blocked']) {
      const diff = compareScenarios(baseline, seedScenario(name));
      expect(diff.edited.some((e) => e.fields.includes('rating'))).toBe(true);
      expect(diff.edited.some((e) => e.fields.includes('weight'))).toBe(true);
      expect(diff.strategies.edited.length + diff.strategies.moved.length + diff.strategies.onlyInB.length).toBeGreaterThan(0);
    }
  });
});

// ---- the Y.Doc ----

const PS = cell('political', 'strengths');
const EO = cell('economic', 'opportunities');

function start(): MatrixDoc {
  const doc = new MatrixDoc();
  doc.load(workspace([scenario('one', [factor('s1', PS, { impact: 4, citations: [citation('src')] }), factor('o1', EO)])], [source('src')]));
  return doc;
}

/** One user command: a scenario operation applied as one transaction. */
function edit(doc: MatrixDoc, op: (s: Scenario) => ReturnType<typeof setWeight>): void {
  const content = doc.content();
  const result = op(content.scenarios[0]!);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  doc.apply({ ...content, scenarios: [result.value, ...content.scenarios.slice(1)] });
}

const current = (doc: MatrixDoc) => doc.content().scenarios[0]!;
const replicaOf = (base: MatrixDoc): MatrixDoc => {
  const doc = new MatrixDoc();
  Y.applyUpdate(doc.ydoc, Y.encodeStateAsUpdate(base.ydoc));
  return doc;
};
function exchange(a: MatrixDoc, b: MatrixDoc): void {
  Y.applyUpdate(b.ydoc, Y.encodeStateAsUpdate(a.ydoc, Y.encodeStateVector(b.ydoc)), 'remote');
  Y.applyUpdate(a.ydoc, Y.encodeStateAsUpdate(b.ydoc, Y.encodeStateVector(a.ydoc)), 'remote');
}

describe('the new fields in the Y.Doc', () => {
  it('round-trip weights, ratings, likelihood, evidence, the threshold and strategies, and export exactly what was loaded', () => {
    const doc = start();
    edit(doc, (s) => setWeight(s, 's1', 0.25));
    edit(doc, (s) => setRating(s, 's1', 4));
    edit(doc, (s) => setLikelihood(s, 's1', 3));
    edit(doc, (s) => setEvidence(s, 's1', 0, 'fact'));
    edit(doc, (s) => setSignificanceThreshold(s, 12));
    edit(doc, (s) => addStrategy(s, 'SO', { id: 'st', title: 'Use it', note: 'Why', factorIds: ['s1', 'o1'] }));
    const s = current(doc);
    expect(s.factors[0]).toMatchObject({ weight: 0.25, rating: 4, likelihood: 3 });
    expect(s.factors[0]!.citations[0]!.evidence).toBe('fact');
    expect(s.significanceThreshold).toBe(12);
    expect(s.strategies).toEqual([{ id: 'st', title: 'Use it', note: 'Why', quadrant: 'SO', factorIds: ['s1', 'o1'] }]);

    // Another replica built from the stored updates reads the same, and exports the same text.
    const replica = replicaOf(doc);
    expect(replica.content()).toEqual(doc.content());
    const text = (d: MatrixDoc) => serializeDocument(toDocument({ ...d.content(), activeScenarioId: 'one' }));
    expect(text(replica)).toBe(text(doc));
    const reread = parseDocument(text(doc));
    expect(reread.ok && reread.document.scenarios).toEqual(doc.content().scenarios);
  });

  it('undoes each change as one step, clearing a field that was unset before', () => {
    const doc = start();
    edit(doc, (s) => setWeight(s, 's1', 0.4));
    edit(doc, (s) => setRating(s, 's1', 3));
    edit(doc, (s) => setEvidence(s, 's1', 0, 'inference'));
    doc.undoManager.undo();
    expect(current(doc).factors[0]!.citations[0]!.evidence).toBeUndefined();
    doc.undoManager.undo();
    expect('rating' in current(doc).factors[0]!).toBe(false);
    doc.undoManager.undo();
    expect('weight' in current(doc).factors[0]!).toBe(false);
    doc.undoManager.redo();
    expect(current(doc).factors[0]!.weight).toBe(0.4);
  });

  it('deletes the entry when a field is cleared, so nothing stale is left for another replica', () => {
    const doc = start();
    edit(doc, (s) => setWeight(s, 's1', 0.4));
    edit(doc, (s) => setWeight(s, 's1', null));
    const record = factorsOf(roots(doc.ydoc).scenarios.get('one')!).get('s1')!;
    expect(record.has('weight')).toBe(false);
    expect('weight' in current(doc).factors[0]!).toBe(false);
  });

  it('normalises weights in one undoable step', () => {
    const doc = start();
    edit(doc, (s) => normaliseWeights(s, 'ife'));
    expect(current(doc).factors[0]!.weight).toBe(1);
    expect(doc.undoManager.undoStack).toHaveLength(1);
    doc.undoManager.undo();
    expect('weight' in current(doc).factors[0]!).toBe(false);
  });

  it('undoes adding, editing, moving and deleting a strategy, one step each', () => {
    const doc = start();
    edit(doc, (s) => addStrategy(s, 'SO', { id: 'a', title: 'A', factorIds: ['s1', 'o1'] }));
    edit(doc, (s) => addStrategy(s, 'SO', { id: 'b', title: 'B' }));
    edit(doc, (s) => updateStrategy(s, 'a', { title: 'A, renamed' }));
    edit(doc, (s) => moveStrategy(s, 'a', 'WT', 0));
    edit(doc, (s) => removeStrategy(s, 'b'));
    const snapshot = () => current(doc).strategies.map((st) => `${st.id}:${st.quadrant}:${st.title}`);
    expect(snapshot()).toEqual(['a:WT:A, renamed']);
    doc.undoManager.undo();
    expect(snapshot()).toEqual(['b:SO:B', 'a:WT:A, renamed']);
    doc.undoManager.undo();
    expect(snapshot()).toEqual(['a:SO:A, renamed', 'b:SO:B']);
    doc.undoManager.undo();
    expect(snapshot()).toEqual(['a:SO:A', 'b:SO:B']);
    doc.undoManager.undo();
    doc.undoManager.undo();
    expect(snapshot()).toEqual([]);
  });

  it('keeps both strategies when two replicas add one at the same moment, and one place when both move the same', () => {
    const base = start();
    edit(base, (s) => addStrategy(s, 'SO', { id: 'shared', title: 'Shared' }));
    const [one, two] = [replicaOf(base), replicaOf(base)];
    edit(one, (s) => addStrategy(s, 'ST', { id: 'from-one', title: 'One' }));
    edit(two, (s) => addStrategy(s, 'ST', { id: 'from-two', title: 'Two' }));
    edit(one, (s) => moveStrategy(s, 'shared', 'WO', 0));
    edit(two, (s) => moveStrategy(s, 'shared', 'WT', 0));
    exchange(one, two);
    expect(one.content()).toEqual(two.content());
    const ids = current(one).strategies.map((st) => st.id);
    expect(ids.filter((id) => id === 'shared')).toHaveLength(1);
    expect([...ids].sort()).toEqual(['from-one', 'from-two', 'shared']);
  });

  it('merges a weight set in one replica with a rating set in another', () => {
    const base = start();
    const [one, two] = [replicaOf(base), replicaOf(base)];
    edit(one, (s) => setWeight(s, 's1', 0.3));
    edit(two, (s) => setRating(s, 's1', 4));
    exchange(one, two);
    expect(current(one).factors[0]).toMatchObject({ weight: 0.3, rating: 4 });
  });

  it('adds the first strategy to a scenario written before strategies existed', () => {
    const doc = start();
    // A scenario record as an older build wrote it: no strategies map.
    roots(doc.ydoc).scenarios.get('one')!.delete(STRATEGIES);
    expect(current(doc).strategies).toEqual([]);
    edit(doc, (s) => addStrategy(s, 'WT', { id: 'late', title: 'Late' }));
    expect(current(doc).strategies.map((st) => st.id)).toEqual(['late']);
    doc.undoManager.undo();
    expect(current(doc).strategies).toEqual([]);
  });
});

describe('Compare', () => {
  it('reports weight, rating and likelihood edits, strategy changes and both totals', () => {
    const a = scenario('a', [factor('s1', PS, { weight: 1, rating: 3 }), factor('o1', EO)], {
      strategies: [
        { id: 'kept', title: 'Kept', note: '', quadrant: 'SO', factorIds: ['s1'] },
        { id: 'gone', title: 'Gone', note: '', quadrant: 'WT', factorIds: [] },
      ],
    });
    const b: Scenario = {
      ...a,
      id: 'b',
      factors: [factor('s1', PS, { weight: 1, rating: 4 }), factor('o1', EO, { likelihood: 2, weight: 1 })],
      strategies: [
        { id: 'kept', title: 'Kept, retitled', note: '', quadrant: 'ST', factorIds: ['s1', 'o1'] },
        { id: 'new', title: 'New', note: '', quadrant: 'WO', factorIds: [] },
      ],
    };
    const diff = compareScenarios(a, b);
    expect(diff.edited.map((e) => [e.after.id, e.fields])).toEqual([
      ['s1', ['rating']],
      ['o1', ['likelihood', 'weight']],
    ]);
    expect(diff.strategies.onlyInA.map((st) => st.id)).toEqual(['gone']);
    expect(diff.strategies.onlyInB.map((st) => st.id)).toEqual(['new']);
    expect(diff.strategies.moved).toEqual([{ strategy: b.strategies[0], from: 'SO', to: 'ST' }]);
    expect(diff.strategies.edited.map((e) => e.fields)).toEqual([['title', 'factorIds']]);
    expect(diff.totals.ife).toEqual({ a: 3, b: 4 });
    const json = diffToJson(a, b, diff);
    expect(json.version).toBe(3);
    expect(json.edited.find((e) => e.id === 's1')!.changes).toEqual([
      { field: 'rating', kind: 'value', before: a.factors.find((f) => f.id === 's1')!.rating ?? null, after: b.factors.find((f) => f.id === 's1')!.rating ?? null },
    ]);
    expect(json.strategies.moved).toEqual([{ id: 'kept', title: 'Kept, retitled', from: 'SO', to: 'ST' }]);
  });
});

describe('importing strategies', () => {
  it('repairs a repeated strategy id with a new one and says so, as for factors', () => {
    const doc = JSON.parse(v2Text);
    doc.version = 3;
    doc.scenarios.forEach((s: any) => (s.strategies = []));
    const twin = { id: 'twin', title: 'Twin', note: '', quadrant: 'SO', factorIds: [] };
    doc.scenarios[0].strategies = [twin, { ...twin, title: 'Other twin', quadrant: 'WT' }];
    const result = readDocument(doc);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.document.scenarios[0]!.strategies.map((s) => s.id)).toEqual(['twin', 'twin-2']);
    expect(result.warnings).toMatchObject([{ path: '$.scenarios[0].strategies[1].id', message: 'repeats "twin"; it was given the id "twin-2"' }]);
  });

  it('reports keys a strategy does not define, and keeps a link to a factor the file lacks', () => {
    const doc = JSON.parse(v2Text);
    doc.version = 3;
    doc.scenarios.forEach((s: any) => (s.strategies = []));
    doc.scenarios[0].strategies = [{ id: 'x', title: 'X', note: '', quadrant: 'ST', factorIds: ['no-such-factor'], colour: 'red' }];
    const result = readDocument(doc);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.warnings.map((w) => w.path)).toEqual(['$.scenarios[0].strategies[0].colour']);
    expect(result.document.scenarios[0]!.strategies[0]!.factorIds).toEqual(['no-such-factor']);
  });
});

/**
 * Random sequences of domain operations, applied through the store's `change` the way the app
 * applies them. A small model of the scenario (each cell's factors, in order) says what every
 * operation must do, written from the operations' contracts rather than their code. After every
 * step: each factor is in exactly one cell, ids are unique, factors the step did not touch keep
 * their order, and the state is what the model says; refused steps change nothing. At the end,
 * undo walks back through every state to the first one exactly, and redo forward to the last.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_CELLS, type Cell, cellKey, type CellKey, PEST, sameCell, SWOT } from '../../src/domain/axes';
import { readDocument, toDocument } from '../../src/domain/document';
import {
  addCitation,
  addFactor,
  type FactorPatch,
  moveCitation,
  moveFactor,
  removeCitation,
  removeFactor,
  updateCitation,
  updateFactor,
} from '../../src/domain/matrix';
import type { Result } from '../../src/domain/result';
import type { Citation, Factor, Scenario, Workspace } from '../../src/domain/schema';
import { changeVotes, sortCellByVotes } from '../../src/domain/votes';
import { activeScenario, changeScenario } from '../../src/domain/workspace';
import { storeForWorkspace } from '../../src/store/fromWorkspace';

// ---- the rules of the format, as the operations' contracts state them

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const BREAKS = /[\r\n\t]/;
const isLine = (s: string, max: number) => s.length <= max && !CONTROL.test(s) && !BREAKS.test(s);
const isRequiredLine = (s: string, max: number) => isLine(s, max) && s.trim().length > 0;
const isId = (s: string) => /^[A-Za-z0-9][A-Za-z0-9._:-]*$/.test(s) && s.length <= 100;
const isWhole = (n: number, min: number, max: number) => Number.isInteger(n) && n >= min && n <= max;

function validPatch(patch: FactorPatch): boolean {
  if (patch.title !== undefined && !isRequiredLine(patch.title.trim(), 200)) return false;
  if (patch.note !== undefined && (patch.note.length > 20_000 || CONTROL.test(patch.note))) return false;
  if (patch.impact !== undefined && patch.impact !== null && !isWhole(patch.impact, 1, 5)) return false;
  if (patch.votes !== undefined && !isWhole(patch.votes, 0, 9_999)) return false;
  if (patch.tags !== undefined && (patch.tags.length > 20 || !patch.tags.every((tag) => isRequiredLine(tag, 40)))) return false;
  return true;
}

const validCitation = (c: Citation) =>
  isId(c.sourceId) && isLine(c.locator, 300) && c.quote.length <= 2_000 && !CONTROL.test(c.quote);

// ---- the model: each cell's factors in order

type Model = Map<CellKey, Factor[]>;

function modelOf(scenario: Scenario): Model {
  const model: Model = new Map(ALL_CELLS.map((c) => [cellKey(c), [] as Factor[]]));
  for (const factor of scenario.factors) model.get(cellKey(factor))?.push(factor);
  return model;
}

const copyModel = (model: Model): Model => new Map([...model].map(([key, list]) => [key, list.slice()]));

function locate(model: Model, id: string): { key: CellKey; index: number; factor: Factor } | null {
  for (const [key, list] of model) {
    const index = list.findIndex((f) => f.id === id);
    if (index >= 0) return { key, index, factor: list[index]! };
  }
  return null;
}

const allIds = (model: Model) => [...model.values()].flat().map((f) => f.id);

// ---- generated steps

type Ref = { kind: 'existing'; pick: number } | { kind: 'unknown' };
type Index = { kind: 'in'; n: number } | { kind: 'last' } | { kind: 'past'; n: number } | { kind: 'negative'; n: number } | { kind: 'fraction' };

type Step =
  | { op: 'addFactor'; cell: number; index: Index | null; title: string; duplicateOf: Ref | null }
  | { op: 'moveFactor'; ref: Ref; cell: number; index: Index }
  | { op: 'removeFactor'; ref: Ref }
  | { op: 'updateFactor'; ref: Ref; patch: FactorPatch }
  | { op: 'changeVotes'; ref: Ref; delta: number }
  | { op: 'sortCellByVotes'; cell: number }
  | { op: 'addCitation'; ref: Ref; citation: Citation; index: Index | null }
  | { op: 'updateCitation'; ref: Ref; index: Index; citation: Citation }
  | { op: 'moveCitation'; ref: Ref; from: Index; to: Index }
  | { op: 'removeCitation'; ref: Ref; index: Index };

const plain = <T extends object>(value: T): T => ({ ...value });

const refArb: fc.Arbitrary<Ref> = fc.oneof(
  { weight: 8, arbitrary: fc.nat().map((pick): Ref => ({ kind: 'existing', pick })) },
  { weight: 1, arbitrary: fc.constant<Ref>({ kind: 'unknown' }) },
);
const indexArb: fc.Arbitrary<Index> = fc.oneof(
  { weight: 8, arbitrary: fc.nat().map((n): Index => ({ kind: 'in', n })) },
  { weight: 2, arbitrary: fc.constant<Index>({ kind: 'last' }) },
  { weight: 1, arbitrary: fc.nat({ max: 2 }).map((n): Index => ({ kind: 'past', n })) },
  { weight: 1, arbitrary: fc.nat({ max: 2 }).map((n): Index => ({ kind: 'negative', n })) },
  { weight: 1, arbitrary: fc.constant<Index>({ kind: 'fraction' }) },
);
// Most steps land in three busy cells, so that orders within a cell and ties in votes come up often.
const cellArb = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(0, 1, 6) }, { weight: 1, arbitrary: fc.nat({ max: ALL_CELLS.length - 1 }) });
const titleArb = fc.oneof(
  { weight: 6, arbitrary: fc.nat({ max: 999 }).map((n) => `Factor ${n}`) },
  { weight: 2, arbitrary: fc.constantFrom('  padded  ', 'Қазақ тілі 🚀', 'مرحبا', 'x'.repeat(200)) },
  { weight: 1, arbitrary: fc.constantFrom('', '   ', 'x'.repeat(201), 'two\nlines', 'bell\u0007') },
);
/** Mostly values the format accepts, now and then one it refuses. */
const mostly = <T>(valid: fc.Arbitrary<T>, invalid: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 6, arbitrary: valid }, { weight: 1, arbitrary: invalid });
const patchArb: fc.Arbitrary<FactorPatch> = fc
  .record(
    {
      title: titleArb,
      note: mostly<string>(fc.constantFrom('', 'A note\nover two lines', 'Ескерту — заметка'), fc.constant('nul \u0000 inside')),
      impact: mostly(fc.oneof(fc.constant(null), fc.integer({ min: 1, max: 5 })), fc.constantFrom(0, 6, 2.5)),
      votes: mostly(fc.integer({ min: 0, max: 9_999 }), fc.constantFrom(-1, 10_000, 1.5)),
      tags: mostly(fc.constantFrom<string[]>([], ['ai', 'policy'], ['саясат']), fc.constantFrom<string[]>([''], ['x'.repeat(41)])).map((tags) => tags.slice()),
    },
    { requiredKeys: [] },
  )
  .map(plain);
const citationArb: fc.Arbitrary<Citation> = fc
  .record(
    {
      sourceId: mostly(fc.constantFrom('src-a', 'src-b'), fc.constant('not an id!')),
      locator: mostly(fc.constantFrom('p. 1', 'ch. 3', ''), fc.constant('two\nlines')),
      quote: fc.constantFrom('', 'A quoted passage.', 'Бір дәйексөз\nекі жолда'),
      quoteTranslation: fc.constantFrom('An English rendering.'),
    },
    { requiredKeys: ['sourceId', 'locator', 'quote'] },
  )
  .map(plain);

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ op: fc.constant('addFactor' as const), cell: cellArb, index: fc.option(indexArb, { nil: null }), title: titleArb, duplicateOf: fc.option(refArb, { nil: null, freq: 5 }) }),
  fc.record({ op: fc.constant('moveFactor' as const), ref: refArb, cell: cellArb, index: indexArb }),
  fc.record({ op: fc.constant('removeFactor' as const), ref: refArb }),
  fc.record({ op: fc.constant('updateFactor' as const), ref: refArb, patch: patchArb }),
  fc.record({ op: fc.constant('changeVotes' as const), ref: refArb, delta: mostly(fc.integer({ min: -3, max: 3 }), fc.constant(20_000)) }),
  fc.record({ op: fc.constant('sortCellByVotes' as const), cell: cellArb }),
  fc.record({ op: fc.constant('addCitation' as const), ref: refArb, citation: citationArb, index: fc.option(indexArb, { nil: null }) }),
  fc.record({ op: fc.constant('updateCitation' as const), ref: refArb, index: indexArb, citation: citationArb }),
  fc.record({ op: fc.constant('moveCitation' as const), ref: refArb, from: indexArb, to: indexArb }),
  fc.record({ op: fc.constant('removeCitation' as const), ref: refArb, index: indexArb }),
);

/** A small workspace: an active scenario with up to 14 factors, maybe a second scenario beside it. */
const workspaceArb: fc.Arbitrary<Workspace> = fc
  .record({
    factors: fc.array(fc.record({ cell: cellArb, votes: fc.nat({ max: 3 }), citations: fc.nat({ max: 2 }), impact: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }) }), { maxLength: 14 }),
    second: fc.boolean(),
  })
  .map(({ factors, second }) => {
    const active: Scenario = {
      id: 's-active',
      name: 'Active scenario',
      description: '',
      factors: factors.map((f, i) => ({
        id: `f-${i}`,
        title: `Initial factor ${i}`,
        note: '',
        impact: f.impact,
        tags: [],
        pest: ALL_CELLS[f.cell]!.pest,
        swot: ALL_CELLS[f.cell]!.swot,
        votes: f.votes,
        citations: Array.from({ length: f.citations }, (_, k) => ({ sourceId: k % 2 ? 'src-b' : 'src-a', locator: `p. ${k + 1}`, quote: '' })),
      })),
      strategies: [],
    };
    const other: Scenario = { id: 's-other', name: 'Other scenario', description: '', factors: active.factors.slice(0, 3).map((f) => ({ ...f, id: `o-${f.id}` })), strategies: [] };
    return {
      sources: [
        { id: 'src-a', title: 'Source A', authors: [], year: 2024, publisher: null, url: 'https://example.org/a' },
        { id: 'src-b', title: 'Source B', authors: ['B. Author'], year: null, publisher: null, url: null },
      ],
      scenarios: second ? [other, active] : [active],
      activeScenarioId: active.id,
    };
  });

// ---- what each step must do

interface Expectation {
  apply(scenario: Scenario): Result<Scenario>;
  valid: boolean;
  /** The model after the step when it is valid. */
  next: Model;
  /** Factors whose position the step may change; every other factor keeps its relative order. */
  touched: Set<string>;
}

function resolveRef(ref: Ref, model: Model): string {
  const ids = allIds(model);
  return ref.kind === 'existing' && ids.length > 0 ? ids[ref.pick % ids.length]! : 'no-such-factor';
}

/** `slots` positions are valid, 0 to slots - 1. */
function resolveIndex(index: Index, slots: number): number {
  switch (index.kind) {
    case 'in':
      return slots > 0 ? index.n % slots : 0;
    case 'last':
      return slots - 1;
    case 'past':
      return slots + index.n;
    case 'negative':
      return -1 - index.n;
    case 'fraction':
      return 0.5;
  }
}

const inRange = (i: number, slots: number) => Number.isInteger(i) && i >= 0 && i < slots;

function expectationFor(step: Step, model: Model, freshId: string): Expectation {
  const next = copyModel(model);
  const refused = (apply: Expectation['apply']): Expectation => ({ apply, valid: false, next: model, touched: new Set() });

  switch (step.op) {
    case 'addFactor': {
      const cell = ALL_CELLS[step.cell]!;
      const list = next.get(cellKey(cell))!;
      const index = step.index === null ? undefined : resolveIndex(step.index, list.length + 1);
      const id = step.duplicateOf ? resolveRef(step.duplicateOf, model) : freshId;
      const apply = (s: Scenario) => addFactor(s, cell, { id, title: step.title }, index);
      const at = index ?? list.length;
      if (!inRange(at, list.length + 1) || locate(model, id) || !isRequiredLine(step.title.trim(), 200)) return refused(apply);
      list.splice(at, 0, { id, title: step.title.trim(), note: '', impact: null, tags: [], pest: cell.pest, swot: cell.swot, votes: 0, citations: [] });
      return { apply, valid: true, next, touched: new Set([id]) };
    }
    case 'moveFactor': {
      const cell = ALL_CELLS[step.cell]!;
      const id = resolveRef(step.ref, model);
      const found = locate(model, id);
      const target = next.get(cellKey(cell))!;
      const roomWithout = target.filter((f) => f.id !== id).length + 1;
      const index = resolveIndex(step.index, roomWithout);
      const apply = (s: Scenario) => moveFactor(s, id, cell, index);
      if (!found || !inRange(index, roomWithout)) return refused(apply);
      next.get(found.key)!.splice(found.index, 1);
      const moved = sameCell(found.factor, cell) ? found.factor : { ...found.factor, pest: cell.pest, swot: cell.swot };
      target.splice(index, 0, moved);
      return { apply, valid: true, next, touched: new Set([id]) };
    }
    case 'removeFactor': {
      const id = resolveRef(step.ref, model);
      const found = locate(model, id);
      const apply = (s: Scenario) => removeFactor(s, id);
      if (!found) return refused(apply);
      next.get(found.key)!.splice(found.index, 1);
      return { apply, valid: true, next, touched: new Set([id]) };
    }
    case 'updateFactor': {
      const id = resolveRef(step.ref, model);
      const found = locate(model, id);
      const apply = (s: Scenario) => updateFactor(s, id, step.patch);
      if (!found || !validPatch(step.patch)) return refused(apply);
      const updated = { ...found.factor, ...step.patch };
      if (step.patch.title !== undefined) updated.title = step.patch.title.trim();
      next.get(found.key)![found.index] = updated;
      return { apply, valid: true, next, touched: new Set() };
    }
    case 'changeVotes': {
      const id = resolveRef(step.ref, model);
      const found = locate(model, id);
      const apply = (s: Scenario) => changeVotes(s, id, step.delta);
      if (!found) return refused(apply);
      const votes = Math.max(0, found.factor.votes + step.delta);
      if (votes > 9_999) return refused(apply);
      if (votes !== found.factor.votes) next.get(found.key)![found.index] = { ...found.factor, votes };
      return { apply, valid: true, next, touched: new Set() };
    }
    case 'sortCellByVotes': {
      const cell = ALL_CELLS[step.cell]!;
      const list = next.get(cellKey(cell))!;
      // Most votes first; equal votes keep their order (a stable sort).
      const sorted = list.map((factor, order) => ({ factor, order })).sort((a, b) => b.factor.votes - a.factor.votes || a.order - b.order);
      next.set(cellKey(cell), sorted.map((entry) => entry.factor));
      return { apply: (s) => sortCellByVotes(s, cell), valid: true, next, touched: new Set(list.map((f) => f.id)) };
    }
    default:
      return citationExpectation(step, model, next, refused);
  }
}

function citationExpectation(
  step: Extract<Step, { op: 'addCitation' | 'updateCitation' | 'moveCitation' | 'removeCitation' }>,
  model: Model,
  next: Model,
  refused: (apply: Expectation['apply']) => Expectation,
): Expectation {
  const id = resolveRef(step.ref, model);
  const found = locate(model, id);
  const citations = found ? found.factor.citations.slice() : [];
  const length = citations.length;
  let apply: Expectation['apply'];
  let valid: boolean;
  // A citation comes out with an English rendering only when it has a non-empty one.
  const stored = (c: Citation): Citation => {
    const { quoteTranslation, ...rest } = c;
    return quoteTranslation?.trim() ? { ...rest, quoteTranslation } : rest;
  };
  switch (step.op) {
    case 'addCitation': {
      const index = step.index === null ? undefined : resolveIndex(step.index, length + 1);
      apply = (s) => addCitation(s, id, step.citation, index);
      valid = inRange(index ?? length, length + 1) && validCitation(step.citation);
      if (valid) citations.splice(index ?? length, 0, stored(step.citation));
      break;
    }
    case 'updateCitation': {
      const index = resolveIndex(step.index, length);
      apply = (s) => updateCitation(s, id, index, step.citation);
      valid = inRange(index, length) && validCitation(step.citation);
      if (valid) citations[index] = stored(step.citation);
      break;
    }
    case 'moveCitation': {
      const from = resolveIndex(step.from, length);
      const to = resolveIndex(step.to, length);
      apply = (s) => moveCitation(s, id, from, to);
      valid = inRange(from, length) && inRange(to, length);
      if (valid) citations.splice(to, 0, ...citations.splice(from, 1));
      break;
    }
    case 'removeCitation': {
      const index = resolveIndex(step.index, length);
      apply = (s) => removeCitation(s, id, index);
      valid = inRange(index, length);
      if (valid) citations.splice(index, 1);
      break;
    }
  }
  if (!found || !valid) return refused(apply);
  next.get(found.key)![found.index] = { ...found.factor, citations };
  return { apply, valid: true, next, touched: new Set() };
}

// ---- the invariants

function expectWellFormed(workspace: Workspace): void {
  for (const scenario of workspace.scenarios) {
    const ids = scenario.factors.map((f) => f.id);
    expect(new Set(ids).size, `ids in ${scenario.id} are unique`).toBe(ids.length);
    for (const factor of scenario.factors) {
      expect(PEST).toContain(factor.pest);
      expect(SWOT).toContain(factor.swot);
    }
    // Each factor in exactly one cell: the cells together hold every factor once.
    const cells = ALL_CELLS.map((c: Cell) => scenario.factors.filter((f) => sameCell(f, c)).map((f) => f.id));
    expect(cells.flat().sort()).toEqual([...ids].sort());
  }
  // And the whole of it is still a document the app can read back.
  const reread = readDocument(JSON.parse(JSON.stringify(toDocument(workspace))));
  expect(reread.ok, reread.ok ? '' : JSON.stringify(reread.errors)).toBe(true);
}

function expectUntouchedOrderKept(before: Scenario, after: Scenario, touched: Set<string>): void {
  for (const c of ALL_CELLS) {
    const stay = (s: Scenario) => s.factors.filter((f) => sameCell(f, c) && !touched.has(f.id)).map((f) => f.id);
    expect(stay(after), `order of untouched factors in ${cellKey(c)}`).toEqual(stay(before));
  }
}

describe('domain operations through the store, in random sequences', () => {
  // Generous timeouts: a few thousand validated steps, on a possibly busy CI machine.
  it('keep every invariant after each step, and undo and redo walk the exact states', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(workspaceArb, fc.array(stepArb, { minLength: 5, maxLength: 40, size: 'max' }), (initial, steps) => {
        const store = storeForWorkspace(initial).store;
        // The document keeps each cell's order; across cells it lists factors row by row.
        const first = structuredClone(store.getState().workspace);
        const activeId = initial.activeScenarioId;
        let model = modelOf(activeScenario(initial));
        /** The workspace after every step that became an undoable change, starting with the first. */
        const states: Workspace[] = [first];
        expectWellFormed(initial);

        steps.forEach((step, n) => {
          const before = store.getState().workspace;
          const pastBefore = store.getState().undoDepth;
          const expected = expectationFor(step, model, `new-${n}`);

          const accepted = store.getState().change(changeScenario(before, activeId, expected.apply));
          const after = store.getState().workspace;

          expect(accepted, `step ${n} (${step.op}) accepted`).toBe(expected.valid);
          if (!expected.valid) {
            expect(after).toBe(before);
            expect(store.getState().undoDepth).toBe(pastBefore);
          }
          expectWellFormed(after);
          expect(modelOf(activeScenario(after))).toStrictEqual(expected.next);
          expectUntouchedOrderKept(activeScenario(before), activeScenario(after), expected.touched);
          for (const scenario of before.scenarios) if (scenario.id !== activeId) expect(after.scenarios).toContain(scenario);

          if (store.getState().undoDepth > pastBefore) states.push(structuredClone(after));
          else expect(after).toBe(before);
          model = expected.next;
        });

        const last = structuredClone(store.getState().workspace);
        expect(store.getState().undoDepth).toBe(states.length - 1);
        for (let i = states.length - 2; i >= 0; i--) {
          store.getState().undo();
          expect(store.getState().workspace).toStrictEqual(states[i]);
        }
        expect(store.getState().workspace).toStrictEqual(first);
        expect(store.getState().undoDepth).toBe(0);
        for (let i = 1; i < states.length; i++) {
          store.getState().redo();
          expect(store.getState().workspace).toStrictEqual(states[i]);
        }
        expect(store.getState().workspace).toStrictEqual(last);
        expect(store.getState().redoDepth).toBe(0);
      }),
      { numRuns: 100 },
    );
  });

  it('refuse unknown ids and out-of-range positions without changing anything', { timeout: 60_000 }, () => {
    const invalidStep = fc.oneof(
      fc.record({ op: fc.constant('moveFactor' as const), ref: refArb, cell: cellArb, index: fc.oneof(fc.nat({ max: 2 }).map((n): Index => ({ kind: 'past', n })), fc.constant<Index>({ kind: 'fraction' }), fc.constant<Index>({ kind: 'negative', n: 0 })) }),
      fc.record({ op: fc.constant('removeFactor' as const), ref: fc.constant<Ref>({ kind: 'unknown' }) }),
      fc.record({ op: fc.constant('changeVotes' as const), ref: fc.constant<Ref>({ kind: 'unknown' }), delta: fc.integer({ min: -3, max: 3 }) }),
      fc.record({ op: fc.constant('updateFactor' as const), ref: fc.constant<Ref>({ kind: 'unknown' }), patch: patchArb }),
      fc.record({ op: fc.constant('removeCitation' as const), ref: refArb, index: fc.constant<Index>({ kind: 'past', n: 0 }) }),
      fc.record({ op: fc.constant('moveCitation' as const), ref: refArb, from: fc.constant<Index>({ kind: 'negative', n: 0 }), to: indexArb }),
    );
    fc.assert(
      fc.property(workspaceArb, invalidStep, (initial, step) => {
        const store = storeForWorkspace(initial).store;
        const snapshot = structuredClone(store.getState().workspace);
        const expected = expectationFor(step, modelOf(activeScenario(initial)), 'unused');
        expect(expected.valid).toBe(false);
        const accepted = store.getState().change(changeScenario(store.getState().workspace, initial.activeScenarioId, expected.apply));
        expect(accepted).toBe(false);
        expect(store.getState().workspace).toStrictEqual(snapshot);
        expect(store.getState().undoDepth).toBe(0);
      }),
      { numRuns: 200 },
    );
  });
});

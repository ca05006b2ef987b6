import fc from 'fast-check';
import { generateNKeysBetween } from 'fractional-indexing';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ALL_CELLS, type Cell } from '../../src/domain/axes';
import { MatrixDoc } from '../../src/doc/matrixDoc';
import { compareKeyed, reorderKeys } from '../../src/doc/order';
import { addFactor, cellFactors, moveFactor, removeFactor, updateFactor } from '../../src/domain/matrix';
import type { Scenario } from '../../src/domain/schema';
import { cell, cellIds, factor, scenario, workspace } from '../fixtures/builders';

const PS = cell('political', 'strengths');
const PW = cell('political', 'weaknesses');

function replicaOf(base: MatrixDoc): MatrixDoc {
  const doc = new MatrixDoc();
  Y.applyUpdate(doc.ydoc, Y.encodeStateAsUpdate(base.ydoc));
  return doc;
}

/** Runs a scenario operation on a replica as its user would: one command, one transaction. */
function edit(doc: MatrixDoc, op: (s: Scenario) => ReturnType<typeof moveFactor>, index = 0): boolean {
  const content = doc.content();
  const result = op(content.scenarios[index]!);
  if (!result.ok) return false;
  doc.apply({ ...content, scenarios: content.scenarios.map((s, i) => (i === index ? result.value : s)) });
  return true;
}

function exchange(a: MatrixDoc, b: MatrixDoc): void {
  Y.applyUpdate(b.ydoc, Y.encodeStateAsUpdate(a.ydoc, Y.encodeStateVector(b.ydoc)), 'remote');
  Y.applyUpdate(a.ydoc, Y.encodeStateAsUpdate(b.ydoc, Y.encodeStateVector(a.ydoc)), 'remote');
}

function start(factors = [factor('a', PS), factor('b', PS), factor('c', PS), factor('d', PW)]): MatrixDoc {
  const base = new MatrixDoc();
  base.load(workspace([scenario('one', factors)]));
  return base;
}

describe('order keys', () => {
  it('rewrite only the keys of the items that moved', () => {
    const keys = new Map([['a', 'a0'], ['b', 'a1'], ['c', 'a2'], ['d', 'a3']]);
    const changes = reorderKeys(['b', 'c', 'a', 'd'], (id) => keys.get(id));
    expect([...changes.keys()]).toEqual(['a']);
    const moved = changes.get('a')!;
    expect(moved > 'a2' && moved < 'a3').toBe(true);
  });

  it('give new items keys between their neighbours', () => {
    const keys = new Map([['a', 'a0'], ['c', 'a1']]);
    const changes = reorderKeys(['x', 'a', 'y', 'c', 'z'], (id) => keys.get(id));
    const all = new Map([...keys, ...changes]);
    const sorted = [...all.entries()].sort((p, q) => (p[1] < q[1] ? -1 : 1)).map(([id]) => id);
    expect(sorted).toEqual(['x', 'a', 'y', 'c', 'z']);
    expect(changes.has('a') || changes.has('c')).toBe(false);
  });

  // Any wanted order of items, some with keys (in any order, ties included) and some without.
  const keyedLists = fc
    .uniqueArray(fc.string({ minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 30 })
    .chain((ids) =>
      fc.tuple(fc.constant(ids), fc.array(fc.option(fc.constantFrom('a0', 'a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7'), { nil: undefined }), { minLength: ids.length, maxLength: ids.length })),
    );

  it('always give an order that sorts as wanted, ties broken by id as every replica breaks them', () => {
    fc.assert(
      fc.property(keyedLists, ([ids, keys]) => {
        const current = new Map(ids.flatMap((id, index) => (keys[index] === undefined ? [] : [[id, keys[index]!] as const])));
        const changes = reorderKeys(ids, (id) => current.get(id));
        const final = ids.map((id) => ({ id, key: changes.get(id) ?? current.get(id)! }));
        expect([...final].sort(compareKeyed).map((item) => item.id)).toEqual(ids);
      }),
      { numRuns: 300 },
    );
  });

  it('leave every key alone when the keys there already sort, and only give keys to the items without', () => {
    fc.assert(
      fc.property(keyedLists, ([ids, keys]) => {
        // The items that have keys get strictly ascending ones, in the wanted order.
        const keyed = ids.filter((_, index) => keys[index] !== undefined);
        const ascending = generateNKeysBetween(null, null, keyed.length);
        const current = new Map(keyed.map((id, index) => [id, ascending[index]!] as const));
        const changes = reorderKeys(ids, (id) => current.get(id));
        expect([...changes.keys()].sort()).toEqual(ids.filter((id) => !current.has(id)).sort());
      }),
      { numRuns: 300 },
    );
  });
});

describe('the document', () => {
  it('writes a move as one small change: the card’s place only', () => {
    const doc = start();
    let bytes = 0;
    doc.ydoc.on('update', (update: Uint8Array) => (bytes += update.length));
    edit(doc, (s) => moveFactor(s, 'a', PW, 0));
    expect(cellIds(doc.content().scenarios[0]!, PW)).toEqual(['a', 'd']);
    expect(bytes).toBeLessThan(120);
  });

  it('keeps both factors when two replicas add to the same cell at the same moment', () => {
    const base = start();
    const [one, two] = [replicaOf(base), replicaOf(base)];
    edit(one, (s) => addFactor(s, PS, { id: 'from-one', title: 'One' }, 1));
    edit(two, (s) => addFactor(s, PS, { id: 'from-two', title: 'Two' }, 1));
    exchange(one, two);
    const ids = cellIds(one.content().scenarios[0]!, PS);
    expect(ids).toEqual(cellIds(two.content().scenarios[0]!, PS));
    expect([...ids].sort()).toEqual(['a', 'b', 'c', 'from-one', 'from-two']);
  });

  it('ends with one card when two replicas move the same card at once', () => {
    const base = start();
    const [one, two] = [replicaOf(base), replicaOf(base)];
    edit(one, (s) => moveFactor(s, 'a', PW, 1));
    edit(two, (s) => moveFactor(s, 'a', cell('social', 'threats'), 0));
    exchange(one, two);
    const factors = one.content().scenarios[0]!.factors;
    expect(factors.filter((f) => f.id === 'a')).toHaveLength(1);
    expect(one.content()).toEqual(two.content());
  });

  it('merges edits of different fields of one factor without conflict', () => {
    const base = start();
    const [one, two] = [replicaOf(base), replicaOf(base)];
    edit(one, (s) => updateFactor(s, 'a', { title: 'Renamed' }));
    edit(two, (s) => updateFactor(s, 'a', { note: 'Annotated' }));
    exchange(one, two);
    expect(one.content().scenarios[0]!.factors.find((f) => f.id === 'a')).toMatchObject({ title: 'Renamed', note: 'Annotated' });
  });

  it('undoes only this replica’s change, never another’s', () => {
    const base = start();
    const [one, two] = [replicaOf(base), replicaOf(base)];
    edit(one, (s) => updateFactor(s, 'a', { title: 'Mine' }));
    edit(two, (s) => updateFactor(s, 'b', { title: 'Theirs' }));
    edit(two, (s) => moveFactor(s, 'c', PW, 0));
    exchange(one, two);
    expect(one.undoManager.undoStack).toHaveLength(1);
    one.undoManager.undo();
    const after = one.content().scenarios[0]!;
    expect(after.factors.find((f) => f.id === 'a')!.title).toBe('Factor a');
    expect(after.factors.find((f) => f.id === 'b')!.title).toBe('Theirs');
    expect(cellIds(after, PW)).toEqual(['c', 'd']);
  });

  it('keeps undo memory in proportion to the changes, not to the document', () => {
    const big = start(Array.from({ length: 2000 }, (_, i) => factor(`f${i}`, ALL_CELLS[i % 16]!)));
    for (let i = 0; i < 200; i++) edit(big, (s) => updateFactor(s, `f${i}`, { votes: 1 }));
    expect(big.undoManager.undoStack).toHaveLength(200);
    const span = (set: Y.UndoManager["undoStack"][number]["insertions"]) => [...set.clients.values()].flat().reduce((sum, item) => sum + item.len, 0);
    const held = big.undoManager.undoStack.map((item) => span(item.insertions) + span(item.deletions));
    // Each step holds what it changed (one field: the new value and the old one), not a copy of 2,000 factors.
    expect(Math.max(...held)).toBeLessThanOrEqual(2);
  });
});

type Command =
  | { kind: 'add'; cell: number; at: number }
  | { kind: 'move'; pick: number; cell: number; at: number }
  | { kind: 'rename'; pick: number }
  | { kind: 'remove'; pick: number };

const commandArb: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), cell: fc.nat({ max: 15 }), at: fc.nat({ max: 6 }) }),
  fc.record({ kind: fc.constant('move' as const), pick: fc.nat(), cell: fc.nat({ max: 15 }), at: fc.nat({ max: 6 }) }),
  fc.record({ kind: fc.constant('rename' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
);

function run(doc: MatrixDoc, command: Command, replica: number, step: number, added: Set<string>, removed: Set<string>): void {
  const factors = doc.content().scenarios[0]!.factors;
  const picked = factors.length ? factors[('pick' in command ? command.pick : 0) % factors.length]! : null;
  const where = (n: number): Cell => ALL_CELLS[n]!;
  const room = (s: Scenario, c: Cell, excluding?: string) => cellFactors(s, c).filter((f) => f.id !== excluding).length;
  switch (command.kind) {
    case 'add': {
      const id = `r${replica}-${step}`;
      if (edit(doc, (s) => addFactor(s, where(command.cell), { id, title: id }, Math.min(command.at, room(s, where(command.cell)))))) {
        added.add(id);
        expect(doc.content().scenarios[0]!.factors.some((f) => f.id === id), `${id} added`).toBe(true);
      }
      break;
    }
    case 'move':
      if (picked) edit(doc, (s) => moveFactor(s, picked.id, where(command.cell), Math.min(command.at, room(s, where(command.cell), picked.id))));
      break;
    case 'rename':
      if (picked) edit(doc, (s) => updateFactor(s, picked.id, { title: `${picked.title}+${replica}` }));
      break;
    case 'remove':
      if (picked && edit(doc, (s) => removeFactor(s, picked.id))) {
        removed.add(picked.id);
        expect(doc.content().scenarios[0]!.factors.some((f) => f.id === picked.id), `${picked.id} removed`).toBe(false);
      }
      break;
  }
}

describe('replicas in any interleaving', () => {
  it('converge to one state with no factor lost or duplicated', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 3 }),
        fc.array(fc.tuple(fc.nat({ max: 2 }), commandArb, fc.boolean()), { minLength: 1, maxLength: 40 }),
        (count, script) => {
          const base = start();
          const replicas = Array.from({ length: count }, () => replicaOf(base));
          const added = new Set<string>();
          const removed = new Set<string>();
          script.forEach(([who, command, sync], step) => {
            const replica = who % count;
            run(replicas[replica]!, command, replica, step, added, removed);
            // Sometimes a replica hears from a random other one mid-way: a random interleaving.
            if (sync) exchange(replicas[replica]!, replicas[(replica + 1) % count]!);
          });
          for (let round = 0; round < 2; round++) for (let i = 0; i < count; i++) exchange(replicas[i]!, replicas[(i + 1) % count]!);

          const states = replicas.map((replica) => replica.content());
          for (const state of states.slice(1)) expect(state).toEqual(states[0]);
          const ids = states[0]!.scenarios[0]!.factors.map((f) => f.id);
          expect(new Set(ids).size).toBe(ids.length);
          for (const id of ['a', 'b', 'c', 'd', ...added]) expect(ids.includes(id) || removed.has(id), `factor ${id}`).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('reading the document after each change', () => {
  // The reader re-sorts only the factors a transaction touched; a fresh read sorts them all.
  it('gives what a fresh read of the same document gives, after edits, undo, redo and merges', { timeout: 60_000 }, () => {
    const stepArb = fc.oneof(
      { arbitrary: commandArb, weight: 4 },
      { arbitrary: fc.constantFrom('undo' as const, 'redo' as const), weight: 1 },
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat({ max: 1 }), stepArb, fc.boolean()), { minLength: 1, maxLength: 40 }), (script) => {
        const base = start([factor('a', PS), factor('b', PS), factor('c', PS), factor('d', PW), factor('e', PW), factor('f', cell('social', 'threats'))]);
        const replicas = [replicaOf(base), replicaOf(base)];
        script.forEach(([who, step, sync], index) => {
          const replica = replicas[who]!;
          if (step === 'undo') replica.undoManager.undo();
          else if (step === 'redo') replica.undoManager.redo();
          else run(replica, step, who, index, new Set(), new Set());
          if (sync) exchange(replica, replicas[1 - who]!);
          for (const each of replicas) expect(each.content()).toEqual(replicaOf(each).content());
        });
      }),
      { numRuns: 150 },
    );
  });
});

describe('a scenario and its fork', () => {
  const ONE = [factor('a', PS), factor('b', PS), factor('c', PW)];
  const forked = (title: string) => [ONE[0]!, { ...ONE[1]!, title }, ONE[2]!];

  function load(): MatrixDoc {
    const doc = new MatrixDoc();
    doc.load(workspace([scenario('one', ONE), scenario('two', forked('Retitled in the fork'))]));
    return doc;
  }

  const byId = (s: Scenario) => new Map(s.factors.map((f) => [f.id, f]));

  // Switching between them then re-renders only the cards that differ.
  it('read a factor that is the same in both as one value, and one that differs as two', () => {
    const [one, two] = load().content().scenarios.map(byId);
    expect(two!.get('a')).toBe(one!.get('a'));
    expect(two!.get('c')).toBe(one!.get('c'));
    expect(two!.get('b')).not.toBe(one!.get('b'));
    expect(two!.get('b')!.title).toBe('Retitled in the fork');
    expect(one!.get('b')!.title).toBe('Factor b');
  });

  it('keep each scenario’s own content when either is edited, moved or undone', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat({ max: 1 }), fc.oneof(commandArb, fc.constant('undo' as const))), { minLength: 1, maxLength: 30 }), (script) => {
        const doc = load();
        script.forEach(([index, step], n) => {
          if (step === 'undo') doc.undoManager.undo();
          else {
            const factors = doc.content().scenarios[index]!.factors;
            const picked = factors.length ? factors[('pick' in step ? step.pick : 0) % factors.length]! : null;
            const where = ALL_CELLS[('cell' in step ? step.cell : 0) % 16]!;
            if (step.kind === 'add') edit(doc, (s) => addFactor(s, where, { id: `x${n}`, title: `x${n}` }, 0), index);
            else if (picked && step.kind === 'move') edit(doc, (s) => moveFactor(s, picked.id, where, 0), index);
            else if (picked && step.kind === 'rename') edit(doc, (s) => updateFactor(s, picked.id, { title: `${picked.title}+${n}` }), index);
            else if (picked) edit(doc, (s) => removeFactor(s, picked.id), index);
          }
          const content = doc.content();
          expect(content).toEqual(replicaOf(doc).content());
          // One value for two factors only when they read the same.
          const [one, two] = content.scenarios.map(byId);
          for (const [id, mine] of one!) if (two!.get(id) === mine) expect(structuredClone(mine)).toEqual(structuredClone(two!.get(id)));
        });
      }),
      { numRuns: 100 },
    );
  });
});

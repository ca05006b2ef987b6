import type { DomainError } from '../../src/domain/result';
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { ALL_CELLS, cellKey } from '../../src/domain/axes';
import {
  addCitation,
  addFactor,
  cellFactors,
  findFactor,
  moveCitation,
  moveFactor,
  positionOf,
  removeCitation,
  removeFactor,
  updateCitation,
  updateFactor,
} from '../../src/domain/matrix';
import type { Result } from '../../src/domain/result';
import { type Citation, IdSchema, type Scenario } from '../../src/domain/schema';
import { changeVotes, clearVotes, sortCellByVotes } from '../../src/domain/votes';
import { addSource } from '../../src/domain/workspace';
import { LIMITS } from '../../src/domain/limits';
import { cell, cellIds, citation, deepFreeze, errorOf, factor, scenario, unwrap, workspace } from '../fixtures/builders';

const PS = cell('political', 'strengths');
const ET = cell('economic', 'threats');
const SO = cell('social', 'opportunities');
const TW = cell('technological', 'weaknesses');

/**
 * Political strengths hold a, b, c and economic threats d, e, interleaved in the flat list
 * (a cell's order is its factors' order in the list, wherever they sit), and social
 * opportunities hold f.
 */
function sample(): Scenario {
  return scenario('s1', [
    factor('a', PS, { title: 'Alpha' }),
    factor('d', ET, { title: 'Delta' }),
    factor('b', PS, { title: 'Bravo' }),
    factor('f', SO, { title: 'Foxtrot' }),
    factor('e', ET, { title: 'Echo' }),
    factor('c', PS, { title: 'Charlie' }),
  ]);
}

function withCitations(): Scenario {
  return scenario('s2', [
    factor('a', PS, {
      citations: [
        citation('src-1', { locator: 'one', quote: 'first quote' }),
        citation('src-1', { locator: 'two', quote: 'second quote' }),
        citation('src-2', { locator: 'three', quote: 'third quote' }),
      ],
    }),
    factor('b', ET),
  ]);
}

/** Runs an operation that must be refused, and shows that the input is exactly as before. */
function expectRefused(input: Scenario, operation: (s: Scenario) => Result<Scenario>): DomainError {
  const before = structuredClone(input);
  const result = operation(input);
  expect(result.ok).toBe(false);
  expect(input).toEqual(before);
  return errorOf(result);
}

/**
 * Runs an operation that must succeed on a deep-frozen input (so any write to it would
 * throw), and shows that the input still equals a clone taken before.
 */
function expectApplied(input: Scenario, operation: (s: Scenario) => Result<Scenario>): Scenario {
  const before = structuredClone(input);
  const result = operation(deepFreeze(input));
  const value = unwrap(result);
  expect(input).toEqual(before);
  return value;
}

describe('addFactor', () => {
  it('appends to the end of the cell when no position is given', () => {
    const next = expectApplied(sample(), (s) => addFactor(s, PS, { id: 'n', title: 'New' }));
    expect(cellIds(next, PS)).toEqual(['a', 'b', 'c', 'n']);
    expect(cellIds(next, ET)).toEqual(['d', 'e']);
  });

  it('inserts at the start of the cell for position 0', () => {
    const next = expectApplied(sample(), (s) => addFactor(s, PS, { id: 'n', title: 'New' }, 0));
    expect(cellIds(next, PS)).toEqual(['n', 'a', 'b', 'c']);
  });

  it('inserts in the middle of the cell at an explicit position', () => {
    const next = expectApplied(sample(), (s) => addFactor(s, PS, { id: 'n', title: 'New' }, 2));
    expect(cellIds(next, PS)).toEqual(['a', 'b', 'n', 'c']);
    expect(positionOf(next, 'n')).toEqual({ cell: PS, index: 2 });
  });

  it('accepts the position just past the last factor', () => {
    const next = expectApplied(sample(), (s) => addFactor(s, ET, { id: 'n', title: 'New' }, 2));
    expect(cellIds(next, ET)).toEqual(['d', 'e', 'n']);
  });

  it('adds the first factor of an empty cell', () => {
    const next = expectApplied(sample(), (s) => addFactor(s, TW, { id: 'n', title: 'New' }, 0));
    expect(cellIds(next, TW)).toEqual(['n']);
    expect(next.factors).toHaveLength(7);
  });

  it('places the new factor in the given cell with defaults for everything but the title', () => {
    const next = expectApplied(sample(), (s) => addFactor(s, SO, { id: 'n', title: 'New one' }));
    expect(findFactor(next, 'n')).toEqual({
      id: 'n',
      title: 'New one',
      note: '',
      impact: null,
      tags: [],
      pest: 'social',
      swot: 'opportunities',
      votes: 0,
      citations: [],
    });
  });

  it('keeps the note, impact, tags and citations of the draft', () => {
    const cites = [citation('src-1')];
    const next = expectApplied(sample(), (s) =>
      addFactor(s, SO, { id: 'n', title: 'T', note: 'why', impact: 3, tags: ['x'], citations: cites }),
    );
    expect(findFactor(next, 'n')).toMatchObject({ note: 'why', impact: 3, tags: ['x'], citations: cites });
  });

  it('trims the title', () => {
    const next = expectApplied(sample(), (s) => addFactor(s, PS, { id: 'n', title: '   Padded title \u00a0 ' }));
    expect(findFactor(next, 'n')?.title).toBe('Padded title');
  });

  it('gives the factor a fresh valid id when the draft has none', () => {
    const first = expectApplied(sample(), (s) => addFactor(s, PS, { title: 'One' }));
    const second = expectApplied(first, (s) => addFactor(s, PS, { title: 'Two' }));
    const [id1, id2] = cellFactors(second, PS).slice(-2).map((f) => f.id);
    expect(v.is(IdSchema, id1)).toBe(true);
    expect(v.is(IdSchema, id2)).toBe(true);
    expect(id1).not.toBe(id2);
    expect(sample().factors.map((f) => f.id)).not.toContain(id1);
  });

  it.each([
    ['empty', ''],
    ['whitespace only', ' \u00a0  '],
  ])('refuses a title that is %s', (_label, title) => {
    const error = expectRefused(sample(), (s) => addFactor(s, PS, { id: 'n', title }));
    expect(error).toEqual({ code: 'invalid-field', record: 'factor', field: 'title', problem: 'empty' });
  });

  it('refuses a title that spans two lines', () => {
    const error = expectRefused(sample(), (s) => addFactor(s, PS, { id: 'n', title: 'one\ntwo' }));
    expect(error).toEqual({ code: 'invalid-field', record: 'factor', field: 'title', problem: 'single-line' });
  });

  it('refuses a title longer than the limit', () => {
    const error = expectRefused(sample(), (s) => addFactor(s, PS, { id: 'n', title: 'x'.repeat(LIMITS.titleLength + 1) }));
    expect(error).toEqual({ code: 'invalid-field', record: 'factor', field: 'title', problem: 'too-long', limit: LIMITS.titleLength });
  });

  it.each([-1, 4, 1.5, Number.NaN])('refuses position %s in a cell of three', (index) => {
    const error = expectRefused(sample(), (s) => addFactor(s, PS, { id: 'n', title: 'New' }, index));
    expect(error).toEqual({ code: 'index-out-of-range', index, max: 3, cell: 'political:strengths' });
  });

  it('refuses an id that another factor already has', () => {
    const error = expectRefused(sample(), (s) => addFactor(s, SO, { id: 'b', title: 'Copy of Bravo' }));
    expect(error).toEqual({ code: 'factor-id-taken', id: 'b' });
  });

  it('refuses an id with characters the format does not allow', () => {
    const error = expectRefused(sample(), (s) => addFactor(s, SO, { id: 'has space', title: 'New' }));
    expect(error).toMatchObject({ code: 'invalid-field', record: 'factor', field: 'id', problem: 'id-characters' });
  });
});

describe('updateFactor', () => {
  it('changes only the fields in the patch', () => {
    const next = expectApplied(sample(), (s) => updateFactor(s, 'b', { note: 'more detail', impact: 5, tags: ['t'] }));
    expect(findFactor(next, 'b')).toEqual({ ...factor('b', PS, { title: 'Bravo' }), note: 'more detail', impact: 5, tags: ['t'] });
    expect(next.factors.filter((f) => f.id !== 'b')).toEqual(sample().factors.filter((f) => f.id !== 'b'));
  });

  it('keeps the factor where it was in its cell', () => {
    const next = expectApplied(sample(), (s) => updateFactor(s, 'b', { title: 'Renamed' }));
    expect(next.factors.map((f) => f.id)).toEqual(sample().factors.map((f) => f.id));
  });

  it('trims a new title', () => {
    const next = expectApplied(sample(), (s) => updateFactor(s, 'a', { title: '  Spaced  ' }));
    expect(findFactor(next, 'a')?.title).toBe('Spaced');
  });

  it('refuses an id no factor has', () => {
    expect(expectRefused(sample(), (s) => updateFactor(s, 'zzz', { title: 'x' }))).toEqual({ code: 'factor-not-found', id: 'zzz' });
  });

  it.each(['', '   '])('refuses the empty title %j', (title) => {
    expect(expectRefused(sample(), (s) => updateFactor(s, 'a', { title }))).toMatchObject({ code: 'invalid-field', field: 'title', problem: 'empty' });
  });

  it.each([0, 6, 2.5, -1])('refuses impact %s', (impact) => {
    expect(expectRefused(sample(), (s) => updateFactor(s, 'a', { impact }))).toMatchObject({ code: 'invalid-field', field: 'impact' });
  });

  it.each([1, 5])('accepts impact %s', (impact) => {
    const next = expectApplied(sample(), (s) => updateFactor(s, 'a', { impact }));
    expect(findFactor(next, 'a')?.impact).toBe(impact);
  });

  it('accepts a null impact, clearing a rating', () => {
    const rated = unwrap(updateFactor(sample(), 'a', { impact: 4 }));
    const next = expectApplied(rated, (s) => updateFactor(s, 'a', { impact: null }));
    expect(findFactor(next, 'a')?.impact).toBeNull();
  });

  it('refuses an empty tag', () => {
    expect(expectRefused(sample(), (s) => updateFactor(s, 'a', { tags: ['ok', ' '] }))).toMatchObject({ code: 'invalid-field', field: 'tags', problem: 'empty' });
  });
});

describe('moveFactor', () => {
  it('moves a factor down within its cell', () => {
    const next = expectApplied(sample(), (s) => moveFactor(s, 'a', PS, 2));
    expect(cellIds(next, PS)).toEqual(['b', 'c', 'a']);
  });

  it('moves a factor one step down, counting positions without the moved factor', () => {
    const next = expectApplied(sample(), (s) => moveFactor(s, 'a', PS, 1));
    expect(cellIds(next, PS)).toEqual(['b', 'a', 'c']);
  });

  it('moves a factor up within its cell', () => {
    const next = expectApplied(sample(), (s) => moveFactor(s, 'c', PS, 0));
    expect(cellIds(next, PS)).toEqual(['c', 'a', 'b']);
  });

  it('leaves a factor dropped on its own place where it was', () => {
    const next = expectApplied(sample(), (s) => moveFactor(s, 'b', PS, 1));
    expect(cellIds(next, PS)).toEqual(['a', 'b', 'c']);
  });

  it('moves a factor to the start of another cell and changes its cell', () => {
    const next = expectApplied(sample(), (s) => moveFactor(s, 'b', ET, 0));
    expect(cellIds(next, ET)).toEqual(['b', 'd', 'e']);
    expect(cellIds(next, PS)).toEqual(['a', 'c']);
    expect(findFactor(next, 'b')).toMatchObject({ pest: 'economic', swot: 'threats', title: 'Bravo' });
  });

  it('moves a factor into the middle of another cell', () => {
    const next = expectApplied(sample(), (s) => moveFactor(s, 'b', ET, 1));
    expect(cellIds(next, ET)).toEqual(['d', 'b', 'e']);
  });

  it('moves a factor to the end of another cell', () => {
    const next = expectApplied(sample(), (s) => moveFactor(s, 'b', ET, 2));
    expect(cellIds(next, ET)).toEqual(['d', 'e', 'b']);
  });

  it('moves a factor into an empty cell', () => {
    const next = expectApplied(sample(), (s) => moveFactor(s, 'f', TW, 0));
    expect(cellIds(next, TW)).toEqual(['f']);
    expect(cellIds(next, SO)).toEqual([]);
  });

  it('keeps the order of every cell it does not touch', () => {
    const original = sample();
    const within = expectApplied(sample(), (s) => moveFactor(s, 'c', PS, 0));
    const across = expectApplied(sample(), (s) => moveFactor(s, 'd', TW, 0));
    for (const c of ALL_CELLS) {
      if (cellKey(c) !== cellKey(PS)) expect(cellIds(within, c)).toEqual(cellIds(original, c));
      if (cellKey(c) !== cellKey(ET) && cellKey(c) !== cellKey(TW)) expect(cellIds(across, c)).toEqual(cellIds(original, c));
    }
    expect(cellIds(across, ET)).toEqual(['e']);
  });

  it('never loses or duplicates a factor', () => {
    const next = expectApplied(sample(), (s) => moveFactor(s, 'e', PS, 1));
    expect(next.factors.map((f) => f.id).sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it.each([
    ['past the end of another cell', 'b', ET, 3],
    ['past the end of its own cell', 'a', PS, 3],
    ['before the start', 'a', ET, -1],
    ['at a fractional position', 'a', ET, 0.5],
  ] as const)('refuses a position %s', (_label, id, to, index) => {
    expect(expectRefused(sample(), (s) => moveFactor(s, id, to, index))).toMatchObject({ code: 'index-out-of-range' });
  });

  it('refuses an id no factor has', () => {
    expect(expectRefused(sample(), (s) => moveFactor(s, 'nope', PS, 0))).toEqual({ code: 'factor-not-found', id: 'nope' });
  });
});

describe('removeFactor', () => {
  it('removes the factor and keeps the others in order', () => {
    const next = expectApplied(sample(), (s) => removeFactor(s, 'b'));
    expect(findFactor(next, 'b')).toBeUndefined();
    expect(cellIds(next, PS)).toEqual(['a', 'c']);
    expect(cellIds(next, ET)).toEqual(['d', 'e']);
  });

  it('refuses an id no factor has', () => {
    expect(expectRefused(sample(), (s) => removeFactor(s, 'zz'))).toEqual({ code: 'factor-not-found', id: 'zz' });
  });
});

describe('citations', () => {
  const quotes = (s: Scenario) => findFactor(s, 'a')?.citations.map((c) => c.quote);

  it('appends a citation by default', () => {
    const next = expectApplied(withCitations(), (s) => addCitation(s, 'a', citation('src-3', { quote: 'fourth' })));
    expect(quotes(next)).toEqual(['first quote', 'second quote', 'third quote', 'fourth']);
  });

  it('inserts a citation at a given position', () => {
    const next = expectApplied(withCitations(), (s) => addCitation(s, 'a', citation('src-3', { quote: 'new' }), 1));
    expect(quotes(next)).toEqual(['first quote', 'new', 'second quote', 'third quote']);
  });

  it('adds the first citation to a factor without any', () => {
    const next = expectApplied(withCitations(), (s) => addCitation(s, 'b', citation('src-1'), 0));
    expect(findFactor(next, 'b')?.citations).toEqual([citation('src-1')]);
  });

  it('keeps a translation that has text and drops an empty one', () => {
    const kept = expectApplied(withCitations(), (s) =>
      addCitation(s, 'b', citation('src-1', { quote: 'Цитата', quoteTranslation: 'A quote' })),
    );
    expect(findFactor(kept, 'b')?.citations[0]).toEqual(citation('src-1', { quote: 'Цитата', quoteTranslation: 'A quote' }));
    const dropped = expectApplied(withCitations(), (s) => addCitation(s, 'b', citation('src-1', { quoteTranslation: '  ' })));
    expect(findFactor(dropped, 'b')?.citations[0]).not.toHaveProperty('quoteTranslation');
  });

  it.each([-1, 4, 2.5])('refuses to add a citation at position %s of three', (index) => {
    expect(expectRefused(withCitations(), (s) => addCitation(s, 'a', citation('src-1'), index))).toMatchObject({ code: 'citation-not-found' });
  });

  it('refuses a citation to a factor that does not exist', () => {
    expect(expectRefused(withCitations(), (s) => addCitation(s, 'zz', citation('src-1')))).toMatchObject({ code: 'factor-not-found' });
  });

  it('refuses a citation whose source id is not a valid id', () => {
    expect(expectRefused(withCitations(), (s) => addCitation(s, 'a', citation('')))).toMatchObject({ code: 'invalid-field', record: 'citation', field: 'sourceId' });
  });

  it('refuses a locator that spans lines but accepts a multi-line quote', () => {
    expect(expectRefused(withCitations(), (s) => addCitation(s, 'a', citation('src-1', { locator: 'p.\n2' })))).toMatchObject(
      { record: 'citation', field: 'locator', problem: 'single-line' },
    );
    const next = expectApplied(withCitations(), (s) => addCitation(s, 'a', citation('src-1', { quote: 'line one\nline two' })));
    expect(quotes(next)?.at(-1)).toBe('line one\nline two');
  });

  it('refuses more citations than a factor may hold', () => {
    const full = scenario('s', [factor('a', PS, { citations: Array.from({ length: LIMITS.citationsPerFactor }, () => citation('src-1')) })]);
    expect(expectRefused(full, (s) => addCitation(s, 'a', citation('src-1')))).toMatchObject({ code: 'invalid-field', field: 'citations', problem: 'too-many', limit: 100 });
  });

  it('never lets a URL into a citation: a citation has no url, so one smuggled in is dropped', () => {
    const hostile = { ...citation('src-1'), url: 'javascript:alert(1)' } as Citation;
    const next = expectApplied(withCitations(), (s) => addCitation(s, 'b', hostile));
    const stored = findFactor(next, 'b')?.citations[0];
    expect(stored).toEqual(citation('src-1'));
    expect(JSON.stringify(next)).not.toContain('javascript:');
    // The URL belongs to the source, and there it is refused.
    expect(errorOf(addSource(workspace([]), { title: 'S', authors: [], year: null, publisher: null, url: 'javascript:alert(1)' }))).toMatchObject(
      { record: 'source', field: 'url', problem: 'web-url' },
    );
  });

  it('replaces a citation in place', () => {
    const next = expectApplied(withCitations(), (s) => updateCitation(s, 'a', 1, citation('src-9', { quote: 'replaced' })));
    expect(quotes(next)).toEqual(['first quote', 'replaced', 'third quote']);
    expect(findFactor(next, 'a')?.citations[1]?.sourceId).toBe('src-9');
  });

  it.each([-1, 3])('refuses to replace citation %s of three', (index) => {
    expect(expectRefused(withCitations(), (s) => updateCitation(s, 'a', index, citation('src-1')))).toMatchObject({ code: 'citation-not-found' });
  });

  it('refuses to replace a citation with an invalid one', () => {
    expect(expectRefused(withCitations(), (s) => updateCitation(s, 'a', 0, citation('src-1', { locator: 'x'.repeat(301) })))).toMatchObject(
      { record: 'citation', field: 'locator', problem: 'too-long' },
    );
  });

  it('moves a citation forwards and backwards', () => {
    const forward = expectApplied(withCitations(), (s) => moveCitation(s, 'a', 0, 2));
    expect(quotes(forward)).toEqual(['second quote', 'third quote', 'first quote']);
    const backward = expectApplied(withCitations(), (s) => moveCitation(s, 'a', 2, 0));
    expect(quotes(backward)).toEqual(['third quote', 'first quote', 'second quote']);
  });

  it.each([
    [0, 3],
    [3, 0],
    [-1, 0],
    [0, -1],
  ])('refuses to move a citation from %s to %s of three', (from, to) => {
    expect(expectRefused(withCitations(), (s) => moveCitation(s, 'a', from, to))).toMatchObject({ code: 'citation-not-found' });
  });

  it('removes a citation', () => {
    const next = expectApplied(withCitations(), (s) => removeCitation(s, 'a', 1));
    expect(quotes(next)).toEqual(['first quote', 'third quote']);
  });

  it.each([-1, 3])('refuses to remove citation %s of three', (index) => {
    expect(expectRefused(withCitations(), (s) => removeCitation(s, 'a', index))).toMatchObject({ code: 'citation-not-found' });
  });

  it('refuses to change citations of a factor that does not exist', () => {
    expect(expectRefused(withCitations(), (s) => updateCitation(s, 'zz', 0, citation('src-1')))).toMatchObject({ code: 'factor-not-found' });
    expect(expectRefused(withCitations(), (s) => moveCitation(s, 'zz', 0, 1))).toMatchObject({ code: 'factor-not-found' });
    expect(expectRefused(withCitations(), (s) => removeCitation(s, 'zz', 0))).toMatchObject({ code: 'factor-not-found' });
  });
});

describe('votes', () => {
  const voted = () =>
    scenario('s', [
      factor('a', PS, { votes: 1 }),
      factor('x', ET, { votes: 7 }),
      factor('b', PS, { votes: 3 }),
      factor('c', PS, { votes: 1 }),
      factor('d', PS, { votes: 3 }),
      factor('e', PS, { votes: 0 }),
    ]);
  const votesOf = (s: Scenario) => Object.fromEntries(s.factors.map((f) => [f.id, f.votes]));

  it('adds votes to one factor only', () => {
    const next = expectApplied(voted(), (s) => changeVotes(s, 'a', 2));
    expect(votesOf(next)).toEqual({ ...votesOf(voted()), a: 3 });
  });

  it('takes votes away', () => {
    const next = expectApplied(voted(), (s) => changeVotes(s, 'x', -2));
    expect(findFactor(next, 'x')?.votes).toBe(5);
  });

  it('never takes the count below zero', () => {
    const next = expectApplied(voted(), (s) => changeVotes(s, 'b', -10));
    expect(findFactor(next, 'b')?.votes).toBe(0);
    const still = expectApplied(next, (s) => changeVotes(s, 'e', -1));
    expect(findFactor(still, 'e')?.votes).toBe(0);
  });

  it('refuses a count above the format limit', () => {
    expect(expectRefused(voted(), (s) => changeVotes(s, 'x', 9_999))).toMatchObject({ code: 'invalid-field', field: 'votes', problem: 'out-of-range' });
  });

  it('refuses an id no factor has', () => {
    expect(expectRefused(voted(), (s) => changeVotes(s, 'zz', 1))).toEqual({ code: 'factor-not-found', id: 'zz' });
  });

  it('clears every vote and nothing else', () => {
    const next = expectApplied(voted(), clearVotes);
    expect(next.factors.every((f) => f.votes === 0)).toBe(true);
    expect(next.factors.map(({ votes: _votes, ...rest }) => rest)).toEqual(voted().factors.map(({ votes: _votes, ...rest }) => rest));
  });

  it('sorts a cell by votes, most first, keeping ties in their order', () => {
    const next = expectApplied(voted(), (s) => sortCellByVotes(s, PS));
    // b and d tie on 3, a and c tie on 1: each pair keeps b-before-d and a-before-c.
    expect(cellIds(next, PS)).toEqual(['b', 'd', 'a', 'c', 'e']);
    expect(cellIds(next, ET)).toEqual(['x']);
  });

  it('changes nothing when a sorted cell is sorted again', () => {
    const once = unwrap(sortCellByVotes(voted(), PS));
    const twice = expectApplied(once, (s) => sortCellByVotes(s, PS));
    expect(twice).toEqual(once);
  });

  it('leaves other cells alone when sorting', () => {
    const unsorted = scenario('s', [factor('p', ET, { votes: 0 }), factor('q', ET, { votes: 5 }), factor('r', PS, { votes: 1 })]);
    const next = expectApplied(unsorted, (s) => sortCellByVotes(s, PS));
    expect(cellIds(next, ET)).toEqual(['p', 'q']);
  });
});

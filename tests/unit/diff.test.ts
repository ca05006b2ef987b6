import { describe, expect, it } from 'vitest';
import { compareScenarios, diffByCell, diffMarks, diffToJson, isEmptyDiff } from '../../src/domain/diff';
import { moveFactor, updateFactor } from '../../src/domain/matrix';
import { changeVotes } from '../../src/domain/votes';
import { cell, citation, factor, scenario, unwrap } from '../fixtures/builders';

const PS = cell('political', 'strengths');
const ET = cell('economic', 'threats');
const SO = cell('social', 'opportunities');

const base = () =>
  scenario('a', [factor('keep', PS, { title: 'Kept' }), factor('gone', ET, { title: 'Gone' }), factor('mover', SO, { title: 'Mover' })], {
    name: 'Before',
  });

/** B: "gone" removed, "new" added, "mover" moved to PS, "keep" edited. */
function changed() {
  let b = { ...base(), id: 'b', name: 'After' };
  b = { ...b, factors: b.factors.filter((f) => f.id !== 'gone') };
  b = { ...b, factors: [...b.factors, factor('new', ET, { title: 'New' })] };
  b = unwrap(moveFactor(b, 'mover', PS, 0));
  b = unwrap(updateFactor(b, 'keep', { title: 'Kept, renamed', impact: 4 }));
  return b;
}

describe('compareScenarios', () => {
  it('finds no difference between a scenario and its unchanged fork', () => {
    const diff = compareScenarios(base(), { ...base(), id: 'fork', name: 'Fork' });
    expect(isEmptyDiff(diff)).toBe(true);
    expect(diff).toMatchObject({ onlyInA: [], onlyInB: [], moved: [], edited: [] });
    expect(diff.strategies).toEqual({ onlyInA: [], onlyInB: [], moved: [], edited: [] });
  });

  it('lists factors only in A and only in B', () => {
    const diff = compareScenarios(base(), changed());
    expect(diff.onlyInA.map((f) => f.id)).toEqual(['gone']);
    expect(diff.onlyInB.map((f) => f.id)).toEqual(['new']);
  });

  it('reports a move with the cell it came from and the cell it went to', () => {
    const diff = compareScenarios(base(), changed());
    expect(diff.moved).toHaveLength(1);
    expect(diff.moved[0]!.factor.id).toBe('mover');
    expect(diff.moved[0]!.from).toEqual(SO);
    expect(diff.moved[0]!.to).toEqual(PS);
  });

  it('reports an edit with the fields that changed, before and after', () => {
    const diff = compareScenarios(base(), changed());
    expect(diff.edited).toHaveLength(1);
    const [edit] = diff.edited;
    expect(edit!.fields).toEqual(['title', 'impact']);
    expect(edit!.before.title).toBe('Kept');
    expect(edit!.after.title).toBe('Kept, renamed');
  });

  it('reports votes, tags, notes and citations as edits', () => {
    let b = unwrap(changeVotes(base(), 'keep', 2));
    b = unwrap(updateFactor(b, 'gone', { tags: ['risk'], note: 'why' }));
    b = { ...b, factors: b.factors.map((f) => (f.id === 'mover' ? { ...f, citations: [citation('src')] } : f)) };
    const diff = compareScenarios(base(), b);
    expect(diff.edited.map((e) => [e.after.id, e.fields])).toEqual([
      ['keep', ['votes']],
      ['gone', ['note', 'tags']],
      ['mover', ['citations']],
    ]);
  });

  it('reports a factor that was both moved and edited under both headings', () => {
    const b = unwrap(updateFactor(unwrap(moveFactor(base(), 'gone', SO, 0)), 'gone', { note: 'moved and noted' }));
    const diff = compareScenarios(base(), b);
    expect(diff.moved.map((m) => m.factor.id)).toEqual(['gone']);
    expect(diff.edited.map((e) => [e.after.id, e.fields])).toEqual([['gone', ['note']]]);
  });

  it('does not count reordering within a cell as a change', () => {
    const a = scenario('a', [factor('x', PS), factor('y', PS)]);
    const b = unwrap(moveFactor(a, 'y', PS, 0));
    expect(b.factors.map((f) => f.id)).toEqual(['y', 'x']);
    expect(isEmptyDiff(compareScenarios(a, b))).toBe(true);
  });

  it('is symmetric in what it lists as only in one side', () => {
    const forward = compareScenarios(base(), changed());
    const backward = compareScenarios(changed(), base());
    expect(backward.onlyInA).toEqual(forward.onlyInB);
    expect(backward.onlyInB).toEqual(forward.onlyInA);
    expect(backward.moved.map((m) => [m.factor.id, m.from, m.to])).toEqual([['mover', PS, SO]]);
  });
});

describe('diff views', () => {
  it('marks each factor by how it changed', () => {
    const marks = diffMarks(compareScenarios(base(), changed()));
    expect(Object.fromEntries(marks)).toEqual({ keep: 'edited', mover: 'moved', new: 'added', gone: 'removed' });
  });

  it('groups changes by the cell a reader would look in', () => {
    const cells = diffByCell(compareScenarios(base(), changed()));
    const ids = (key: string, kind: 'added' | 'removed' | 'movedIn' | 'movedOut' | 'edited') =>
      cells.get(key as never)?.[kind].map((f) => f.id) ?? [];
    expect(ids('political:strengths', 'movedIn')).toEqual(['mover']);
    expect(ids('political:strengths', 'edited')).toEqual(['keep']);
    expect(ids('social:opportunities', 'movedOut')).toEqual(['mover']);
    expect(ids('economic:threats', 'removed')).toEqual(['gone']);
    expect(ids('economic:threats', 'added')).toEqual(['new']);
    expect([...cells.keys()].sort()).toEqual(['economic:threats', 'political:strengths', 'social:opportunities']);
  });
});

describe('diffToJson', () => {
  it('describes the comparison in a self-describing JSON form', () => {
    const a = base();
    const b = changed();
    const json = diffToJson(a, b, compareScenarios(a, b));
    expect(json).toEqual({
      format: 'swot-pest-matrix-diff',
      version: 3,
      a: { id: 'a', name: 'Before' },
      b: { id: 'b', name: 'After' },
      onlyInA: [{ id: 'gone', title: 'Gone', pest: 'economic', swot: 'threats' }],
      onlyInB: [{ id: 'new', title: 'New', pest: 'economic', swot: 'threats' }],
      moved: [{ id: 'mover', title: 'Mover', from: SO, to: PS }],
      edited: [
        {
          id: 'keep',
          title: 'Kept, renamed',
          fields: ['title', 'impact'],
          changes: [
            {
              field: 'title',
              kind: 'words',
              before: 'Kept',
              after: 'Kept, renamed',
              parts: [
                { change: 'same', text: 'Kept' },
                { change: 'added', text: ', renamed' },
              ],
            },
            { field: 'impact', kind: 'value', before: base().factors[0]!.impact, after: 4 },
          ],
        },
      ],
      strategies: { onlyInA: [], onlyInB: [], moved: [], edited: [] },
      totals: { ife: { a: 0, b: 0 }, efe: { a: 0, b: 0 } },
    });
  });

  it('writes the IFE and EFE totals to thousandths, without floating-point noise', () => {
    // 0.061 × 3 + 0.139 × 4 + 0.4 × 1 + 0.4 × 2 adds up to 1.9390000000000003 in floating point.
    const ife = [
      factor('s1', PS, { weight: 0.061, rating: 3 }),
      factor('s2', PS, { weight: 0.139, rating: 4 }),
      factor('w1', cell('economic', 'weaknesses'), { weight: 0.4, rating: 1 }),
      factor('w2', cell('economic', 'weaknesses'), { weight: 0.4, rating: 2 }),
    ];
    const a = scenario('a', ife);
    const b = scenario('b', [...ife.slice(0, 3), factor('w2', cell('economic', 'weaknesses'), { weight: 0.4, rating: 1 }), factor('o', SO, { weight: 1 / 3, rating: 4 })]);
    const json = diffToJson(a, b, compareScenarios(a, b));
    expect(json.totals).toEqual({ ife: { a: 1.939, b: 1.539 }, efe: { a: 0, b: 1.333 } });
    expect(JSON.stringify(json.totals)).toBe('{"ife":{"a":1.939,"b":1.539},"efe":{"a":0,"b":1.333}}');
  });

  it('survives a trip through JSON text unchanged', () => {
    const json = diffToJson(base(), changed(), compareScenarios(base(), changed()));
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it('carries added and removed factors as references only, without their notes or citations', () => {
    const a = scenario('a', [factor('x', PS, { note: 'secret workshop note', citations: [citation('src')] })]);
    const b = scenario('b', []);
    const text = JSON.stringify(diffToJson(a, b, compareScenarios(a, b)));
    expect(text).not.toContain('secret workshop note');
    expect(text).not.toContain('citations');
  });

  it('gives an edited note before and after, with the words added and removed', () => {
    const a = scenario('a', [factor('x', PS, { note: 'Budget approved in May' })]);
    const b = unwrap(updateFactor({ ...a, id: 'b' }, 'x', { note: 'Budget cut in May' }));
    const [edited] = diffToJson(a, b, compareScenarios(a, b)).edited;
    expect(edited!.changes).toEqual([
      {
        field: 'note',
        kind: 'words',
        before: 'Budget approved in May',
        after: 'Budget cut in May',
        parts: [
          { change: 'same', text: 'Budget ' },
          { change: 'removed', text: 'approved' },
          { change: 'added', text: 'cut' },
          { change: 'same', text: ' in May' },
        ],
      },
    ]);
  });
});

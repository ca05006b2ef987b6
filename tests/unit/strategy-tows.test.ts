import { describe, expect, it } from 'vitest';
import { removeFactor, addFactor, moveFactor } from '../../src/domain/matrix';
import { addStrategy, moveStrategy, removeStrategy, restoreStrategy, updateStrategy } from '../../src/domain/strategy/strategies';
import {
  factorDeletionImpact,
  quadrantsForFactors,
  quadrantStrategies,
  strategyEvidence,
  strategyStatus,
} from '../../src/domain/strategy/tows';
import type { Scenario, Strategy } from '../../src/domain/schema';
import { strategiesUsingFactor } from '../../src/domain/strategy/links';
import { cell, citation, errorOf, factor, scenario, source, unwrap } from '../fixtures/builders';

const S = cell('political', 'strengths');
const W = cell('economic', 'weaknesses');
const O = cell('social', 'opportunities');
const T = cell('technological', 'threats');
const S2 = cell('social', 'strengths');

const strategy = (id: string, quadrant: Strategy['quadrant'], factorIds: string[]): Strategy => ({ id, title: `Strategy ${id}`, note: '', quadrant, factorIds });

function base(strategies: Strategy[] = []): Scenario {
  return scenario('s', [factor('s1', S), factor('s2', S2), factor('w1', W), factor('o1', O), factor('t1', T)], { strategies });
}

const status = (s: Scenario, id: string) => strategyStatus(s, s.strategies.find((x) => x.id === id)!);

describe('strategy completeness', () => {
  it.each([
    ['SO', ['s1', 'o1']],
    ['ST', ['s1', 't1']],
    ['WO', ['w1', 'o1']],
    ['WT', ['w1', 't1']],
  ] as const)('%s is complete with one factor from each of its two parts', (quadrant, ids) => {
    expect(status(base([strategy('x', quadrant, [...ids])]), 'x')).toMatchObject({ complete: true, missingParts: [] });
  });

  it.each([
    ['SO', ['s1', 's2'], ['opportunities']],
    ['ST', ['t1'], ['strengths']],
    ['WO', ['s1', 't1'], ['weaknesses', 'opportunities']],
    ['WT', [], ['weaknesses', 'threats']],
  ] as const)('%s resting on %j is incomplete, missing %j', (quadrant, ids, missing) => {
    expect(status(base([strategy('x', quadrant, [...ids])]), 'x')).toMatchObject({ complete: false, missingParts: missing });
  });

  it('accepts factors from any PEST rows', () => {
    expect(status(base([strategy('x', 'SO', ['s2', 'o1'])]), 'x').complete).toBe(true);
  });
});

describe('strategies losing factors', () => {
  const withStrategies = () =>
    base([strategy('a', 'SO', ['s1', 'o1']), strategy('b', 'SO', ['s1', 's2', 'o1']), strategy('c', 'WT', ['w1', 't1'])]);

  it('names the strategies that use a factor', () => {
    expect(strategiesUsingFactor(withStrategies(), 's1').map((s) => s.id)).toEqual(['a', 'b']);
    expect(strategiesUsingFactor(withStrategies(), 'o1').map((s) => s.id)).toEqual(['a', 'b']);
    expect(strategiesUsingFactor(withStrategies(), 'nothing')).toEqual([]);
  });

  it('says, before a delete, which strategies it touches and which it leaves incomplete', () => {
    const impact = factorDeletionImpact(withStrategies(), ['s1']);
    expect(impact.map(({ strategy: s, becomesIncomplete }) => [s.id, becomesIncomplete])).toEqual([
      ['a', true],
      ['b', false],
    ]);
  });

  it('keeps every strategy and every link when a factor is deleted, and marks the strategy incomplete', () => {
    const before = withStrategies();
    const after = unwrap(removeFactor(before, 's1'));
    expect(after.strategies).toBe(before.strategies);
    expect(status(after, 'a')).toMatchObject({ complete: false, missingParts: ['strengths'], missingFactorIds: ['s1'] });
    expect(status(after, 'a').linked.map((f) => f.id)).toEqual(['o1']);
    // b still has s2, so it stays complete, but it shows the missing link.
    expect(status(after, 'b')).toMatchObject({ complete: true, missingFactorIds: ['s1'] });
  });

  it('heals when the factor comes back with its id (undo of a delete)', () => {
    const deleted = unwrap(removeFactor(withStrategies(), 's1'));
    const restored = unwrap(addFactor(deleted, S, factor('s1', S)));
    expect(status(restored, 'a')).toMatchObject({ complete: true, missingFactorIds: [] });
  });

  it('re-evaluates when a linked factor moves to another part', () => {
    const moved = unwrap(moveFactor(withStrategies(), 'o1', T, 0));
    expect(status(moved, 'a')).toMatchObject({ complete: false, missingParts: ['opportunities'] });
  });
});

describe('strategy operations', () => {
  it('adds a strategy at a position in its quadrant and keeps the quadrants’ orders', () => {
    let s = base();
    s = unwrap(addStrategy(s, 'SO', { id: 'first', title: ' First ', factorIds: ['s1', 'o1'] }));
    s = unwrap(addStrategy(s, 'WT', { id: 'other', title: 'Other' }));
    s = unwrap(addStrategy(s, 'SO', { id: 'zero', title: 'Zero' }, 0));
    expect(quadrantStrategies(s, 'SO').map((x) => x.id)).toEqual(['zero', 'first']);
    expect(s.strategies.find((x) => x.id === 'first')).toEqual({ id: 'first', title: 'First', note: '', quadrant: 'SO', factorIds: ['s1', 'o1'] });
  });

  it('refuses an unknown factor, a taken id, an empty title, a repeated link and a bad position, each with its code', () => {
    const s = base([strategy('a', 'SO', [])]);
    expect(errorOf(addStrategy(s, 'SO', { title: 'X', factorIds: ['nope'] }))).toEqual({ code: 'strategy-factor-unknown', id: 'nope' });
    expect(errorOf(addStrategy(s, 'SO', { id: 'a', title: 'X' }))).toEqual({ code: 'strategy-id-taken', id: 'a' });
    expect(errorOf(addStrategy(s, 'SO', { title: '  ' }))).toMatchObject({ code: 'invalid-field', record: 'strategy', field: 'title', problem: 'empty' });
    expect(errorOf(addStrategy(s, 'SO', { title: 'X', factorIds: ['s1', 's1'] }))).toMatchObject({ code: 'invalid-field', field: 'factorIds', problem: 'repeated-id' });
    expect(errorOf(addStrategy(s, 'SO', { title: 'X' }, 5))).toEqual({ code: 'strategy-index-out-of-range', index: 5, max: 1, quadrant: 'SO' });
    expect(errorOf(updateStrategy(s, 'gone', { title: 'X' }))).toEqual({ code: 'strategy-not-found', id: 'gone' });
  });

  it('updates links, keeping a link to a deleted factor it already had', () => {
    const s = unwrap(removeFactor(base([strategy('a', 'SO', ['s1', 'o1'])]), 's1'));
    const next = unwrap(updateStrategy(s, 'a', { factorIds: ['s1', 'o1', 's2'], note: 'Why' }));
    expect(next.strategies[0]).toMatchObject({ factorIds: ['s1', 'o1', 's2'], note: 'Why' });
    expect(status(next, 'a').complete).toBe(true);
  });

  it('moves a strategy to another quadrant and re-evaluates it there', () => {
    const s = base([strategy('a', 'SO', ['s1', 'o1']), strategy('b', 'WO', ['w1', 'o1'])]);
    const moved = unwrap(moveStrategy(s, 'a', 'WO', 1));
    expect(quadrantStrategies(moved, 'WO').map((x) => x.id)).toEqual(['b', 'a']);
    expect(status(moved, 'a')).toMatchObject({ complete: false, missingParts: ['weaknesses'] });
    expect(unwrap(moveStrategy(moved, 'a', 'SO', 0)).strategies.find((x) => x.id === 'a')!.quadrant).toBe('SO');
    expect(errorOf(moveStrategy(s, 'a', 'WT', 1))).toEqual({ code: 'strategy-index-out-of-range', index: 1, max: 0, quadrant: 'WT' });
  });

  it('reorders within a quadrant', () => {
    const s = base([strategy('a', 'SO', []), strategy('b', 'SO', []), strategy('c', 'SO', [])]);
    expect(quadrantStrategies(unwrap(moveStrategy(s, 'c', 'SO', 0)), 'SO').map((x) => x.id)).toEqual(['c', 'a', 'b']);
  });

  it('removes a strategy, and restores it in place with its links', () => {
    const s = base([strategy('a', 'SO', ['s1', 'o1']), strategy('b', 'SO', ['s2'])]);
    const removed = unwrap(removeStrategy(s, 'a'));
    expect(removed.strategies.map((x) => x.id)).toEqual(['b']);
    const withoutFactor = unwrap(removeFactor(removed, 's1'));
    const restored = unwrap(restoreStrategy(withoutFactor, s.strategies[0]!, 0));
    expect(restored.strategies.map((x) => x.id)).toEqual(['a', 'b']);
    expect(restored.strategies[0]!.factorIds).toEqual(['s1', 'o1']);
    expect(errorOf(restoreStrategy(restored, s.strategies[0]!, 0))).toEqual({ code: 'strategy-id-taken', id: 'a' });
  });
});

describe('making a strategy from selected cards', () => {
  it.each([
    [['strengths', 'opportunities'], ['SO']],
    [['weaknesses', 'threats', 'threats'], ['WT']],
    [['strengths', 'opportunities', 'threats'], ['SO', 'ST']],
    [['strengths', 'weaknesses', 'opportunities', 'threats'], ['SO', 'ST', 'WO', 'WT']],
    [['strengths', 'strengths'], []],
    [['opportunities', 'threats'], []],
  ] as const)('cards from %j fit %j', (parts, quadrants) => {
    expect(quadrantsForFactors(parts.map((swot) => ({ swot })))).toEqual(quadrants);
  });
});

describe("a strategy's evidence", () => {
  it('is the citations of its linked factors, in order, each with its source', () => {
    const s = scenario('s', [factor('s1', S, { citations: [citation('src-a'), citation('src-b')] }), factor('o1', O, { citations: [citation('src-a')] })], {
      strategies: [strategy('x', 'SO', ['o1', 's1', 'gone'])],
    });
    const evidence = strategyEvidence(s, s.strategies[0]!, [source('src-a'), source('src-b')]);
    expect(evidence.map((e) => [e.factor.id, e.citation.sourceId, e.source?.title])).toEqual([
      ['o1', 'src-a', 'Source src-a'],
      ['s1', 'src-a', 'Source src-a'],
      ['s1', 'src-b', 'Source src-b'],
    ]);
  });
});

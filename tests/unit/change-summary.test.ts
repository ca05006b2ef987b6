import { describe, expect, it } from 'vitest';
import { summarizeChange } from '../../src/domain/changeSummary';
import { addFactor, moveFactor, removeFactor, updateFactor } from '../../src/domain/matrix';
import type { Scenario, Workspace } from '../../src/domain/schema';
import { addScenario, describeScenario, removeScenario, replaceScenario, updateSource } from '../../src/domain/workspace';
import { cell, factor, scenario, source, unwrap, workspace } from '../fixtures/builders';

const PS = cell('political', 'strengths');
const ET = cell('economic', 'threats');

function sample(): Workspace {
  return workspace(
    [
      scenario('one', [factor('a', PS, { title: 'Alpha' }), factor('b', PS, { title: 'Beta' }), factor('d', PS, { title: 'Delta' }), factor('c', ET, { title: 'Gamma' })], { name: 'One' }),
      scenario('two', [factor('a', PS, { title: 'Alpha' })], { name: 'Two' }),
    ],
    [source('src-a', { title: 'A report' })],
  );
}

/** The workspace after one domain step on scenario "one". */
function step(before: Workspace, operation: (scenario: Scenario) => Scenario): Workspace {
  const one = before.scenarios.find((candidate) => candidate.id === 'one')!;
  return unwrap(replaceScenario(before, operation(one)));
}

describe('summarizeChange names the step a person took', () => {
  const before = sample();

  it('adding a factor, with its cell', () => {
    const after = step(before, (s) => unwrap(addFactor(s, ET, { title: 'Epsilon' })));
    expect(summarizeChange(before, after)).toEqual({ kind: 'factorAdded', title: 'Epsilon', cell: ET });
    // The other way round, the same change reads as the opposite step.
    expect(summarizeChange(after, before)).toEqual({ kind: 'factorDeleted', title: 'Epsilon' });
  });

  it('moving a factor to another cell, and within its own', () => {
    expect(summarizeChange(before, step(before, (s) => unwrap(moveFactor(s, 'a', ET, 0))))).toEqual({ kind: 'factorMoved', title: 'Alpha', to: ET });
    // Down past two cards, and up past two: whichever way, the card that moved is named.
    expect(summarizeChange(before, step(before, (s) => unwrap(moveFactor(s, 'a', PS, 2))))).toEqual({ kind: 'factorReordered', title: 'Alpha', cell: PS });
    expect(summarizeChange(before, step(before, (s) => unwrap(moveFactor(s, 'd', PS, 0))))).toEqual({ kind: 'factorReordered', title: 'Delta', cell: PS });
  });

  it('editing a factor, and a vote told apart from other edits', () => {
    expect(summarizeChange(before, step(before, (s) => unwrap(updateFactor(s, 'b', { note: 'why' }))))).toEqual({ kind: 'factorEdited', title: 'Beta' });
    expect(summarizeChange(before, step(before, (s) => unwrap(updateFactor(s, 'b', { title: 'Beta 2' }))))).toEqual({ kind: 'factorEdited', title: 'Beta 2' });
    expect(summarizeChange(before, step(before, (s) => unwrap(updateFactor(s, 'b', { votes: 1 }))))).toEqual({ kind: 'vote', title: 'Beta' });
  });

  it('a step that changes several factors, by how many', () => {
    const after = step(before, (s) => unwrap(removeFactor(unwrap(removeFactor(s, 'a')), 'c')));
    expect(summarizeChange(before, after)).toEqual({ kind: 'factors', count: 2 });
  });

  it('scenarios added, deleted and renamed', () => {
    const added = unwrap(addScenario(before, { name: 'Three', description: '' }));
    expect(summarizeChange(before, added)).toEqual({ kind: 'scenarioAdded', name: 'Three' });
    expect(summarizeChange(before, unwrap(removeScenario(before, 'two')))).toEqual({ kind: 'scenarioDeleted', name: 'Two' });
    expect(summarizeChange(before, unwrap(describeScenario(before, 'two', { name: 'Second', description: '' })))).toEqual({ kind: 'scenarioEdited', name: 'Second' });
  });

  it('strategies and sources', () => {
    const withStrategy = step(before, (s) => ({ ...s, strategies: [{ id: 'st', title: 'Lead', note: '', quadrant: 'SO', factorIds: ['a'] }] }));
    expect(summarizeChange(before, withStrategy)).toEqual({ kind: 'strategy', title: 'Lead' });
    expect(summarizeChange(withStrategy, before)).toEqual({ kind: 'strategy', title: 'Lead' });
    expect(summarizeChange(before, unwrap(updateSource(before, 'src-a', { title: 'Renamed' })))).toEqual({ kind: 'sources' });
  });

  it('nothing, when only copies of the same content differ', () => {
    expect(summarizeChange(before, structuredClone(before))).toBeNull();
    expect(summarizeChange(before, before)).toBeNull();
  });
});

import type { DomainError, Result } from '../../src/domain/result';
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { IdSchema, type Workspace } from '../../src/domain/schema';
import {
  activeScenario,
  addScenario,
  addSource,
  citationCounts,
  describeScenario,
  duplicateScenario,
  findScenario,
  findSource,
  removeScenario,
  removeSource,
  setActiveScenario,
  type SourceDraft,
  updateSource,
} from '../../src/domain/workspace';
import { cell, citation, deepFreeze, errorOf, factor, scenario, source, unwrap, workspace } from '../fixtures/builders';

const PS = cell('political', 'strengths');
const ET = cell('economic', 'threats');

function sample(): Workspace {
  return workspace(
    [
      scenario('one', [factor('f1', PS, { citations: [citation('src-a')] }), factor('f2', ET)], { name: 'One', description: 'first' }),
      scenario('two', [factor('g1', ET)], { name: 'Two' }),
      scenario('three', [], { name: 'Three' }),
    ],
    [source('src-a', { title: 'Cited' }), source('src-b', { title: 'Uncited' })],
    'two',
  );
}

const draft = (overrides: Partial<SourceDraft> = {}): SourceDraft => ({
  title: 'A report',
  authors: ['A. Author'],
  year: 2024,
  publisher: 'Publisher',
  url: null,
  ...overrides,
});

function expectRefused<T>(input: Workspace, operation: (w: Workspace) => Result<T>): DomainError {
  const before = structuredClone(input);
  const error = errorOf(operation(input));
  expect(input).toEqual(before);
  return error;
}

function expectApplied<T>(input: Workspace, operation: (w: Workspace) => Result<T>): T {
  const before = structuredClone(input);
  const value = unwrap(operation(deepFreeze(input)));
  expect(input).toEqual(before);
  return value;
}

describe('scenarios', () => {
  it('adds an empty scenario at the end and makes it active', () => {
    const next = expectApplied(sample(), (w) => addScenario(w, { name: '  Fresh  ', description: 'new one' }));
    const added = next.scenarios.at(-1)!;
    expect(next.scenarios.slice(0, 3)).toEqual(sample().scenarios);
    expect(added).toMatchObject({ name: 'Fresh', description: 'new one', factors: [] });
    expect(v.is(IdSchema, added.id)).toBe(true);
    expect(sample().scenarios.map((s) => s.id)).not.toContain(added.id);
    expect(next.activeScenarioId).toBe(added.id);
    expect(activeScenario(next)).toBe(added);
  });

  it('refuses a scenario without a name', () => {
    expect(expectRefused(sample(), (w) => addScenario(w, { name: '   ' }))).toMatchObject({ code: 'invalid-field', record: 'scenario', field: 'name', problem: 'empty' });
  });

  it('duplicates a scenario with a new id, the same factor ids, right after the original, and makes it active', () => {
    const next = expectApplied(sample(), (w) => duplicateScenario(w, 'one'));
    expect(next.scenarios.map((s) => s.name)).toEqual(['One', 'One (copy)', 'Two', 'Three']);
    const copy = next.scenarios[1]!;
    expect(copy.id).not.toBe('one');
    expect(next.scenarios.filter((s) => s.id === copy.id)).toHaveLength(1);
    expect(copy.factors).toEqual(findScenario(sample(), 'one')!.factors);
    expect(copy.factors.map((f) => f.id)).toEqual(['f1', 'f2']);
    expect(copy.description).toBe('first');
    expect(next.activeScenarioId).toBe(copy.id);
  });

  it('duplicates under a given name and description', () => {
    const next = expectApplied(sample(), (w) => duplicateScenario(w, 'two', { name: 'Fork', description: 'what if' }));
    expect(next.scenarios[2]).toMatchObject({ name: 'Fork', description: 'what if' });
  });

  it('keeps a copy of a scenario with the longest name within the name limit', () => {
    const long = workspace([scenario('one', [], { name: 'n'.repeat(200) })]);
    const next = expectApplied(long, (w) => duplicateScenario(w, 'one'));
    expect(next.scenarios[1]!.name.length).toBeLessThanOrEqual(200);
    expect(next.scenarios[1]!.name.endsWith(' (copy)')).toBe(true);
  });

  it('refuses to duplicate a scenario that does not exist', () => {
    expect(expectRefused(sample(), (w) => duplicateScenario(w, 'nope'))).toEqual({ code: 'scenario-not-found', id: 'nope' });
  });

  it('renames and redescribes a scenario, leaving the others alone', () => {
    const next = expectApplied(sample(), (w) => describeScenario(w, 'two', { name: ' Renamed ', description: 'changed' }));
    expect(findScenario(next, 'two')).toMatchObject({ name: 'Renamed', description: 'changed' });
    expect(findScenario(next, 'one')).toEqual(findScenario(sample(), 'one'));
    expect(next.activeScenarioId).toBe('two');
  });

  it('changes only the description when no name is given', () => {
    const next = expectApplied(sample(), (w) => describeScenario(w, 'one', { description: 'only this' }));
    expect(findScenario(next, 'one')).toMatchObject({ name: 'One', description: 'only this' });
  });

  it('refuses an empty name or an unknown scenario when describing', () => {
    expect(expectRefused(sample(), (w) => describeScenario(w, 'one', { name: '' }))).toMatchObject({ code: 'invalid-field', record: 'scenario', field: 'name', problem: 'empty' });
    expect(expectRefused(sample(), (w) => describeScenario(w, 'zz', { name: 'x' }))).toMatchObject({ code: 'scenario-not-found' });
  });

  it('removes a scenario that is not active, keeping the active one', () => {
    const next = expectApplied(sample(), (w) => removeScenario(w, 'one'));
    expect(next.scenarios.map((s) => s.id)).toEqual(['two', 'three']);
    expect(next.activeScenarioId).toBe('two');
  });

  it('moves the active scenario to the next one when the active one is removed', () => {
    const next = expectApplied(sample(), (w) => removeScenario(w, 'two'));
    expect(next.scenarios.map((s) => s.id)).toEqual(['one', 'three']);
    expect(next.activeScenarioId).toBe('three');
  });

  it('moves the active scenario to the previous one when the last in the list is removed while active', () => {
    const next = expectApplied({ ...sample(), activeScenarioId: 'three' }, (w) => removeScenario(w, 'three'));
    expect(next.activeScenarioId).toBe('two');
  });

  it('refuses to remove the last scenario', () => {
    const single = workspace([scenario('only')]);
    expect(expectRefused(single, (w) => removeScenario(w, 'only'))).toEqual({ code: 'last-scenario' });
  });

  it('refuses to remove a scenario that does not exist', () => {
    expect(expectRefused(sample(), (w) => removeScenario(w, 'zz'))).toMatchObject({ code: 'scenario-not-found' });
  });

  it('switches the active scenario, and refuses an unknown one', () => {
    const next = expectApplied(sample(), (w) => setActiveScenario(w, 'three'));
    expect(next.activeScenarioId).toBe('three');
    expect(next.scenarios).toEqual(sample().scenarios);
    expect(expectRefused(sample(), (w) => setActiveScenario(w, 'zz'))).toMatchObject({ code: 'scenario-not-found' });
  });

  it('falls back to the first scenario when the active id is stale', () => {
    expect(activeScenario({ ...sample(), activeScenarioId: 'gone' }).id).toBe('one');
  });
});

describe('sources', () => {
  it('adds a source with a generated id and a trimmed title', () => {
    const { workspace: next, sourceId } = expectApplied(sample(), (w) => addSource(w, draft({ title: '  Report  ' })));
    expect(v.is(IdSchema, sourceId)).toBe(true);
    expect(findSource(next, sourceId)).toEqual({ ...draft(), id: sourceId, title: 'Report' });
    expect(next.sources.slice(0, 2)).toEqual(sample().sources);
  });

  it('keeps a requested id, and derives a free one when it is taken', () => {
    const first = expectApplied(sample(), (w) => addSource(w, draft({ id: 'report' })));
    expect(first.sourceId).toBe('report');
    const second = expectApplied(first.workspace, (w) => addSource(w, draft({ id: 'report' })));
    expect(second.sourceId).not.toBe('report');
    expect(second.sourceId.startsWith('report')).toBe(true);
    expect(second.workspace.sources.map((s) => s.id)).toEqual(['src-a', 'src-b', 'report', second.sourceId]);
  });

  it.each(['http://example.org/report', 'https://example.org/report?page=2#s5'])('accepts the web address %s', (url) => {
    const { workspace: next, sourceId } = expectApplied(sample(), (w) => addSource(w, draft({ url })));
    expect(findSource(next, sourceId)?.url).toBe(url);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(document.cookie)',
    '  javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    'ftp://example.org/file',
    'example.org/no-scheme',
  ])('refuses the address %s with a message saying what is allowed', (url) => {
    const error = expectRefused(sample(), (w) => addSource(w, draft({ url })));
    expect(error).toEqual({ code: 'invalid-field', record: 'source', field: 'url', problem: 'web-url' });
  });

  it('refuses a source without a title', () => {
    expect(expectRefused(sample(), (w) => addSource(w, draft({ title: ' ' })))).toMatchObject({ code: 'invalid-field', field: 'title', problem: 'empty' });
  });

  it('refuses a year that is not a whole number in range', () => {
    expect(expectRefused(sample(), (w) => addSource(w, draft({ year: 2024.5 })))).toMatchObject({ code: 'invalid-field', record: 'source', field: 'year', problem: 'whole-number' });
    expect(expectRefused(sample(), (w) => addSource(w, draft({ year: 99 })))).toMatchObject({ code: 'invalid-field', field: 'year', problem: 'out-of-range' });
  });

  it('updates a source in place', () => {
    const next = expectApplied(sample(), (w) => updateSource(w, 'src-b', { title: 'Better title', url: 'https://example.org' }));
    expect(next.sources.map((s) => s.id)).toEqual(['src-a', 'src-b']);
    expect(findSource(next, 'src-b')).toEqual({ ...source('src-b'), title: 'Better title', url: 'https://example.org' });
  });

  it('refuses to give a source a script or data address', () => {
    for (const url of ['javascript:alert(1)', 'data:text/plain,hello']) {
      expect(expectRefused(sample(), (w) => updateSource(w, 'src-a', { url }))).toMatchObject({ code: 'invalid-field', field: 'url', problem: 'web-url' });
    }
  });

  it('refuses to update a source that does not exist', () => {
    expect(expectRefused(sample(), (w) => updateSource(w, 'zz', { title: 'x' }))).toEqual({ code: 'source-not-found', id: 'zz' });
  });

  it('removes a source nobody cites', () => {
    const next = expectApplied(sample(), (w) => removeSource(w, 'src-b'));
    expect(next.sources.map((s) => s.id)).toEqual(['src-a']);
  });

  it('refuses to remove a source while a scenario cites it, naming the scenario', () => {
    const error = expectRefused(sample(), (w) => removeSource(w, 'src-a'));
    expect(error).toEqual({ code: 'source-in-use', scenarioNames: ['One'] });
  });

  it('refuses to remove a source that does not exist', () => {
    expect(expectRefused(sample(), (w) => removeSource(w, 'zz'))).toMatchObject({ code: 'source-not-found' });
  });

  it('counts citations per source', () => {
    const s = scenario('s', [
      factor('a', PS, { citations: [citation('x'), citation('y'), citation('x')] }),
      factor('b', ET, { citations: [citation('x')] }),
    ]);
    expect(Object.fromEntries(citationCounts(s))).toEqual({ x: 3, y: 1 });
  });
});

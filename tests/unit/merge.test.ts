import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { readDocument, toDocument } from '../../src/domain/document';
import { addFactor, updateFactor } from '../../src/domain/matrix';
import { mergeWorkspaces } from '../../src/domain/merge';
import { IdSchema, type Scenario, type Workspace } from '../../src/domain/schema';
import { addScenario, changeScenario, removeScenario, updateSource } from '../../src/domain/workspace';
import { cell, factor, scenario, source, unwrap, workspace } from '../fixtures/builders';

const PS = cell('political', 'strengths');
const ET = cell('economic', 'threats');

/** The state both tabs started from. */
function base(): Workspace {
  return workspace(
    [
      scenario('one', [factor('a', PS, { title: 'Alpha' })], { name: 'One' }),
      scenario('two', [factor('b', ET, { title: 'Bravo' })], { name: 'Two' }),
    ],
    [source('src-a', { title: 'Original title' })],
    'one',
  );
}

const edit = (w: Workspace, scenarioId: string, op: (s: Scenario) => ReturnType<typeof updateFactor>): Workspace =>
  unwrap(changeScenario(w, scenarioId, op));

const retitle = (w: Workspace, scenarioId: string, factorId: string, title: string) =>
  edit(w, scenarioId, (s) => updateFactor(s, factorId, { title }));

const titles = (w: Workspace) => Object.fromEntries(w.scenarios.map((s) => [s.name, s.factors.map((f) => f.title)]));

describe('mergeWorkspaces', () => {
  it('keeps our change when only this tab changed a scenario', () => {
    const ours = retitle(base(), 'one', 'a', 'Alpha (ours)');
    const merged = mergeWorkspaces(base(), ours, base());
    expect(titles(merged)).toEqual({ One: ['Alpha (ours)'], Two: ['Bravo'] });
  });

  it('keeps their change when only the other tab changed a scenario', () => {
    const theirs = retitle(base(), 'two', 'b', 'Bravo (theirs)');
    const merged = mergeWorkspaces(base(), base(), theirs);
    expect(titles(merged)).toEqual({ One: ['Alpha'], Two: ['Bravo (theirs)'] });
  });

  it('takes each side’s change when they changed different scenarios', () => {
    const ours = retitle(base(), 'one', 'a', 'Alpha (ours)');
    const theirs = retitle(base(), 'two', 'b', 'Bravo (theirs)');
    expect(titles(mergeWorkspaces(base(), ours, theirs))).toEqual({ One: ['Alpha (ours)'], Two: ['Bravo (theirs)'] });
  });

  it('keeps theirs and a "(this tab)" copy of ours when both changed the same scenario', () => {
    const ours = retitle(base(), 'one', 'a', 'Alpha (ours)');
    const theirs = retitle(base(), 'one', 'a', 'Alpha (theirs)');
    const merged = mergeWorkspaces(base(), ours, theirs);
    expect(titles(merged)).toEqual({ One: ['Alpha (theirs)'], Two: ['Bravo'], 'One (this tab)': ['Alpha (ours)'] });
    const copy = merged.scenarios.find((s) => s.name === 'One (this tab)')!;
    expect(copy.id).not.toBe('one');
    expect(v.is(IdSchema, copy.id)).toBe(true);
    expect(new Set(merged.scenarios.map((s) => s.id)).size).toBe(merged.scenarios.length);
    // The copy keeps factor ids, so the two versions can be compared.
    expect(copy.factors.map((f) => f.id)).toEqual(['a']);
  });

  it('makes no copy when both tabs made the same change', () => {
    const ours = retitle(base(), 'one', 'a', 'Same');
    const theirs = retitle(base(), 'one', 'a', 'Same');
    expect(titles(mergeWorkspaces(base(), ours, theirs))).toEqual({ One: ['Same'], Two: ['Bravo'] });
  });

  it('keeps a scenario this tab deleted when the other tab changed it since', () => {
    const ours = unwrap(removeScenario(base(), 'two'));
    const theirs = retitle(base(), 'two', 'b', 'Bravo (theirs)');
    expect(titles(mergeWorkspaces(base(), ours, theirs))).toEqual({ One: ['Alpha'], Two: ['Bravo (theirs)'] });
  });

  it('drops a scenario this tab deleted when the other tab left it alone', () => {
    const ours = unwrap(removeScenario(base(), 'two'));
    expect(mergeWorkspaces(base(), ours, base()).scenarios.map((s) => s.id)).toEqual(['one']);
  });

  it('keeps a scenario the other tab deleted when this tab changed it since', () => {
    const ours = retitle(base(), 'two', 'b', 'Bravo (ours)');
    const theirs = unwrap(removeScenario(base(), 'two'));
    expect(titles(mergeWorkspaces(base(), ours, theirs))).toEqual({ One: ['Alpha'], Two: ['Bravo (ours)'] });
  });

  it('drops a scenario the other tab deleted when this tab left it alone', () => {
    const theirs = unwrap(removeScenario(base(), 'one'));
    expect(mergeWorkspaces(base(), base(), theirs).scenarios.map((s) => s.id)).toEqual(['two']);
  });

  it('keeps a new scenario from each tab', () => {
    const ours = unwrap(addScenario(base(), { name: 'Ours new' }));
    const theirs = unwrap(addScenario(base(), { name: 'Theirs new' }));
    const merged = mergeWorkspaces(base(), ours, theirs);
    expect(merged.scenarios.map((s) => s.name).sort()).toEqual(['One', 'Ours new', 'Theirs new', 'Two']);
  });

  it('keeps the scenario this tab was showing active', () => {
    const ours = unwrap(addScenario(base(), { name: 'Ours new' }));
    const merged = mergeWorkspaces(base(), ours, base());
    expect(merged.activeScenarioId).toBe(ours.activeScenarioId);
  });

  it('falls back to an existing scenario when the one shown here is gone', () => {
    const ours = { ...base(), activeScenarioId: 'two' };
    const theirs = unwrap(removeScenario(base(), 'two'));
    const merged = mergeWorkspaces(base(), ours, theirs);
    expect(merged.scenarios.map((s) => s.id)).toEqual(['one']);
    expect(merged.activeScenarioId).toBe('one');
  });

  it('merges sources: new ones from both sides, and this tab’s edit of a shared one', () => {
    const ours = unwrap(updateSource({ ...base(), sources: [...base().sources, source('src-ours')] }, 'src-a', { title: 'Edited here' }));
    const theirs = { ...base(), sources: [...base().sources, source('src-theirs')] };
    const merged = mergeWorkspaces(base(), ours, theirs);
    expect(merged.sources.map((s) => [s.id, s.title])).toEqual([
      ['src-a', 'Edited here'],
      ['src-theirs', 'Source src-theirs'],
      ['src-ours', 'Source src-ours'],
    ]);
  });

  it('keeps their edit of a source this tab did not touch', () => {
    const theirs = unwrap(updateSource(base(), 'src-a', { title: 'Edited there' }));
    expect(mergeWorkspaces(base(), base(), theirs).sources[0]!.title).toBe('Edited there');
  });

  it('produces a workspace that is a valid document after a conflicting edit', () => {
    const ours = edit(retitle(base(), 'one', 'a', 'Ours'), 'one', (s) => addFactor(s, ET, { id: 'c', title: 'Added here' }));
    const theirs = retitle(base(), 'one', 'a', 'Theirs');
    const merged = mergeWorkspaces(base(), ours, theirs);
    const read = readDocument(JSON.parse(JSON.stringify(toDocument(merged))));
    expect(read.ok && read.warnings).toEqual([]);
  });
});

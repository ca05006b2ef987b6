import { describe, expect, it } from 'vitest';
import { compareScenarios } from '../../src/domain/diff';
import { citationChanges, fieldChanges, wordDiff } from '../../src/domain/fieldChanges';
import { cell, citation, factor, scenario } from '../fixtures/builders';

const PS = cell('political', 'strengths');

/** The text one side of a word diff reads as. */
const side = (parts: ReturnType<typeof wordDiff>, drop: 'added' | 'removed') =>
  parts.filter((part) => part.change !== drop).map((part) => part.text).join('');

describe('wordDiff', () => {
  it('marks whole words added and removed, and keeps the rest', () => {
    const parts = wordDiff('Broadband reaches most rural schools', 'Broadband reaches few rural schools by 2025');
    expect(parts.filter((part) => part.change === 'removed').map((part) => part.text.trim())).toEqual(['most']);
    expect(parts.filter((part) => part.change === 'added').map((part) => part.text.trim())).toEqual(['few', 'by 2025']);
  });

  it('diffs Cyrillic and Kazakh by whole words, gives back the new version exactly and the old one up to white space', () => {
    const before = 'Line one.\nLine  two, with Cyrillic: цифровой разрыв.';
    const after = 'Line one.\nLine two, with Kazakh: цифрлық алшақтық.';
    const parts = wordDiff(before, after);
    expect(side(parts, 'removed')).toBe(after);
    const words = (value: string) => value.split(/\s+/);
    expect(words(side(parts, 'added'))).toEqual(words(before));
    expect(parts.filter((part) => part.change === 'removed').map((part) => part.text.trim())).toEqual(['Cyrillic', 'цифровой разрыв']);
  });

  it('handles a note written from nothing and one deleted', () => {
    expect(wordDiff('', 'New note')).toEqual([{ change: 'added', text: 'New note' }]);
    expect(wordDiff('Old note', '')).toEqual([{ change: 'removed', text: 'Old note' }]);
  });
});

describe('citationChanges', () => {
  it('lists citations added and removed; an edited one counts as both', () => {
    const kept = citation('a');
    const edited = citation('b', { locator: 'p. 2' });
    const { added, removed } = citationChanges([kept, citation('b'), citation('c')], [kept, edited, citation('d')]);
    expect(added).toEqual([edited, citation('d')]);
    expect(removed).toEqual([citation('b'), citation('c')]);
  });
});

describe('fieldChanges', () => {
  it('gives each changed field of an edited factor its before and after', () => {
    const before = factor('x', PS, { title: 'Compute access', note: 'Few GPUs in the country', impact: 3, tags: ['infra'], votes: 1, citations: [citation('a')] });
    const after = { ...before, title: 'Compute access blocked', note: 'No GPUs in the country', impact: null, tags: ['infra', 'risk'], votes: 4, citations: [] };
    const [edit] = compareScenarios(scenario('a', [before]), scenario('b', [after])).edited;
    const changes = fieldChanges(edit!.before, edit!.after, edit!.fields);

    expect(changes.map((change) => change.field)).toEqual(['title', 'note', 'impact', 'tags', 'citations', 'votes']);
    expect(changes[0]).toMatchObject({ kind: 'words', before: 'Compute access', after: 'Compute access blocked' });
    expect(changes[1]).toMatchObject({ kind: 'words' });
    expect(changes[2]).toEqual({ field: 'impact', kind: 'value', before: 3, after: null });
    expect(changes[3]).toEqual({ field: 'tags', kind: 'tags', before: ['infra'], after: ['infra', 'risk'] });
    expect(changes[4]).toEqual({ field: 'citations', kind: 'citations', added: [], removed: [citation('a')] });
    expect(changes[5]).toEqual({ field: 'votes', kind: 'value', before: 1, after: 4 });
  });

  it('reads an unset weight or rating as none', () => {
    const before = factor('x', PS);
    const after = { ...before, weight: 0.25 };
    expect(fieldChanges(before, after, ['weight', 'rating'])).toEqual([
      { field: 'weight', kind: 'value', before: null, after: 0.25 },
      { field: 'rating', kind: 'value', before: null, after: null },
    ]);
  });
});

import { diffWords } from 'diff';
import type { ComparedField } from './diff';
import type { Citation, Factor } from './schema';

/** A run of words that both versions share, or that only one of them has. */
export interface WordPart {
  change: 'same' | 'added' | 'removed';
  text: string;
}

type NumberField = 'impact' | 'likelihood' | 'votes' | 'weight' | 'rating';

/** What one field of an edited factor was and became, in the form a reader can follow. */
export type FieldChange =
  | { field: 'title' | 'note'; kind: 'words'; before: string; after: string; parts: WordPart[] }
  | { field: NumberField; kind: 'value'; before: number | null; after: number | null }
  | { field: 'tags'; kind: 'tags'; before: string[]; after: string[] }
  | { field: 'citations'; kind: 'citations'; added: Citation[]; removed: Citation[] };

let words: Intl.Segmenter | undefined;
/**
 * Word boundaries from Unicode's rules, not diffWords' own: its default counts only Latin letters
 * as word characters, so a Russian or Kazakh edit came out letter by letter ("цифр|овой р|лық").
 * Titles and notes are in any language, so the default locale: UAX #29 word breaks barely depend on it.
 */
const segmenter = () => (words ??= new Intl.Segmenter(undefined, { granularity: 'word' }));

/**
 * The word-level difference of two texts: runs kept, added and removed, in reading order. The kept
 * and added runs give `after` back exactly; the kept and removed ones give `before` up to white
 * space, since diffWords does not count a changed space or line break as an edit, nor should a reader.
 */
export function wordDiff(before: string, after: string): WordPart[] {
  return diffWords(before, after, { intlSegmenter: segmenter() }).map((change) => ({
    change: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }));
}

const sameCitation = (a: Citation, b: Citation) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Citations have no id of their own, so a citation is the whole record: one whose locator or
 * quote changed counts as removed and added, which is how a reader checks it anyway.
 */
export function citationChanges(before: readonly Citation[], after: readonly Citation[]): { added: Citation[]; removed: Citation[] } {
  return {
    added: after.filter((citation) => !before.some((other) => sameCitation(citation, other))),
    removed: before.filter((citation) => !after.some((other) => sameCitation(citation, other))),
  };
}

/** Each changed field of a factor, before and after, in the order `fields` lists them. */
export function fieldChanges(before: Factor, after: Factor, fields: readonly ComparedField[]): FieldChange[] {
  return fields.map((field): FieldChange => {
    switch (field) {
      case 'title':
      case 'note':
        return { field, kind: 'words', before: before[field], after: after[field], parts: wordDiff(before[field], after[field]) };
      case 'tags':
        return { field, kind: 'tags', before: [...before.tags], after: [...after.tags] };
      case 'citations':
        return { field, kind: 'citations', ...citationChanges(before.citations, after.citations) };
      default:
        return { field, kind: 'value', before: before[field] ?? null, after: after[field] ?? null };
    }
  });
}

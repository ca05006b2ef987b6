import type { Source } from './schema';

/** What a byline says in place of what a source does not give, in the reader's language. */
export interface BylineWords {
  noAuthor: string;
  noYear: string;
}

/** "Aitolkyn Ashimova, Aigerim Alzhanova · n.d. · al-Farabi Kazakh National University" */
export function sourceByline(source: Source, words: BylineWords): string {
  const parts = [
    source.authors.length > 0 ? source.authors.join(', ') : words.noAuthor,
    source.year === null ? words.noYear : String(source.year),
  ];
  if (source.publisher) parts.push(source.publisher);
  return parts.join(' · ');
}

/** Authors typed as one line, separated by semicolons (names themselves may hold commas). */
export const parseAuthors = (text: string): string[] =>
  text
    .split(';')
    .map((name) => name.trim())
    .filter(Boolean);

export const parseTags = (text: string): string[] => [
  ...new Set(
    text
      .split(',')
      .map((tag) => tag.trim().toLowerCase())
      .filter(Boolean),
  ),
];

import type { Source } from './schema';

/** "Aitolkyn Ashimova, Aigerim Alzhanova · n.d. · al-Farabi Kazakh National University" */
export function sourceByline(source: Source): string {
  const parts = [
    source.authors.length > 0 ? source.authors.join(', ') : 'No author given',
    source.year === null ? 'n.d.' : String(source.year),
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

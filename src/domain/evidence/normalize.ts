/**
 * The normalisation that quote checking applies, identically, to a source's text and to a
 * quote, so that the accidents of text extracted from a PDF (line breaks mid-sentence, words
 * hyphenated at a line end, typographic quotes, soft hyphens) never hide a real quote:
 *
 * - Unicode NFKC (ligatures such as "ﬁ" become "fi", full-width forms become plain);
 * - soft hyphens removed; a hyphen between two letters or digits is dropped with any white space
 *   after it, so "digi-⏎tal" and "digital" meet (and "co-operation" and "co-⏎operation");
 * - typographic quotes folded to " and ', dashes and the minus sign to -, "\$" to "$";
 * - runs of white space (line breaks, tabs, page breaks) become one space;
 * - ё folded to е; then lower case. Kazakh letters (ә ғ қ ң ө ұ ү һ і) stay themselves.
 *
 * `origin[i]` is where the i-th character of `text` came from in the original, so a match
 * found in normalised text can be highlighted in the text the reader shows.
 */
export interface NormalizedText {
  text: string;
  origin: number[];
}

const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]/;
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032]/;
const DASHES = /[\u2010-\u2015\u2212]/;
const WORD_CHAR = /[\p{L}\p{N}]/u;
// A base character with the combining marks that follow it: NFKC may compose them into one.
const CLUSTER = /\P{M}\p{M}*|\p{M}+/gsu;

function fold(char: string): string {
  if (char === '\u00ad') return '';
  if (DOUBLE_QUOTES.test(char)) return '"';
  if (SINGLE_QUOTES.test(char)) return "'";
  if (DASHES.test(char)) return '-';
  if (char === 'ё' || char === 'Ё') return 'е';
  return char.toLowerCase();
}

export function normalizeText(original: string): NormalizedText {
  const chars: string[] = [];
  const origin: number[] = [];
  const push = (char: string, from: number) => {
    chars.push(char);
    origin.push(from);
  };
  for (const match of original.matchAll(CLUSTER)) {
    const at = match.index;
    if (match[0] === '\\' && original[at + 1] === '$') continue; // "\$" as extracted PDFs escape it
    for (const char of match[0].normalize('NFKC')) {
      for (const folded of fold(char)) push(folded, at);
    }
  }
  // White space collapsed, and hyphens inside words dropped with the space after them.
  const text: string[] = [];
  const from: number[] = [];
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!;
    if (/\s/u.test(char)) {
      if (text.length > 0 && text[text.length - 1] !== ' ') {
        text.push(' ');
        from.push(origin[i]!);
      }
      continue;
    }
    if (char === '-' && text.length > 0 && WORD_CHAR.test(text[text.length - 1]!)) {
      let next = i + 1;
      while (next < chars.length && /\s/u.test(chars[next]!)) next++;
      if (next < chars.length && WORD_CHAR.test(chars[next]!)) {
        i = next - 1;
        continue;
      }
    }
    text.push(char);
    from.push(origin[i]!);
  }
  if (text[text.length - 1] === ' ') {
    text.pop();
    from.pop();
  }
  return { text: text.join(''), origin: from };
}

/** The original text's range behind a range of the normalised text. */
export function originalRange(normalized: NormalizedText, start: number, end: number, original: string): { start: number; end: number } {
  const first = normalized.origin[start] ?? original.length;
  const last = normalized.origin[end - 1];
  if (last === undefined) return { start: first, end: first };
  // The last normalised character may come from a cluster of several original ones.
  const cluster = original.slice(last).match(/^(\P{M}\p{M}*|\p{M}+)/su)?.[0] ?? original[last] ?? '';
  return { start: first, end: last + Math.max(cluster.length, 1) };
}

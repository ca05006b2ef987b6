import type { Factor, Scenario, Source } from '../schema';

/** The sources a scenario cites, numbered in the order they are first cited. */
export function numberReferences(scenario: Scenario, sources: readonly Source[]): { list: Source[]; number: Map<string, number> } {
  const byId = new Map(sources.map((source) => [source.id, source]));
  const list: Source[] = [];
  const number = new Map<string, number>();
  for (const factor of scenario.factors) {
    for (const citation of factor.citations) {
      const source = byId.get(citation.sourceId);
      if (!source || number.has(source.id)) continue;
      list.push(source);
      number.set(source.id, list.length);
    }
  }
  return { list, number };
}

/** One style for every reference: Authors (Year). Title. Publisher. URL */
export function formatReference(source: Source, noYear: string): { authors: string; year: string; title: string; publisher: string | null; url: string | null } {
  return {
    authors: source.authors.join(', '),
    year: source.year === null ? noYear : String(source.year),
    title: source.title,
    publisher: source.publisher,
    url: source.url,
  };
}

/** "[1][3]": the numbers of the references a factor cites, each once. */
export function citeMarks(factor: Factor, number: ReadonlyMap<string, number>): string {
  const marks = [...new Set(factor.citations.map((citation) => number.get(citation.sourceId)).filter((n) => n !== undefined))];
  return marks.map((n) => `[${n}]`).join('');
}

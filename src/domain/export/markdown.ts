import { ALL_CELLS, PEST, SWOT } from '../axes';
import { cellFactors } from '../matrix';
import type { Factor, Scenario, Source } from '../schema';
import type { ReportLabels } from './labels';
import { citeMarks, formatReference, numberReferences } from './references';

/**
 * Text as Markdown inline content: characters that would start markup are escaped, and "<"
 * and ">" become entities, so a title can never turn into HTML when the report is rendered.
 */
export function inline(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_[\]|]/g, (char) => `\\${char}`)
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .trim();
}

/**
 * A line of user text at the start of a Markdown line: inline text whose leading block marker
 * (heading, list, quote, rule or setext underline, Pandoc's lettered lists and definitions) is
 * escaped too, so a note's line "- 5 %" or "---" stays a line of text.
 */
function lineStart(text: string): string {
  return inline(text)
    .replace(/^[#>+\-=~:(]/, (char) => `\\${char}`)
    .replace(/^(\d+|[a-zA-Z]|[ivxlcdmIVXLCDM]+)([.)])/, '$1\\$2');
}

/** User text's paragraphs (split at blank lines), each as its non-empty lines. */
const paragraphs = (text: string): string[][] =>
  text
    .trim()
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.split('\n').map(lineStart).filter(Boolean))
    .filter((lines) => lines.length > 0);

/**
 * A paragraph's lines kept as lines: each but the last ends in a backslash, a hard line break that
 * CommonMark, GitHub and Pandoc all read and that, unlike two trailing spaces, editors keep.
 */
const hardBreaks = (lines: readonly string[]): string[] => lines.map((line, index) => (index < lines.length - 1 ? `${line}\\` : line));

function facts(factor: Factor, labels: ReportLabels): string {
  const parts = [factor.impact === null ? null : labels.impact(factor.impact), factor.votes > 0 ? labels.votes(factor.votes) : null];
  const shown = parts.filter(Boolean);
  return shown.length ? ` (${shown.join(', ')})` : '';
}

/** The scenario as a Markdown report: a 4×4 table, each cell's factors with notes and evidence, numbered references. */
export function markdownReport(scenario: Scenario, sources: readonly Source[], labels: ReportLabels): string {
  const { list, number } = numberReferences(scenario, sources);
  const lines: string[] = [`# ${inline(scenario.name)}`, ''];
  for (const paragraph of paragraphs(scenario.description)) lines.push(...hardBreaks(paragraph), '');

  lines.push(`## ${labels.matrix}`, '');
  lines.push(`| | ${SWOT.map((swot) => labels.swot[swot]).join(' | ')} |`, `|---|${SWOT.map(() => '---').join('|')}|`);
  for (const pest of PEST) {
    const cells = SWOT.map((swot) =>
      cellFactors(scenario, { pest, swot })
        .map((factor) => `${inline(factor.title)}${facts(factor, labels)}${citeMarks(factor, number)}`)
        .join(' · '),
    );
    lines.push(`| **${labels.pest[pest]}** | ${cells.join(' | ')} |`);
  }
  lines.push('');

  lines.push(`## ${labels.factorsByCell}`, '');
  for (const cell of ALL_CELLS) {
    lines.push(`### ${labels.cell(cell.pest, cell.swot)}`, '');
    const factors = cellFactors(scenario, cell);
    if (factors.length === 0) lines.push(labels.noFactors, '');
    factors.forEach((factor, index) => {
      const marker = `${index + 1}. `;
      // What follows in the item is indented to its text, so item 10 and on keep their notes too.
      const indent = ' '.repeat(marker.length);
      const [first = [], ...rest] = paragraphs(factor.note);
      const title = `**${inline(factor.title)}**${facts(factor, labels)}`;
      lines.push(...hardBreaks([title, ...first]).map((line, at) => (at === 0 ? marker : indent) + line));
      for (const paragraph of rest) lines.push('', ...hardBreaks(paragraph).map((line) => indent + line));
      for (const citation of factor.citations) {
        const n = number.get(citation.sourceId);
        const where = citation.locator ? `, ${inline(citation.locator)}` : '';
        const quote = citation.quote ? `: “${inline(citation.quote)}”` : '';
        const translation = citation.quoteTranslation ? ` (“${inline(citation.quoteTranslation)}”)` : '';
        lines.push(`${indent}- [${n ?? '?'}]${where}${quote}${translation}`);
      }
    });
    if (factors.length > 0) lines.push('');
  }

  lines.push(`## ${labels.references}`, '');
  list.forEach((source, index) => {
    const ref = formatReference(source, labels.noYear);
    const parts = [`${ref.authors ? `${inline(ref.authors)} ` : ''}(${ref.year}).`, `*${inline(ref.title)}*.`];
    if (ref.publisher) parts.push(`${inline(ref.publisher)}.`);
    if (ref.url) parts.push(`<${ref.url}>`);
    lines.push(`${index + 1}. ${parts.join(' ')}`);
  });
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

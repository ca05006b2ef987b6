import PptxGenJS from 'pptxgenjs';
import { PEST, type Pest, SWOT, type Swot } from '../../domain/axes';
import type { ReportLabels } from '../../domain/export/labels';
import { citeMarks, formatReference, numberReferences } from '../../domain/export/references';
import { cellFactors } from '../../domain/matrix';
import type { Factor, Scenario, Source } from '../../domain/schema';

/** The deck's own words, beside the report labels it shares with the other exports. */
export interface DeckLabels {
  subtitle: string;
  factor: string;
  impact: string;
  votes: string;
  sources: string;
  factors(count: number): string;
  more(count: number): string;
  /** The title of a slide a long table continues onto: "Political (continued)". */
  continued(title: string): string;
}

export const ENGLISH_DECK_LABELS: DeckLabels = {
  subtitle: 'SWOT × PEST analysis',
  factor: 'Factor',
  impact: 'Impact',
  votes: 'Votes',
  sources: 'Sources',
  factors: (count) => `${count} ${count === 1 ? 'factor' : 'factors'}`,
  more: (count) => `+${count} more`,
  continued: (title) => `${title} (continued)`,
};

/**
 * Each SWOT part keeps the app's colour, its letter and its own border style, so a printed or
 * greyscale deck still tells the four apart.
 */
const PART: Record<Swot, { letter: string; colour: string; tint: string; border: 'solid' | 'dash'; pt: number }> = {
  strengths: { letter: 'S', colour: '17733A', tint: 'EAF6EE', border: 'solid', pt: 1 },
  weaknesses: { letter: 'W', colour: 'A34A06', tint: 'FDF1E6', border: 'dash', pt: 1 },
  opportunities: { letter: 'O', colour: '1D4FC4', tint: 'EBF0FD', border: 'solid', pt: 2.5 },
  threats: { letter: 'T', colour: 'B0221B', tint: 'FCECEC', border: 'dash', pt: 2.5 },
};
const INK = '16181D';
const MUTED = '4B5262';
const FONT = 'Arial';
/** The matrix slide lists this many titles per cell; the rest are on the PEST row's own slide. */
const MATRIX_TITLES_PER_CELL = 6;
const MATRIX_TITLE_CHARS = 70;

const shorten = (text: string, max: number): string => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);
const byImpact = (a: Factor, b: Factor) => (b.impact ?? 0) - (a.impact ?? 0) || b.votes - a.votes;

function partBorder(swot: Swot): PptxGenJS.BorderProps {
  return { type: PART[swot].border, pt: PART[swot].pt, color: PART[swot].colour };
}

function heading(slide: PptxGenJS.Slide, text: string, swot?: Swot) {
  slide.addText(text, { x: 0.5, y: 0.3, w: 12.3, h: 0.6, fontFace: FONT, fontSize: 26, bold: true, color: swot ? PART[swot].colour : INK });
}

/**
 * Titles the slides pptxgenjs adds when a table runs past one slide, so each says which table it
 * continues. (They are Slides; pptxgenjs types them by the narrower interface it uses inside.)
 */
function titleContinuations(slide: PptxGenJS.Slide, title: string, deckLabels: DeckLabels) {
  for (const next of slide.newAutoPagedSlides as unknown as PptxGenJS.Slide[]) heading(next, deckLabels.continued(title));
}

function titleSlide(deck: PptxGenJS, scenario: Scenario, date: string, deckLabels: DeckLabels) {
  const slide = deck.addSlide();
  slide.addText(deckLabels.subtitle, { x: 0.8, y: 1.4, w: 11.7, h: 0.5, fontFace: FONT, fontSize: 18, color: MUTED });
  slide.addText(scenario.name, { x: 0.8, y: 2.0, w: 11.7, h: 1.3, fontFace: FONT, fontSize: 40, bold: true, color: INK, valign: 'top' });
  if (scenario.description.trim()) {
    slide.addText(shorten(scenario.description.trim(), 600), { x: 0.8, y: 3.5, w: 11.7, h: 2.0, fontFace: FONT, fontSize: 16, color: INK, valign: 'top' });
  }
  slide.addText(`${deckLabels.factors(scenario.factors.length)} · ${date}`, { x: 0.8, y: 6.2, w: 11.7, h: 0.4, fontFace: FONT, fontSize: 14, color: MUTED });
  SWOT.forEach((swot, index) => {
    slide.addShape('rect', { x: 0.8 + index * 0.55, y: 0.8, w: 0.45, h: 0.45, fill: { color: PART[swot].colour }, line: { color: PART[swot].colour } });
    slide.addText(PART[swot].letter, { x: 0.8 + index * 0.55, y: 0.8, w: 0.45, h: 0.45, align: 'center', valign: 'middle', fontFace: FONT, fontSize: 16, bold: true, color: 'FFFFFF' });
  });
}

/** The 4×4 matrix as a native table, so it can be edited in PowerPoint. */
function matrixSlide(deck: PptxGenJS, scenario: Scenario, labels: ReportLabels, deckLabels: DeckLabels, cite: (factor: Factor) => string) {
  const slide = deck.addSlide();
  heading(slide, labels.matrix);
  const header: PptxGenJS.TableRow = [
    { text: '', options: { fill: { color: 'FFFFFF' } } },
    ...SWOT.map((swot) => ({
      text: `${PART[swot].letter}  ${labels.swot[swot]}`,
      options: { bold: true, color: 'FFFFFF', fill: { color: PART[swot].colour }, border: partBorder(swot) },
    })),
  ];
  const rows: PptxGenJS.TableRow[] = PEST.map((pest) => [
    { text: labels.pest[pest], options: { bold: true, valign: 'middle', fill: { color: 'F6F7F9' } } },
    ...SWOT.map((swot) => {
      const factors = cellFactors(scenario, { pest, swot });
      const shown = [...factors].sort(byImpact).slice(0, MATRIX_TITLES_PER_CELL);
      const lines: PptxGenJS.TextProps[] = shown.map((factor) => ({
        text: `${shorten(factor.title, MATRIX_TITLE_CHARS)}${cite(factor)}`,
        options: { bullet: { indent: 10 }, breakLine: true },
      }));
      if (factors.length > shown.length) lines.push({ text: deckLabels.more(factors.length - shown.length), options: { italic: true, color: MUTED } });
      return { text: lines.length ? lines : '—', options: { fill: { color: PART[swot].tint }, border: partBorder(swot), valign: 'top' as const } };
    }),
  ]);
  slide.addTable([header, ...rows], {
    x: 0.4, y: 1.05, w: 12.5, colW: [1.3, 2.8, 2.8, 2.8, 2.8], fontFace: FONT, fontSize: 8, color: INK, margin: 0.04,
    border: { type: 'solid', pt: 0.5, color: 'C9CED8' },
  });
}

/** One slide per PEST row: every factor with its impact and votes, continued on further slides if long. */
function rowSlide(deck: PptxGenJS, scenario: Scenario, pest: Pest, labels: ReportLabels, deckLabels: DeckLabels, cite: (factor: Factor) => string) {
  const slide = deck.addSlide();
  heading(slide, labels.pest[pest]);
  const headerOptions = { bold: true, fill: { color: 'F6F7F9' } };
  const rows: PptxGenJS.TableRow[] = [
    [
      { text: '', options: headerOptions },
      { text: deckLabels.factor, options: headerOptions },
      { text: deckLabels.impact, options: { ...headerOptions, align: 'center' } },
      { text: deckLabels.votes, options: { ...headerOptions, align: 'center' } },
    ],
  ];
  for (const swot of SWOT) {
    const factors = cellFactors(scenario, { pest, swot });
    factors.forEach((factor, index) => {
      rows.push([
        {
          // Every row carries at least the letter: pptxgenjs may break the table inside a group, and
          // a continuation slide that starts mid-group would otherwise name its part by colour only.
          text: index === 0 ? `${PART[swot].letter}  ${labels.swot[swot]}` : PART[swot].letter,
          options: { bold: true, color: 'FFFFFF', fill: { color: PART[swot].colour }, border: partBorder(swot) },
        },
        { text: `${factor.title}${cite(factor)}`, options: { fill: { color: PART[swot].tint } } },
        { text: factor.impact === null ? '—' : `${factor.impact} / 5`, options: { align: 'center' } },
        { text: String(factor.votes), options: { align: 'center' } },
      ]);
    });
  }
  if (rows.length === 1) rows.push([{ text: '' }, { text: '—' }, { text: '' }, { text: '' }]);
  slide.addTable(rows, {
    x: 0.4, y: 1.05, w: 12.5, colW: [2.0, 8.5, 1.0, 1.0], fontFace: FONT, fontSize: 11, color: INK, margin: 0.05,
    border: { type: 'solid', pt: 0.5, color: 'C9CED8' }, autoPage: true, autoPageRepeatHeader: true, autoPageSlideStartY: 1.05,
    autoPageHeaderRows: 1, newSlideStartY: 1.05,
  } as PptxGenJS.TableProps);
  titleContinuations(slide, labels.pest[pest], deckLabels);
}

function referencesSlide(deck: PptxGenJS, list: readonly Source[], labels: ReportLabels, deckLabels: DeckLabels) {
  const slide = deck.addSlide();
  heading(slide, labels.references);
  const rows: PptxGenJS.TableRow[] = list.map((source, index) => {
    const ref = formatReference(source, labels.noYear);
    const parts = [`${ref.authors ? `${ref.authors} ` : ''}(${ref.year}).`, `${ref.title}.`];
    if (ref.publisher) parts.push(`${ref.publisher}.`);
    if (ref.url) parts.push(ref.url);
    return [{ text: `[${index + 1}]`, options: { bold: true } }, { text: parts.join(' ') }];
  });
  if (rows.length === 0) rows.push([{ text: '' }, { text: '—' }]);
  slide.addTable(rows, {
    x: 0.4, y: 1.05, w: 12.5, colW: [0.7, 11.8], fontFace: FONT, fontSize: 12, color: INK, margin: 0.06,
    border: { type: 'none' }, autoPage: true, newSlideStartY: 1.05,
  } as PptxGenJS.TableProps);
  titleContinuations(slide, labels.references, deckLabels);
}

/** The scenario as a PowerPoint deck: title, matrix, one slide per PEST row, references. */
export async function scenarioDeck(scenario: Scenario, sources: readonly Source[], labels: ReportLabels, deckLabels: DeckLabels, date: string): Promise<Blob> {
  const deck = new PptxGenJS();
  deck.layout = 'LAYOUT_WIDE';
  deck.title = scenario.name;
  deck.subject = deckLabels.subtitle;
  const { list, number } = numberReferences(scenario, sources);
  const cite = (factor: Factor) => {
    const marks = citeMarks(factor, number);
    return marks ? ` ${marks}` : '';
  };
  titleSlide(deck, scenario, date, deckLabels);
  matrixSlide(deck, scenario, labels, deckLabels, cite);
  for (const pest of PEST) rowSlide(deck, scenario, pest, labels, deckLabels, cite);
  referencesSlide(deck, list, labels, deckLabels);
  return (await deck.write({ outputType: 'blob' })) as Blob;
}

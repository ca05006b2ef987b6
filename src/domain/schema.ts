import * as v from 'valibot';
import { EVIDENCE_KINDS, PEST, SWOT, TOWS_QUADRANTS } from './axes';
import { LIMITS } from './limits';
import { RULE_MESSAGES as RULE } from './validation';

/** The format's name and version, written into every exported file. */
export const FORMAT_NAME = 'swot-pest-matrix';
export const FORMAT_VERSION = 3;

// C0 and C1 controls other than tab and newline: invisible, and a common sign of a corrupt file.
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LINE_BREAKS = /[\r\n\t]/;

// Each kind of string is one flat pipe: valibot runs a pipe nested in another a layer at a time
// for every string, and flat, a file of 5,000 factors validates in 9 ms instead of 15 (Node 20).
const atMost = (max: number) => v.maxLength<string, number, string>(max, `must be at most ${max} characters`);
const noControlChars = v.check((s: string) => !CONTROL_CHARS.test(s), RULE['control-characters']);
const oneLine = v.check((s: string) => !LINE_BREAKS.test(s), RULE['single-line']);
const notBlank = v.check((s: string) => s.trim().length > 0, RULE.empty);

const text = (max: number) => v.pipe(v.string(), atMost(max), noControlChars);

const line = (max: number) => v.pipe(v.string(), atMost(max), noControlChars, oneLine);

const requiredLine = (max: number) => v.pipe(v.string(), atMost(max), noControlChars, oneLine, notBlank);

export const IdSchema = v.pipe(
  v.string(),
  v.minLength(1, RULE.empty),
  v.maxLength(LIMITS.idLength, `must be at most ${LIMITS.idLength} characters`),
  v.regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, RULE['id-characters']),
);

/** Only web links: a `javascript:` or `data:` URL in a citation would run or smuggle content. */
export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

export const UrlSchema = v.pipe(v.string(), atMost(2_000), noControlChars, oneLine, v.check(isWebUrl, RULE['web-url']));

export const SourceSchema = v.object({
  id: IdSchema,
  title: requiredLine(500),
  authors: v.pipe(v.array(requiredLine(200)), v.maxLength(LIMITS.authorsPerSource, 'has too many authors')),
  year: v.nullable(v.pipe(v.number(), v.integer(RULE['whole-number']), v.minValue(1000), v.maxValue(2999))),
  publisher: v.nullable(line(500)),
  url: v.nullable(UrlSchema),
});

export const CitationSchema = v.object({
  sourceId: IdSchema,
  /** Where in the source: section, page or paragraph. */
  locator: line(LIMITS.locatorLength),
  /** A verbatim excerpt; may be empty when the citation points without quoting. */
  quote: text(LIMITS.quoteLength),
  /** An English rendering, present only when the quote is in another language. */
  quoteTranslation: v.optional(text(LIMITS.quoteLength)),
  /** What kind of support the citation gives (added in version 3); absent when not labelled. */
  evidence: v.optional(v.picklist(EVIDENCE_KINDS, `must be one of ${EVIDENCE_KINDS.join(', ')}`)),
});

export const PestSchema = v.picklist(PEST, `must be one of ${PEST.join(', ')}`);
export const SwotSchema = v.picklist(SWOT, `must be one of ${SWOT.join(', ')}`);

export const ImpactSchema = v.nullable(
  v.pipe(v.number(), v.integer(RULE['whole-number']), v.minValue(1, 'must be 1 to 5'), v.maxValue(5, 'must be 1 to 5')),
);

/** A whole number from `min` to `max`; the message names the range, so import can say what is allowed. */
const wholeNumber = (min: number, max: number) =>
  v.pipe(v.number(), v.integer(RULE['whole-number']), v.minValue(min, `must be ${min} to ${max}`), v.maxValue(max, `must be ${min} to ${max}`));

/** IFE/EFE weight of a factor within its matrix (David): 0.0 to 1.0; the matrix's weights sum to 1. */
export const WeightSchema = v.pipe(v.number(), v.minValue(0, 'must be 0 to 1'), v.maxValue(1, 'must be 0 to 1'));
/** IFE/EFE rating 1-4. Which ratings a factor may take depends on its SWOT part; the schema checks only the scale. */
export const RatingSchema = wholeNumber(1, 4);
/** PESTLE likelihood 1-5, read next to impact 1-5. */
export const LikelihoodSchema = wholeNumber(1, 5);
/** A significance threshold on the impact × likelihood scale (1-25). */
export const SignificanceThresholdSchema = wholeNumber(1, 25);

export const FactorSchema = v.object({
  id: IdSchema,
  title: requiredLine(LIMITS.titleLength),
  note: text(LIMITS.noteLength),
  impact: ImpactSchema,
  tags: v.pipe(v.array(requiredLine(LIMITS.tagLength)), v.maxLength(LIMITS.tagsPerFactor, 'has too many tags')),
  pest: PestSchema,
  swot: SwotSchema,
  /** Dot votes cast in a workshop; they belong to the scenario like any other content. */
  votes: v.pipe(v.number(), v.integer(RULE['whole-number']), v.minValue(0), v.maxValue(9_999)),
  // Added in version 3, each absent until the analyst sets it.
  likelihood: v.optional(LikelihoodSchema),
  weight: v.optional(WeightSchema),
  rating: v.optional(RatingSchema),
  citations: v.pipe(
    v.array(CitationSchema),
    v.maxLength(LIMITS.citationsPerFactor, `has more than ${LIMITS.citationsPerFactor} citations`),
  ),
});

export const QuadrantSchema = v.picklist(TOWS_QUADRANTS, `must be one of ${TOWS_QUADRANTS.join(', ')}`);

/**
 * A TOWS strategy (Weihrich 1982): one of the four pairings of internal and external factors.
 * It rests on factors of the same scenario, named by id; an id whose factor is gone is kept, so
 * the strategy shows as incomplete instead of silently changing what it claims to rest on.
 */
export const StrategySchema = v.object({
  id: IdSchema,
  title: requiredLine(LIMITS.titleLength),
  note: text(LIMITS.noteLength),
  quadrant: QuadrantSchema,
  factorIds: v.pipe(
    v.array(IdSchema),
    v.maxLength(LIMITS.factorsPerStrategy, `has more than ${LIMITS.factorsPerStrategy} factors`),
    v.check((ids) => new Set(ids).size === ids.length, RULE['repeated-id']),
  ),
});

export const ScenarioSchema = v.object({
  id: IdSchema,
  name: requiredLine(LIMITS.nameLength),
  description: text(LIMITS.descriptionLength),
  /** Which factors are marked significant (impact × likelihood at or above it); absent means the default, 15. */
  significanceThreshold: v.optional(SignificanceThresholdSchema),
  /** All factors of the scenario; a cell's order is the order of its factors here. */
  factors: v.pipe(
    v.array(FactorSchema),
    v.maxLength(LIMITS.factorsPerScenario, `has more than ${LIMITS.factorsPerScenario} factors`),
  ),
  /** TOWS strategies (added in version 3); a quadrant's order is the order of its strategies here. */
  strategies: v.pipe(
    v.array(StrategySchema),
    v.maxLength(LIMITS.strategiesPerScenario, `has more than ${LIMITS.strategiesPerScenario} strategies`),
  ),
});

/** A source's full text, carried only by files exported "with source texts"; kept outside the document. */
export const SourceTextSchema = v.object({
  sourceId: IdSchema,
  /** Where the text came from: a file name, or "pasted". */
  origin: line(500),
  text: text(LIMITS.fileBytes),
});

export const MatrixDocumentSchema = v.object({
  format: v.literal(FORMAT_NAME, `must be "${FORMAT_NAME}"`),
  version: v.literal(FORMAT_VERSION, `must be ${FORMAT_VERSION}`),
  sources: v.pipe(v.array(SourceSchema), v.maxLength(LIMITS.sources, `has more than ${LIMITS.sources} sources`)),
  scenarios: v.pipe(
    v.array(ScenarioSchema),
    v.maxLength(LIMITS.scenarios, `has more than ${LIMITS.scenarios} scenarios`),
  ),
  sourceTexts: v.optional(v.pipe(v.array(SourceTextSchema), v.maxLength(LIMITS.sources, `has more than ${LIMITS.sources} texts`))),
});

export type Source = v.InferOutput<typeof SourceSchema>;
export type Citation = v.InferOutput<typeof CitationSchema>;
export type Factor = v.InferOutput<typeof FactorSchema>;
export type Strategy = v.InferOutput<typeof StrategySchema>;
export type Scenario = v.InferOutput<typeof ScenarioSchema>;
export type MatrixDocument = v.InferOutput<typeof MatrixDocumentSchema>;
export type SourceTextEntry = v.InferOutput<typeof SourceTextSchema>;

/** What the app holds: the document's content plus which scenario is on screen. */
export interface Workspace {
  sources: Source[];
  scenarios: Scenario[];
  activeScenarioId: string;
}

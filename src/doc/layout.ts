import * as Y from 'yjs';
import type { Pest, Swot, TowsQuadrant } from '../domain/axes';
import { FactorSchema, type MatrixDocument, ScenarioSchema, SourceSchema, StrategySchema } from '../domain/schema';

/**
 * How the matrix lives in a Y.Doc. Every record is a Y.Map keyed by its id, and every field
 * is an entry of its own, so two people editing different fields or records never conflict:
 *
 *   sources:   Y.Map  id → Y.Map { title, authors, year, publisher, url, order }
 *   scenarios: Y.Map  id → Y.Map { name, description, significanceThreshold?, order,
 *                                  factors: Y.Map id → Y.Map { title, note, impact, likelihood?, tags, votes,
 *                                                              weight?, rating?, citations,
 *                                                              place: { pest, swot, key } },
 *                                  strategies: Y.Map id → Y.Map { title, note, factorIds,
 *                                                                 place: { quadrant, key } } }
 *
 * `order` and `place.key` are fractional order keys (see order.ts). A factor's cell and key sit
 * in one entry, `place`, so a move is atomic: two people moving the same card end with it in
 * one place, never half in each. Values are plain JSON; arrays (tags, citations) are replaced
 * whole, as the editor edits them whole. A field marked `?` is optional: absent means not set, and
 * clearing it deletes the entry. A strategy's quadrant and key share `place` for the same reason
 * as a factor's cell and key.
 *
 * Scenarios written by a build before strategies existed have no `strategies` map; it is created
 * when the first strategy is added. Two tabs adding the first strategy of such a scenario at the
 * same moment would each create one, and Yjs keeps only one of the two maps, so one of those
 * strategies would be lost; every scenario created since gets its map at creation, so this can
 * only happen to older scenarios, and only in that first instant.
 */
export type DocumentContent = Pick<MatrixDocument, 'sources' | 'scenarios'>;
export type YRecord = Y.Map<unknown>;

export interface Place {
  pest: Pest;
  swot: Swot;
  key: string;
}

export interface StrategyPlace {
  quadrant: TowsQuadrant;
  key: string;
}

export const ORDER = 'order';
export const PLACE = 'place';
export const FACTORS = 'factors';
export const STRATEGIES = 'strategies';

/** The fields each record stores as entries: the schema's own keys, less those stored otherwise. */
export const SOURCE_FIELDS = Object.keys(SourceSchema.entries).filter((key) => key !== 'id');
export const SCENARIO_FIELDS = Object.keys(ScenarioSchema.entries).filter((key) => key !== 'id' && key !== FACTORS && key !== STRATEGIES);
export const FACTOR_FIELDS = Object.keys(FactorSchema.entries).filter((key) => key !== 'id' && key !== 'pest' && key !== 'swot');
export const STRATEGY_FIELDS = Object.keys(StrategySchema.entries).filter((key) => key !== 'id' && key !== 'quadrant');

/**
 * What a field reads as when a replica of another version never wrote it. An optional field
 * (weight, rating, likelihood, significanceThreshold) has no default: it stays absent.
 */
export const FIELD_DEFAULTS: Record<string, unknown> = {
  note: '',
  impact: null,
  tags: [],
  votes: 0,
  citations: [],
  description: '',
  authors: [],
  year: null,
  publisher: null,
  url: null,
  factorIds: [],
};

export function roots(doc: Y.Doc) {
  return {
    sources: doc.getMap<YRecord>('sources'),
    scenarios: doc.getMap<YRecord>('scenarios'),
  };
}

export const factorsOf = (scenario: YRecord): Y.Map<YRecord> => scenario.get(FACTORS) as Y.Map<YRecord>;

/** A scenario's strategies, or undefined for a scenario written before strategies existed. */
export const strategiesOf = (scenario: YRecord): Y.Map<YRecord> | undefined =>
  scenario.get(STRATEGIES) as Y.Map<YRecord> | undefined;

import * as Y from 'yjs';
import type { Pest, Swot } from '../domain/axes';
import { FactorSchema, type MatrixDocument, ScenarioSchema, SourceSchema } from '../domain/schema';

/**
 * How the matrix lives in a Y.Doc. Every record is a Y.Map keyed by its id, and every field
 * is an entry of its own, so two people editing different fields or records never conflict:
 *
 *   sources:   Y.Map  id → Y.Map { title, authors, year, publisher, url, order }
 *   scenarios: Y.Map  id → Y.Map { name, description, order,
 *                                  factors: Y.Map id → Y.Map { title, note, impact, tags, votes,
 *                                                              citations, place: { pest, swot, key } } }
 *
 * `order` and `place.key` are fractional order keys (see order.ts). A factor's cell and key sit
 * in one entry, `place`, so a move is atomic: two people moving the same card end with it in
 * one place, never half in each. Values are plain JSON; arrays (tags, citations) are replaced
 * whole, as the editor edits them whole.
 */
export type DocumentContent = Pick<MatrixDocument, 'sources' | 'scenarios'>;
export type YRecord = Y.Map<unknown>;

export interface Place {
  pest: Pest;
  swot: Swot;
  key: string;
}

export const ORDER = 'order';
export const PLACE = 'place';
export const FACTORS = 'factors';

/** The fields each record stores as entries: the schema's own keys, less those stored otherwise. */
export const SOURCE_FIELDS = Object.keys(SourceSchema.entries).filter((key) => key !== 'id');
export const SCENARIO_FIELDS = Object.keys(ScenarioSchema.entries).filter((key) => key !== 'id' && key !== FACTORS);
export const FACTOR_FIELDS = Object.keys(FactorSchema.entries).filter((key) => key !== 'id' && key !== 'pest' && key !== 'swot');

/** What a field reads as when a replica of another version never wrote it. */
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
};

export function roots(doc: Y.Doc) {
  return {
    sources: doc.getMap<YRecord>('sources'),
    scenarios: doc.getMap<YRecord>('scenarios'),
  };
}

export const factorsOf = (scenario: YRecord): Y.Map<YRecord> => scenario.get(FACTORS) as Y.Map<YRecord>;

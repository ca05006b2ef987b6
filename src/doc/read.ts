import type * as Y from 'yjs';
import { PEST, SWOT, TOWS_QUADRANTS } from '../domain/axes';
import { type Factor, FactorSchema, type Scenario, ScenarioSchema, type Source, type Strategy, StrategySchema } from '../domain/schema';
import {
  type DocumentContent,
  FACTOR_FIELDS,
  FIELD_DEFAULTS,
  factorsOf,
  ORDER,
  PLACE,
  type Place,
  roots,
  SCENARIO_FIELDS,
  SOURCE_FIELDS,
  STRATEGY_FIELDS,
  strategiesOf,
  type StrategyPlace,
  type YRecord,
} from './layout';
import { compareKeyed } from './order';

const CELL_INDEX = new Map(PEST.flatMap((pest, row) => SWOT.map((swot, column) => [`${pest}:${swot}`, row * 4 + column])));
const QUADRANT_INDEX = new Map<string, number>(TOWS_QUADRANTS.map((quadrant, index) => [quadrant, index]));
const NO_STRATEGIES: Strategy[] = [];

/** Copies the fields; one never written takes its default, and an optional one without a default stays absent. */
function fieldsOf(record: YRecord, fields: readonly string[], into: Record<string, unknown>): void {
  for (const field of fields) {
    const value = record.get(field);
    if (value !== undefined) into[field] = value;
    else if (field in FIELD_DEFAULTS) into[field] = FIELD_DEFAULTS[field];
  }
}

/**
 * Reads the document as the plain, immutable values the domain and the interface work with.
 * Records that did not change since the last read are returned as the same objects, so a
 * component that shows one factor re-renders only when that factor changed.
 */
export class DocumentReader {
  private readonly cache = new WeakMap<Y.AbstractType<any>, unknown>();

  constructor(private readonly doc: Y.Doc) {}

  /** Forgets what a transaction changed (`transaction.changedParentTypes` includes every ancestor). */
  invalidate(changed: Iterable<Y.AbstractType<any>>): void {
    for (const type of changed) this.cache.delete(type);
  }

  read(): DocumentContent {
    const { sources, scenarios } = roots(this.doc);
    return {
      sources: this.memo(sources, () => this.ordered(sources, (id, record) => this.source(id, record))),
      scenarios: this.memo(scenarios, () => this.ordered(scenarios, (id, record) => this.scenario(id, record))),
    };
  }

  private memo<T>(type: Y.AbstractType<any>, build: () => T): T {
    if (this.cache.has(type)) return this.cache.get(type) as T;
    const value = build();
    this.cache.set(type, value);
    return value;
  }

  private ordered<T>(records: Y.Map<YRecord>, read: (id: string, record: YRecord) => T): T[] {
    const keyed = Array.from(records.entries(), ([id, record]) => ({ id, key: (record.get(ORDER) as string) ?? '', record }));
    keyed.sort(compareKeyed);
    return keyed.map(({ id, record }) => read(id, record));
  }

  private source(id: string, record: YRecord): Source {
    return this.memo(record, () => {
      const source: Record<string, unknown> = { id };
      fieldsOf(record, SOURCE_FIELDS, source);
      return source as Source;
    });
  }

  private scenario(id: string, record: YRecord): Scenario {
    return this.memo(record, () => {
      const scenario: Record<string, unknown> = { id };
      fieldsOf(record, SCENARIO_FIELDS, scenario);
      scenario.factors = this.factors(factorsOf(record));
      const strategies = strategiesOf(record);
      scenario.strategies = strategies ? this.strategies(strategies) : NO_STRATEGIES;
      return reorderLike(scenario, SCENARIO_KEY_ORDER) as Scenario;
    });
  }

  private strategies(records: Y.Map<YRecord>): Strategy[] {
    return this.memo(records, () => {
      const placed = Array.from(records.entries(), ([id, record]) => {
        const place = record.get(PLACE) as StrategyPlace | undefined;
        return { id, record, place, quadrant: (place && QUADRANT_INDEX.get(place.quadrant)) ?? -1, key: place?.key ?? '' };
      });
      placed.sort((a, b) => a.quadrant - b.quadrant || compareKeyed(a, b));
      // As with factors: a record without a (known) place has not arrived whole yet.
      return placed.filter((entry) => entry.quadrant >= 0).map(({ id, record, place }) => this.strategy(id, record, place!));
    });
  }

  private strategy(id: string, record: YRecord, place: StrategyPlace): Strategy {
    return this.memo(record, () => {
      const strategy: Record<string, unknown> = { id };
      fieldsOf(record, STRATEGY_FIELDS, strategy);
      strategy.quadrant = place.quadrant;
      return reorderLike(strategy, STRATEGY_KEY_ORDER) as Strategy;
    });
  }

  private factors(records: Y.Map<YRecord>): Factor[] {
    return this.memo(records, () => {
      const placed = Array.from(records.entries(), ([id, record]) => {
        const place = record.get(PLACE) as Place | undefined;
        return { id, record, place, cell: place ? (CELL_INDEX.get(`${place.pest}:${place.swot}`) ?? 99) : 99, key: place?.key ?? '' };
      });
      placed.sort((a, b) => a.cell - b.cell || compareKeyed(a, b));
      // A record without a place is one whose creation has not reached us whole; it waits.
      return placed.filter((entry) => entry.place && entry.cell !== 99).map(({ id, record, place }) => this.factor(id, record, place!));
    });
  }

  private factor(id: string, record: YRecord, place: Place): Factor {
    return this.memo(record, () => {
      const factor: Record<string, unknown> = { id };
      fieldsOf(record, FACTOR_FIELDS, factor);
      factor.pest = place.pest;
      factor.swot = place.swot;
      return reorderLike(factor, FACTOR_KEY_ORDER) as Factor;
    });
  }
}

// The snapshot keeps the format's key order, so exported JSON reads the same as before.
const FACTOR_KEY_ORDER = Object.keys(FactorSchema.entries);
const SCENARIO_KEY_ORDER = Object.keys(ScenarioSchema.entries);
const STRATEGY_KEY_ORDER = Object.keys(StrategySchema.entries);

function reorderLike(record: Record<string, unknown>, order: readonly string[]): Record<string, unknown> {
  const sorted: Record<string, unknown> = {};
  for (const key of order) if (key in record) sorted[key] = record[key];
  for (const key of Object.keys(record)) if (!(key in sorted)) sorted[key] = record[key];
  return sorted;
}

import type * as Y from 'yjs';
import { cellIndex, TOWS_QUADRANTS } from '../domain/axes';
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

const QUADRANT_INDEX = new Map<string, number>(TOWS_QUADRANTS.map((quadrant, index) => [quadrant, index]));
const NO_STRATEGIES: Strategy[] = [];

interface PlacedFactor {
  id: string;
  record: YRecord;
  place: Place;
  cell: number;
  key: string;
}
interface FactorList {
  /** Sorted by cell, then key, then id: the order `factors` has. Changed in place by a patch, as is `byId`. */
  entries: PlacedFactor[];
  byId: Map<string, PlacedFactor>;
  factors: Factor[];
}

const comparePlaced = (a: PlacedFactor, b: PlacedFactor): number => a.cell - b.cell || compareKeyed(a, b);

/** Where `entry` goes in the sorted `entries`: after every entry that sorts before it. */
function insertionPoint(entries: readonly PlacedFactor[], entry: PlacedFactor): number {
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (comparePlaced(entries[mid]!, entry) < 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

// Above this many changed factors in one transaction (an import, a merge), sorting afresh is cheaper.
const PATCH_LIMIT = 64;

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
 * component that shows one factor re-renders only when that factor changed. A factor that reads
 * the same as the last one read under its id, in any scenario, is that same object too: a
 * scenario and its forks share their unchanged factors, and switching between them re-renders
 * only the cards that differ.
 */
export class DocumentReader {
  private readonly cache = new WeakMap<Y.AbstractType<any>, unknown>();
  /** The factor last read under each id; held weakly, so a factor no scenario holds is not kept alive. */
  private readonly lastFactor = new Map<string, WeakRef<Factor>>();
  /** Each scenario's factors as last read, in order, with what they were sorted by. */
  private readonly factorLists = new WeakMap<Y.AbstractType<any>, FactorList>();
  private readonly dirtyFactors = new Map<Y.AbstractType<any>, Set<string>>();

  constructor(private readonly doc: Y.Doc) {}

  /**
   * Forgets what a transaction changed (`changedParentTypes` includes every ancestor), and notes
   * which factors changed in each scenario so that the next read re-sorts only those.
   */
  invalidate(transaction: Pick<Y.Transaction, 'changed' | 'changedParentTypes'>): void {
    for (const type of transaction.changedParentTypes.keys()) this.cache.delete(type);
    for (const [type, keys] of transaction.changed) {
      // A factors map whose own entries changed (factors added or removed)...
      if (this.factorLists.has(type)) for (const key of keys) if (key !== null) this.markDirty(type, key);
      // ...or a factor whose fields changed: Yjs's item says which map holds it, under which key.
      const item = type._item;
      const parent = item?.parent as Y.AbstractType<any> | null | undefined;
      if (parent && item?.parentSub && this.factorLists.has(parent)) this.markDirty(parent, item.parentSub);
    }
  }

  private markDirty(records: Y.AbstractType<any>, id: string): void {
    let ids = this.dirtyFactors.get(records);
    if (!ids) this.dirtyFactors.set(records, (ids = new Set()));
    ids.add(id);
  }

  read(): DocumentContent {
    const { sources, scenarios } = roots(this.doc);
    const content = {
      sources: this.memo(sources, () => this.ordered(sources, (id, record) => this.source(id, record))),
      scenarios: this.memo(scenarios, () => this.ordered(scenarios, (id, record) => this.scenario(id, record))),
    };
    // What is still marked belongs to a scenario no longer in the document: its list goes too.
    for (const records of this.dirtyFactors.keys()) this.factorLists.delete(records);
    this.dirtyFactors.clear();
    return content;
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
      const list = this.factorLists.get(records);
      const dirty = this.dirtyFactors.get(records);
      this.dirtyFactors.delete(records);
      const patched = list && dirty && dirty.size <= PATCH_LIMIT ? this.patchFactors(records, list, dirty) : this.sortFactors(records);
      this.factorLists.set(records, patched);
      return patched.factors;
    });
  }

  private placed(id: string, record: YRecord): PlacedFactor | null {
    const place = record.get(PLACE) as Place | undefined;
    const cell = place ? cellIndex(place.pest, place.swot) : undefined;
    // A record without a (known) place is one whose creation has not reached us whole; it waits.
    return place && cell !== undefined ? { id, record, place, cell, key: place.key } : null;
  }

  private sortFactors(records: Y.Map<YRecord>): FactorList {
    const entries: PlacedFactor[] = [];
    for (const [id, record] of records.entries()) {
      const entry = this.placed(id, record);
      if (entry) entries.push(entry);
    }
    entries.sort(comparePlaced);
    return { entries, byId: new Map(entries.map((entry) => [entry.id, entry])), factors: entries.map((entry) => this.factor(entry)) };
  }

  /** Moves only the factors a transaction touched to where they now sort: a drop re-sorts two records, not the scenario. */
  private patchFactors(records: Y.Map<YRecord>, list: FactorList, dirty: ReadonlySet<string>): FactorList {
    const { entries, byId } = list;
    const factors = list.factors.slice();
    for (const id of dirty) {
      const old = byId.get(id);
      if (!old) continue;
      // Ids are unique, so the first entry not sorting before the old one is the old one.
      const at = insertionPoint(entries, old);
      entries.splice(at, 1);
      factors.splice(at, 1);
      byId.delete(id);
    }
    for (const id of dirty) {
      const record = records.get(id);
      const entry = record && this.placed(id, record);
      if (!entry) continue;
      const at = insertionPoint(entries, entry);
      entries.splice(at, 0, entry);
      factors.splice(at, 0, this.factor(entry));
      byId.set(id, entry);
    }
    return { entries, byId, factors };
  }

  private factor({ id, record, place }: PlacedFactor): Factor {
    return this.memo(record, () => {
      const factor: Record<string, unknown> = { id };
      fieldsOf(record, FACTOR_FIELDS, factor);
      factor.pest = place.pest;
      factor.swot = place.swot;
      const fresh = reorderLike(factor, FACTOR_KEY_ORDER) as Factor;
      // Compared as JSON, whose key order is the format's: the same text is the same content. (A
      // citation written with its keys in another order only misses being shared.)
      const known = this.lastFactor.get(id)?.deref();
      if (known && JSON.stringify(known) === JSON.stringify(fresh)) return known;
      this.lastFactor.set(id, new WeakRef(fresh));
      return fresh;
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

import * as Y from 'yjs';
import { TOWS_QUADRANTS, type TowsQuadrant } from '../domain/axes';
import { cellLayout, indexById } from '../domain/cellLayout';
import type { Factor, Scenario, Source, Strategy } from '../domain/schema';
import {
  type DocumentContent,
  FACTOR_FIELDS,
  FACTORS,
  factorsOf,
  ORDER,
  PLACE,
  type Place,
  roots,
  SCENARIO_FIELDS,
  SOURCE_FIELDS,
  STRATEGIES,
  STRATEGY_FIELDS,
  strategiesOf,
  type StrategyPlace,
  type YRecord,
} from './layout';
import { reorderKeys } from './order';

const sameValue = (a: unknown, b: unknown): boolean =>
  a === b || (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null && JSON.stringify(a) === JSON.stringify(b));

function entriesOf(record: object, fields: readonly string[]): Array<[string, unknown]> {
  return fields
    .map((field): [string, unknown] => [field, (record as Record<string, unknown>)[field]])
    .filter(([, value]) => value !== undefined);
}

/**
 * Writes only the fields whose value differs, so untouched fields keep their authorship.
 * An optional field the record no longer has (a weight cleared) is deleted, not left behind.
 */
function writeFields(target: YRecord, record: object, fields: readonly string[]): void {
  for (const field of fields) {
    if (!(field in record) || (record as Record<string, unknown>)[field] === undefined) {
      if (target.has(field)) target.delete(field);
      continue;
    }
    const value = (record as Record<string, unknown>)[field];
    if (!sameValue(target.get(field), value)) target.set(field, value);
  }
}

/** Gives `ids` (in their wanted order) order keys, changing as few as keep the order. */
function writeOrder(records: Y.Map<YRecord>, ids: readonly string[]): void {
  const changes = reorderKeys(ids, (id) => records.get(id)?.get(ORDER) as string | undefined);
  for (const [id, key] of changes) records.get(id)!.set(ORDER, key);
}

/**
 * Removes the records not in `after`, and creates or updates the rest, field by field. With
 * `before` (the values the document held), a record whose value is the same object as before is
 * known to be unchanged and is not looked at: a change costs what it changed, not the scenario's size.
 * Returns the ids of the records it created.
 */
function writeRecords<T extends { id: string }>(records: Y.Map<YRecord>, before: readonly T[] | undefined, after: readonly T[], fields: readonly string[]): Set<string> {
  const created = new Set<string>();
  const write = (record: T) => {
    const existing = records.get(record.id);
    if (existing) return writeFields(existing, record, fields);
    records.set(record.id, new Y.Map(entriesOf(record, fields)));
    created.add(record.id);
  };
  if (!before) {
    const wanted = new Set(after.map((record) => record.id));
    for (const id of Array.from(records.keys())) if (!wanted.has(id)) records.delete(id);
    after.forEach(write);
    return created;
  }
  const previous = indexById(before);
  const touched = after.filter((record) => previous.get(record.id) !== record);
  // Every record of `before` is either still there, unchanged, or has its id among the touched;
  // only when some are neither were records removed, and only then is `after` indexed.
  const updated = touched.filter((record) => previous.has(record.id)).length;
  if (before.length - (after.length - touched.length) > updated) {
    const wanted = indexById(after);
    for (const record of before) if (!wanted.has(record.id)) records.delete(record.id);
  }
  touched.forEach(write);
  return created;
}

function writeSources(doc: Y.Doc, before: readonly Source[] | undefined, after: readonly Source[]): void {
  const { sources } = roots(doc);
  writeRecords(sources, before, after, SOURCE_FIELDS);
  writeOrder(sources, after.map((source) => source.id));
}

const sameList = (a: readonly string[] | undefined, b: readonly string[]): boolean =>
  a !== undefined && (a === b || (a.length === b.length && a.every((id, index) => id === b[index])));

/** A cell's (or quadrant's) order needs no new keys when its list is as before and holds no record just created. */
const keepsOrder = (before: readonly string[] | undefined, after: readonly string[], created: ReadonlySet<string>): boolean =>
  sameList(before, after) && (created.size === 0 || !after.some((id) => created.has(id)));

function writeFactors(records: Y.Map<YRecord>, before: readonly Factor[] | undefined, after: readonly Factor[]): void {
  const created = writeRecords(records, before, after, FACTOR_FIELDS);
  // Only cells whose order changed, or that hold a new record, get keys, and within them only the cards that moved.
  const beforeCells = before && indexById(before).size === before.length ? cellLayout(before) : null;
  for (const [key, ids] of cellLayout(after)) {
    if (beforeCells && keepsOrder(beforeCells.get(key), ids, created)) continue;
    const [pest, swot] = key.split(':') as [Place['pest'], Place['swot']];
    const placeIn = (id: string): string | undefined => {
      const place = records.get(id)?.get(PLACE) as Place | undefined;
      return place && place.pest === pest && place.swot === swot ? place.key : undefined;
    };
    for (const [id, orderKey] of reorderKeys(ids, placeIn)) records.get(id)!.set(PLACE, { pest, swot, key: orderKey });
  }
}

function quadrantLists(strategies: readonly Strategy[]): Map<TowsQuadrant, string[]> {
  const lists = new Map<TowsQuadrant, string[]>(TOWS_QUADRANTS.map((quadrant) => [quadrant, []]));
  for (const strategy of strategies) lists.get(strategy.quadrant)!.push(strategy.id);
  return lists;
}

/** Strategies are ordered within their quadrant exactly as factors are within their cell. */
function writeStrategies(records: Y.Map<YRecord>, before: readonly Strategy[] | undefined, after: readonly Strategy[]): void {
  const created = writeRecords(records, before, after, STRATEGY_FIELDS);
  const beforeQuadrants = before && indexById(before).size === before.length ? quadrantLists(before) : null;
  for (const [quadrant, ids] of quadrantLists(after)) {
    if (beforeQuadrants && keepsOrder(beforeQuadrants.get(quadrant), ids, created)) continue;
    const placeIn = (id: string): string | undefined => {
      const place = records.get(id)?.get(PLACE) as StrategyPlace | undefined;
      return place && place.quadrant === quadrant ? place.key : undefined;
    };
    for (const [id, orderKey] of reorderKeys(ids, placeIn)) records.get(id)!.set(PLACE, { quadrant, key: orderKey } satisfies StrategyPlace);
  }
}

/** The scenario's strategies map, created on first need for a scenario from before strategies (see layout.ts). */
function ensureStrategies(record: YRecord): Y.Map<YRecord> {
  const existing = strategiesOf(record);
  if (existing) return existing;
  const created = new Y.Map<YRecord>();
  record.set(STRATEGIES, created);
  return created;
}

function writeScenarios(doc: Y.Doc, before: readonly Scenario[] | undefined, after: readonly Scenario[]): void {
  const { scenarios } = roots(doc);
  const previous = indexById(before ?? []);
  const wanted = new Set(after.map((scenario) => scenario.id));
  for (const id of Array.from(scenarios.keys())) if (!wanted.has(id)) scenarios.delete(id);
  for (const scenario of after) {
    const prior = previous.get(scenario.id);
    let record = scenarios.get(scenario.id);
    if (!record) {
      record = new Y.Map<unknown>([
        ...entriesOf(scenario, SCENARIO_FIELDS),
        [FACTORS, new Y.Map<YRecord>()],
        [STRATEGIES, new Y.Map<YRecord>()],
      ]);
      scenarios.set(scenario.id, record);
      writeFactors(factorsOf(record), undefined, scenario.factors);
      writeStrategies(strategiesOf(record)!, undefined, scenario.strategies);
      continue;
    }
    if (prior === scenario) continue;
    writeFields(record, scenario, SCENARIO_FIELDS);
    if (prior?.factors !== scenario.factors) writeFactors(factorsOf(record), prior?.factors, scenario.factors);
    if (prior?.strategies !== scenario.strategies && (scenario.strategies.length > 0 || strategiesOf(record))) {
      writeStrategies(ensureStrategies(record), prior?.strategies, scenario.strategies);
    }
  }
  writeOrder(scenarios, after.map((scenario) => scenario.id));
}

/**
 * Makes the document hold `after`, writing only what differs from `before` (what the document
 * held when `after` was computed from it). Call it inside a transaction: one user action, one
 * transaction, one undo step.
 */
export function writeContent(doc: Y.Doc, before: DocumentContent | null, after: DocumentContent): void {
  if (before?.sources !== after.sources) writeSources(doc, before?.sources, after.sources);
  if (before?.scenarios !== after.scenarios) writeScenarios(doc, before?.scenarios, after.scenarios);
}

import * as v from 'valibot';
import { type Cell, cellKey, sameCell } from './axes';
import { createId } from './ids';
import { fail, ok, type Result } from './result';
import { type Citation, CitationSchema, type Factor, FactorSchema, type Scenario } from './schema';
import { fieldError } from './validation';
import { cellLayout, factorIndex } from './cellLayout';

/** What a user supplies for a new factor; everything but the title has a default. */
export interface FactorDraft {
  id?: string;
  title: string;
  note?: string;
  impact?: number | null;
  tags?: string[];
  citations?: Citation[];
}

export type FactorPatch = Partial<Pick<Factor, 'title' | 'note' | 'impact' | 'tags' | 'votes'>>;

export const inCell = (factor: Factor, cell: Cell): boolean => sameCell(factor, cell);

// Cell lists and lookups by id go through the layout and index cached per factors array (which the
// grid has usually built already), so an edit of a 5,000-factor scenario does not walk it in script.
const idsIn = (factors: readonly Factor[], cell: Cell): string[] => cellLayout(factors).get(cellKey(cell)) ?? [];

export function cellFactors(scenario: Scenario, cell: Cell): Factor[] {
  const byId = factorIndex(scenario.factors);
  return idsIn(scenario.factors, cell).map((id) => byId.get(id)!);
}

export function findFactor(scenario: Scenario, factorId: string): Factor | undefined {
  return factorIndex(scenario.factors).get(factorId);
}

/** Where a factor sits: its cell and its index within the cell. */
export function positionOf(scenario: Scenario, factorId: string): { cell: Cell; index: number } | null {
  const factor = findFactor(scenario, factorId);
  if (!factor) return null;
  const cell = { pest: factor.pest, swot: factor.swot };
  return { cell, index: idsIn(scenario.factors, cell).indexOf(factorId) };
}

/** The scenario with the factor at `index` replaced; every other factor keeps its identity. */
function withFactorAt(scenario: Scenario, index: number, factor: Factor): Scenario {
  const factors = scenario.factors.slice();
  factors[index] = factor;
  return { ...scenario, factors };
}

function checkFactor(factor: Factor): Result<Factor> {
  const result = v.safeParse(FactorSchema, factor);
  return result.success ? ok(result.output) : fail(fieldError('factor', result.issues[0]));
}

/**
 * Puts `factor` into `factors` (a copy) so that it becomes the `index`-th of `cellIds`, the ids
 * of its cell's factors in order (without it). The flat array keeps each cell's order; where a
 * cell sits in it does not matter. Only the array's own methods walk it.
 */
function insertAt(factors: readonly Factor[], factor: Factor, cellIds: readonly string[], index: number, byId: ReadonlyMap<string, Factor>): Factor[] {
  const next = factors.slice();
  const anchor = cellIds[index];
  const last = cellIds.at(-1);
  const at = anchor !== undefined ? next.indexOf(byId.get(anchor)!) : last !== undefined ? next.indexOf(byId.get(last)!) + 1 : next.length;
  next.splice(at, 0, factor);
  return next;
}

export function addFactor(scenario: Scenario, cell: Cell, draft: FactorDraft, index?: number): Result<Scenario> {
  const cellIds = idsIn(scenario.factors, cell);
  const count = cellIds.length;
  const at = index ?? count;
  if (!Number.isInteger(at) || at < 0 || at > count) {
    return fail({ code: 'index-out-of-range', index: at, max: count, cell: cellKey(cell) });
  }
  const id = draft.id ?? createId('f');
  if (findFactor(scenario, id)) return fail({ code: 'factor-id-taken', id });
  const checked = checkFactor({
    id,
    title: draft.title.trim(),
    note: draft.note ?? '',
    impact: draft.impact ?? null,
    tags: draft.tags ?? [],
    pest: cell.pest,
    swot: cell.swot,
    votes: 0,
    citations: draft.citations ?? [],
  });
  if (!checked.ok) return checked;
  return ok({ ...scenario, factors: insertAt(scenario.factors, checked.value, cellIds, at, factorIndex(scenario.factors)) });
}

export function updateFactor(scenario: Scenario, factorId: string, patch: FactorPatch): Result<Scenario> {
  const index = scenario.factors.findIndex((factor) => factor.id === factorId);
  const current = scenario.factors[index];
  if (!current) return fail({ code: 'factor-not-found', id: factorId });
  const updated = { ...current, ...patch };
  if (patch.title !== undefined) updated.title = patch.title.trim();
  const checked = checkFactor(updated);
  if (!checked.ok) return checked;
  return ok(withFactorAt(scenario, index, checked.value));
}

/** Moves a factor so that it becomes the `toIndex`-th factor of `toCell`, counted without it. */
export function moveFactor(scenario: Scenario, factorId: string, toCell: Cell, toIndex: number): Result<Scenario> {
  const factor = findFactor(scenario, factorId);
  if (!factor) return fail({ code: 'factor-not-found', id: factorId });
  const rest = scenario.factors.slice();
  rest.splice(rest.indexOf(factor), 1);
  const cellIds = idsIn(scenario.factors, toCell).filter((id) => id !== factorId);
  const count = cellIds.length;
  if (!Number.isInteger(toIndex) || toIndex < 0 || toIndex > count) {
    return fail({ code: 'index-out-of-range', index: toIndex, max: count, cell: cellKey(toCell) });
  }
  const moved = sameCell(factor, toCell) ? factor : { ...factor, pest: toCell.pest, swot: toCell.swot };
  return ok({ ...scenario, factors: insertAt(rest, moved, cellIds, toIndex, factorIndex(scenario.factors)) });
}

export function removeFactor(scenario: Scenario, factorId: string): Result<Scenario> {
  if (!findFactor(scenario, factorId)) return fail({ code: 'factor-not-found', id: factorId });
  return ok({ ...scenario, factors: scenario.factors.filter((factor) => factor.id !== factorId) });
}

function withCitations(
  scenario: Scenario,
  factorId: string,
  change: (citations: Citation[]) => Result<Citation[]>,
): Result<Scenario> {
  const factor = findFactor(scenario, factorId);
  if (!factor) return fail({ code: 'factor-not-found', id: factorId });
  const changed = change(factor.citations);
  if (!changed.ok) return changed;
  return updateFactorCitations(scenario, factorId, changed.value);
}

function updateFactorCitations(scenario: Scenario, factorId: string, citations: Citation[]): Result<Scenario> {
  const index = scenario.factors.findIndex((factor) => factor.id === factorId);
  const checked = checkFactor({ ...scenario.factors[index]!, citations });
  if (!checked.ok) return checked;
  return ok(withFactorAt(scenario, index, checked.value));
}

function checkCitation(citation: Citation): Result<Citation> {
  const result = v.safeParse(CitationSchema, citation);
  if (!result.success) return fail(fieldError('citation', result.issues[0]));
  const { quoteTranslation, ...rest } = result.output;
  // An empty translation is no translation; dropping it keeps exports tidy.
  return ok(quoteTranslation?.trim() ? { ...rest, quoteTranslation } : rest);
}

const outOfRange = (index: number, length: number) =>
  !Number.isInteger(index) || index < 0 || index >= length;

export function addCitation(scenario: Scenario, factorId: string, citation: Citation, index?: number): Result<Scenario> {
  return withCitations(scenario, factorId, (citations) => {
    const at = index ?? citations.length;
    if (!Number.isInteger(at) || at < 0 || at > citations.length) return fail({ code: 'citation-not-found', index: at });
    const checked = checkCitation(citation);
    if (!checked.ok) return checked;
    return ok([...citations.slice(0, at), checked.value, ...citations.slice(at)]);
  });
}

export function updateCitation(scenario: Scenario, factorId: string, index: number, citation: Citation): Result<Scenario> {
  return withCitations(scenario, factorId, (citations) => {
    if (outOfRange(index, citations.length)) return fail({ code: 'citation-not-found', index });
    const checked = checkCitation(citation);
    if (!checked.ok) return checked;
    return ok(citations.map((existing, i) => (i === index ? checked.value : existing)));
  });
}

export function moveCitation(scenario: Scenario, factorId: string, from: number, to: number): Result<Scenario> {
  return withCitations(scenario, factorId, (citations) => {
    if (outOfRange(from, citations.length) || outOfRange(to, citations.length)) {
      return fail({ code: 'citation-not-found', index: outOfRange(from, citations.length) ? from : to });
    }
    const next = citations.slice();
    const [moved] = next.splice(from, 1);
    next.splice(to, 0, moved!);
    return ok(next);
  });
}

export function removeCitation(scenario: Scenario, factorId: string, index: number): Result<Scenario> {
  return withCitations(scenario, factorId, (citations) => {
    if (outOfRange(index, citations.length)) return fail({ code: 'citation-not-found', index });
    return ok(citations.filter((_, i) => i !== index));
  });
}

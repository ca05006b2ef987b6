import { generateKeyBetween } from 'fractional-indexing';
import * as Y from 'yjs';
import { ALL_CELLS, type Cell, cellKey } from '../domain/axes';
import { LIMITS } from '../domain/limits';
import type { Scenario } from '../domain/schema';
import { type DocumentContent, factorsOf, PLACE, type Place, roots, type YRecord } from '../doc/layout';
import { compareKeyed } from '../doc/order';
import { writeContent } from '../doc/write';
import {
  HOST_AUTHOR,
  readSession,
  type SessionSettings,
  voteKey,
  voteTotals,
  parseVoteKey,
  votesLeft,
} from '../features/live/rules';

/**
 * A live room is a Y.Doc of its own, shared through the server. It holds the scenario being
 * workshopped in the same layout as the user's document (src/doc/layout.ts: factors keyed by id,
 * `place` with a fractional order key), plus what only a workshop needs:
 *
 *   session:      Y.Map  { phase, dotBudget, hidden, revealed, ended }
 *   participants: Y.Map  participant id → { name }
 *   votes:        Y.Map  `${factorId}\0${participantId}` → dots (written only by that participant)
 *   each factor:  `author` entry, a participant id or "host"; its own `votes` entry is the
 *                 facilitator's base count (votes the scenario had, and +/- pressed on the laptop);
 *                 `removed: true` once the facilitator removed it (see removeRoomFactor)
 */
export const AUTHOR = 'author';
export const REMOVED = 'removed';

export function roomRoots(doc: Y.Doc) {
  return {
    ...roots(doc),
    session: doc.getMap<unknown>('session'),
    participants: doc.getMap<{ name: string }>('participants'),
    votes: doc.getMap<number>('votes'),
  };
}

export interface RoomFactor {
  id: string;
  title: string;
  note: string;
  pest: Cell['pest'];
  swot: Cell['swot'];
  key: string;
  author: string;
  /** The facilitator's own count, before participants' votes. */
  baseVotes: number;
}

export interface RoomState {
  scenarioId: string | null;
  scenarioName: string;
  session: SessionSettings;
  participants: Map<string, { name: string }>;
  /** In cell order, then by order key, as the matrix shows them. */
  factors: RoomFactor[];
  votes: Array<[string, number]>;
}

const CELL_INDEX = new Map(ALL_CELLS.map((cell, index) => [cellKey(cell), index]));
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

function roomScenario(doc: Y.Doc): [string, YRecord] | null {
  const first = roomRoots(doc).scenarios.entries().next();
  return first.done ? null : first.value;
}

function readFactor(id: string, record: YRecord): RoomFactor | null {
  if (record.get(REMOVED) === true) return null;
  const place = record.get(PLACE) as Place | undefined;
  if (!place || !CELL_INDEX.has(`${place.pest}:${place.swot}`)) return null;
  const votes = record.get('votes');
  return {
    id,
    title: text(record.get('title')),
    note: text(record.get('note')),
    pest: place.pest,
    swot: place.swot,
    key: place.key,
    author: text(record.get(AUTHOR)) || HOST_AUTHOR,
    baseVotes: typeof votes === 'number' && Number.isInteger(votes) && votes > 0 ? votes : 0,
  };
}

/** Everything in the room as plain values. */
export function readRoom(doc: Y.Doc): RoomState {
  const { session, participants, votes } = roomRoots(doc);
  const scenario = roomScenario(doc);
  const factors: RoomFactor[] = [];
  if (scenario) {
    for (const [id, record] of factorsOf(scenario[1]).entries()) {
      const factor = readFactor(id, record);
      if (factor) factors.push(factor);
    }
  }
  factors.sort((a, b) => CELL_INDEX.get(`${a.pest}:${a.swot}`)! - CELL_INDEX.get(`${b.pest}:${b.swot}`)! || compareKeyed(a, b));
  const people = new Map<string, { name: string }>();
  for (const [id, value] of participants.entries()) people.set(id, { name: text(value?.name) });
  return {
    scenarioId: scenario?.[0] ?? null,
    scenarioName: text(scenario?.[1].get('name')),
    session: readSession(session.toJSON()),
    participants: people,
    factors,
    votes: Array.from(votes.entries()),
  };
}

/** Each factor's count as the room shows it: the facilitator's base plus participants' counted dots. */
export function roomTotals(state: RoomState, includeParticipants: boolean): Map<string, number> {
  const ids = new Set(state.factors.map((factor) => factor.id));
  const counted = includeParticipants ? voteTotals(state.votes, state.session.dotBudget, ids) : new Map<string, number>();
  return new Map(state.factors.map((factor) => [factor.id, factor.baseVotes + (counted.get(factor.id) ?? 0)]));
}

/** Puts the scenario in an empty room; its factors become the facilitator's. Citations stay on the laptop. */
export function seedRoom(doc: Y.Doc, scenario: Scenario): void {
  const bare: Scenario = { ...scenario, factors: scenario.factors.map((factor) => ({ ...factor, citations: [], tags: [] })) };
  const content: DocumentContent = { sources: [], scenarios: [bare] };
  doc.transact(() => writeContent(doc, null, content));
}

const clip = (value: string, limit: number): string => value.trim().slice(0, limit);

function lastKeyIn(factors: Y.Map<YRecord>, cell: Cell): string | null {
  let last: string | null = null;
  for (const record of factors.values()) {
    const place = record.get(PLACE) as Place | undefined;
    if (place && place.pest === cell.pest && place.swot === cell.swot && (last === null || place.key > last)) last = place.key;
  }
  return last;
}

export interface NewRoomFactor {
  id: string;
  title: string;
  note?: string;
  cell: Cell;
  author: string;
  baseVotes?: number;
}

/** Adds a factor at the end of its cell. Returns false when the title is empty or the room has no scenario. */
export function addRoomFactor(doc: Y.Doc, draft: NewRoomFactor, origin?: unknown): boolean {
  const scenario = roomScenario(doc);
  const title = clip(draft.title, LIMITS.titleLength);
  if (!scenario || !title) return false;
  doc.transact(() => {
    const factors = factorsOf(scenario[1]);
    const place: Place = { ...draft.cell, key: generateKeyBetween(lastKeyIn(factors, draft.cell), null) };
    factors.set(
      draft.id,
      new Y.Map<unknown>([
        ['title', title],
        ['note', clip(draft.note ?? '', LIMITS.noteLength)],
        ['impact', null],
        ['tags', []],
        ['votes', draft.baseVotes ?? 0],
        ['citations', []],
        [AUTHOR, draft.author],
        [PLACE, place],
      ]),
    );
  }, origin);
  return true;
}

export interface RoomFactorPatch {
  title?: string;
  note?: string;
  baseVotes?: number;
  cell?: Cell;
}

/** Changes only the fields that differ, so an echo of the same values writes nothing. */
export function editRoomFactor(doc: Y.Doc, factorId: string, patch: RoomFactorPatch, origin?: unknown): boolean {
  const scenario = roomScenario(doc);
  const record = scenario ? factorsOf(scenario[1]).get(factorId) : undefined;
  if (!scenario || !record) return false;
  const title = patch.title === undefined ? undefined : clip(patch.title, LIMITS.titleLength);
  if (title === '') return false;
  doc.transact(() => {
    if (title !== undefined && record.get('title') !== title) record.set('title', title);
    if (patch.note !== undefined) {
      const note = clip(patch.note, LIMITS.noteLength);
      if (record.get('note') !== note) record.set('note', note);
    }
    if (patch.baseVotes !== undefined && record.get('votes') !== patch.baseVotes) record.set('votes', Math.max(0, patch.baseVotes));
    const place = record.get(PLACE) as Place | undefined;
    if (patch.cell && (place?.pest !== patch.cell.pest || place?.swot !== patch.cell.swot)) {
      record.set(PLACE, { ...patch.cell, key: generateKeyBetween(lastKeyIn(factorsOf(scenario[1]), patch.cell), null) });
    }
  }, origin);
  return true;
}

/**
 * Takes a factor out of the session: no one sees it, and the dots on it go back to the
 * participants. It stays in the room, marked, so that the facilitator's undo brings it back as
 * it was, with its author and the dots still on it (restoreRoomFactor); deleting it lost both,
 * and the undo re-added it as the facilitator's own with the participants' dots as theirs.
 */
export function removeRoomFactor(doc: Y.Doc, factorId: string, origin?: unknown): void {
  const scenario = roomScenario(doc);
  const record = scenario ? factorsOf(scenario[1]).get(factorId) : undefined;
  if (record && record.get(REMOVED) !== true) doc.transact(() => record.set(REMOVED, true), origin);
}

/**
 * Brings back a factor removed from the session. Returns false when there is none to bring back.
 * A participant who spent the returned dots elsewhere meanwhile keeps those votes; their dots
 * on this factor are cut to what their budget still allows, so no one has more than the budget.
 */
export function restoreRoomFactor(doc: Y.Doc, factorId: string, origin?: unknown): boolean {
  const scenario = roomScenario(doc);
  const record = scenario ? factorsOf(scenario[1]).get(factorId) : undefined;
  if (!record || record.get(REMOVED) !== true) return false;
  const { votes } = roomRoots(doc);
  // Read while it is still removed: `others` is every factor but this one.
  const state = readRoom(doc);
  const others = new Set(state.factors.map((factor) => factor.id));
  doc.transact(() => {
    record.delete(REMOVED);
    for (const [key, count] of Array.from(votes.entries())) {
      const parsed = parseVoteKey(key);
      if (parsed?.factorId !== factorId) continue;
      const allowed = Math.min(count, votesLeft(state.votes, parsed.participantId, state.session.dotBudget, others));
      if (allowed === 0) votes.delete(key);
      else if (allowed !== count) votes.set(key, allowed);
    }
  }, origin);
  return true;
}

/** Sets one participant's dots on one factor; callers check the rules first (decideVote). */
export function setVote(doc: Y.Doc, factorId: string, participantId: string, count: number): void {
  const { votes } = roomRoots(doc);
  const key = voteKey(factorId, participantId);
  doc.transact(() => {
    if (count > 0) votes.set(key, count);
    else votes.delete(key);
  });
}

export function updateSession(doc: Y.Doc, patch: Partial<SessionSettings>): void {
  const { session } = roomRoots(doc);
  doc.transact(() => {
    for (const [field, value] of Object.entries(patch)) if (session.get(field) !== value) session.set(field, value);
  });
}

export function setParticipantName(doc: Y.Doc, participantId: string, name: string): void {
  const { participants } = roomRoots(doc);
  const clipped = clip(name, 60);
  if (participants.get(participantId)?.name !== clipped) participants.set(participantId, { name: clipped });
}

/**
 * The rules of a live workshop, as pure functions over plain values: no Yjs, no React, so the
 * facilitator, the participants, the projector and the tests all count the same way.
 *
 * Votes are stored per participant and per factor (`voteKey`), each entry written only by its
 * participant, so two people voting at once never overwrite each other. Replicas that voted
 * offline can still merge into more dots than the budget allows (the same participant on two
 * devices, or a budget lowered after voting). The stored entries are kept as they are, and the
 * count is capped instead: a participant's entries are taken in factor-id order until their
 * budget is spent, and the rest are not counted. Every replica holds the same entries after a
 * merge, so every replica counts the same totals.
 */

export type Phase = 'collect' | 'vote' | 'closed';
export const PHASES: readonly Phase[] = ['collect', 'vote', 'closed'];

export interface SessionSettings {
  phase: Phase;
  /** Dots each participant may spend. */
  dotBudget: number;
  /** Participants' factors and vote totals stay off shared screens until revealed. */
  hidden: boolean;
  revealed: boolean;
  /** The facilitator ended the session; the room is read-only from then on. */
  ended: boolean;
}

export const DEFAULT_SESSION: SessionSettings = { phase: 'collect', dotBudget: 5, hidden: false, revealed: false, ended: false };
export const MAX_DOT_BUDGET = 50;

/** Who is looking: the facilitator, one participant, or a view-only screen. */
export type Viewer = { kind: 'host' } | { kind: 'participant'; id: string } | { kind: 'screen' };

/** The factor author of everything the facilitator brought or added. */
export const HOST_AUTHOR = 'host';

const SEPARATOR = '\u0000';
export const voteKey = (factorId: string, participantId: string): string => `${factorId}${SEPARATOR}${participantId}`;

export function parseVoteKey(key: string): { factorId: string; participantId: string } | null {
  const at = key.indexOf(SEPARATOR);
  if (at <= 0 || at === key.length - 1) return null;
  return { factorId: key.slice(0, at), participantId: key.slice(at + 1) };
}

export type VoteEntries = Iterable<readonly [string, number]>;

const validCount = (count: unknown): number => (typeof count === 'number' && Number.isInteger(count) && count > 0 ? count : 0);

/**
 * The votes that count, per participant and factor: only for factors that still exist, and at
 * most `budget` per participant, taken in factor-id order.
 */
export function countedVotes(entries: VoteEntries, budget: number, factorIds: ReadonlySet<string>): Map<string, Map<string, number>> {
  const raw = new Map<string, Array<[string, number]>>();
  for (const [key, value] of entries) {
    const parsed = parseVoteKey(key);
    const count = validCount(value);
    if (!parsed || count === 0 || !factorIds.has(parsed.factorId)) continue;
    const list = raw.get(parsed.participantId) ?? [];
    list.push([parsed.factorId, count]);
    raw.set(parsed.participantId, list);
  }
  const counted = new Map<string, Map<string, number>>();
  for (const [participantId, list] of raw) {
    list.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    let left = Math.max(0, budget);
    const kept = new Map<string, number>();
    for (const [factorId, count] of list) {
      const take = Math.min(count, left);
      if (take > 0) kept.set(factorId, take);
      left -= take;
    }
    counted.set(participantId, kept);
  }
  return counted;
}

/** Each factor's number of counted votes from participants (factors with none are absent). */
export function voteTotals(entries: VoteEntries, budget: number, factorIds: ReadonlySet<string>): Map<string, number> {
  const totals = new Map<string, number>();
  for (const perFactor of countedVotes(entries, budget, factorIds).values()) {
    for (const [factorId, count] of perFactor) totals.set(factorId, (totals.get(factorId) ?? 0) + count);
  }
  return totals;
}

/** What one participant has spent on each factor, as stored (their own view, uncapped). */
export function ownVotes(entries: VoteEntries, participantId: string, factorIds: ReadonlySet<string>): Map<string, number> {
  const own = new Map<string, number>();
  for (const [key, value] of entries) {
    const parsed = parseVoteKey(key);
    if (parsed?.participantId === participantId && factorIds.has(parsed.factorId) && validCount(value) > 0) {
      own.set(parsed.factorId, validCount(value));
    }
  }
  return own;
}

/** Dots a participant still has; votes on removed factors come back. */
export function votesLeft(entries: VoteEntries, participantId: string, budget: number, factorIds: ReadonlySet<string>): number {
  let spent = 0;
  for (const count of ownVotes(entries, participantId, factorIds).values()) spent += count;
  return Math.max(0, budget - spent);
}

export type VoteRefusal = 'not-voting' | 'no-dots-left' | 'nothing-to-take-back' | 'no-such-factor';
export type VoteDecision = { ok: true; next: number } | { ok: false; reason: VoteRefusal };

/** Whether a participant may add (`delta` 1) or take back (`delta` -1) a dot on a factor now. */
export function decideVote(
  session: SessionSettings,
  entries: VoteEntries,
  participantId: string,
  factorId: string,
  delta: 1 | -1,
  factorIds: ReadonlySet<string>,
): VoteDecision {
  if (session.ended || session.phase !== 'vote') return { ok: false, reason: 'not-voting' };
  if (!factorIds.has(factorId)) return { ok: false, reason: 'no-such-factor' };
  const own = ownVotes(entries, participantId, factorIds);
  const current = own.get(factorId) ?? 0;
  if (delta < 0) return current > 0 ? { ok: true, next: current - 1 } : { ok: false, reason: 'nothing-to-take-back' };
  let spent = 0;
  for (const count of own.values()) spent += count;
  return spent < session.dotBudget ? { ok: true, next: current + 1 } : { ok: false, reason: 'no-dots-left' };
}

/** Whether shared totals and other participants' factors are on screen for this viewer. */
export const othersVisible = (session: SessionSettings, viewer: Viewer): boolean =>
  viewer.kind === 'host' || !session.hidden || session.revealed;

/**
 * The factors a viewer may see: everything unless the session is hidden and not yet revealed;
 * then a participant sees the facilitator's factors and their own, and a shared screen sees
 * only the facilitator's (it shows counts for the rest).
 */
export function visibleFactors<T extends { author: string }>(factors: readonly T[], session: SessionSettings, viewer: Viewer): T[] {
  if (othersVisible(session, viewer)) return [...factors];
  return factors.filter((factor) => factor.author === HOST_AUTHOR || (viewer.kind === 'participant' && factor.author === viewer.id));
}

/** Reads session settings stored by any version, falling back to the defaults field by field. */
export function readSession(stored: Readonly<Record<string, unknown>>): SessionSettings {
  const phase = PHASES.includes(stored.phase as Phase) ? (stored.phase as Phase) : DEFAULT_SESSION.phase;
  const budget = stored.dotBudget;
  const dotBudget = typeof budget === 'number' && Number.isInteger(budget) && budget >= 0 && budget <= MAX_DOT_BUDGET ? budget : DEFAULT_SESSION.dotBudget;
  return {
    phase,
    dotBudget,
    hidden: stored.hidden === true,
    revealed: stored.revealed === true,
    ended: stored.ended === true,
  };
}

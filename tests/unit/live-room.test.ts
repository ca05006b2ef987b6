import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { countedVotes, decideVote, DEFAULT_SESSION, ownVotes, votesLeft } from '../../src/features/live/rules';
import { addRoomFactor, editRoomFactor, readRoom, removeRoomFactor, restoreRoomFactor, roomTotals, seedRoom, setVote, updateSession } from '../../src/sync/liveRoom';
import { makeScenario } from '../fixtures/live';

function syncBoth(a: Y.Doc, b: Y.Doc): void {
  const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, toB);
  Y.applyUpdate(a, toA);
}

function seededPair(): [Y.Doc, Y.Doc] {
  const host = new Y.Doc();
  seedRoom(host, makeScenario(['a', 'b', 'c']));
  updateSession(host, { ...DEFAULT_SESSION, phase: 'vote', dotBudget: 3 });
  const other = new Y.Doc();
  syncBoth(host, other);
  return [host, other];
}

/** A participant's tap, made only when the rules allow it on that replica. */
function tap(doc: Y.Doc, participantId: string, factorId: string, delta: 1 | -1): void {
  const state = readRoom(doc);
  const ids = new Set(state.factors.map((factor) => factor.id));
  const decision = decideVote(state.session, state.votes, participantId, factorId, delta, ids);
  if (decision.ok) setVote(doc, factorId, participantId, decision.next);
}

describe('a room document', () => {
  it('holds the seeded scenario as the facilitator’s factors', () => {
    const [host] = seededPair();
    const state = readRoom(host);
    expect(state.factors.map((factor) => [factor.id, factor.author])).toEqual([
      ['a', 'host'],
      ['b', 'host'],
      ['c', 'host'],
    ]);
    expect(state.session.phase).toBe('vote');
  });

  it('adds, edits and removes a participant’s factor; removing gives its dots back', () => {
    const [host] = seededPair();
    expect(addRoomFactor(host, { id: 'x', title: '  Grid  ', cell: { pest: 'social', swot: 'threats' }, author: 'p' })).toBe(true);
    expect(addRoomFactor(host, { id: 'y', title: '   ', cell: { pest: 'social', swot: 'threats' }, author: 'p' })).toBe(false);
    editRoomFactor(host, 'x', { note: 'why' });
    tap(host, 'p', 'x', 1);
    let state = readRoom(host);
    expect(state.factors.find((factor) => factor.id === 'x')).toMatchObject({ title: 'Grid', note: 'why', author: 'p' });
    expect(roomTotals(state, true).get('x')).toBe(1);
    removeRoomFactor(host, 'x');
    state = readRoom(host);
    expect(state.factors.some((factor) => factor.id === 'x')).toBe(false);
    expect(votesLeft(state.votes, 'p', 3, new Set(state.factors.map((factor) => factor.id)))).toBe(3);
  });

  it('brings a removed factor back with its author and its dots, within each participant’s budget', () => {
    const [host] = seededPair();
    addRoomFactor(host, { id: 'x', title: 'Grid', cell: { pest: 'social', swot: 'threats' }, author: 'p' });
    tap(host, 'p', 'x', 1);
    tap(host, 'p', 'x', 1);
    tap(host, 'q', 'x', 1);
    removeRoomFactor(host, 'x');
    // p spends two of the three returned dots elsewhere; q does nothing.
    tap(host, 'p', 'a', 1);
    tap(host, 'p', 'b', 1);
    expect(restoreRoomFactor(host, 'x')).toBe(true);
    expect(restoreRoomFactor(host, 'x')).toBe(false);
    const state = readRoom(host);
    expect(state.factors.find((factor) => factor.id === 'x')).toMatchObject({ title: 'Grid', author: 'p', pest: 'social', swot: 'threats' });
    const ids = new Set(state.factors.map((factor) => factor.id));
    expect(Object.fromEntries(ownVotes(state.votes, 'p', ids))).toEqual({ a: 1, b: 1, x: 1 });
    expect(Object.fromEntries(ownVotes(state.votes, 'q', ids))).toEqual({ x: 1 });
    expect(roomTotals(state, true).get('x')).toBe(2);
    expect(restoreRoomFactor(host, 'a')).toBe(false);
  });

  it('adds the facilitator’s base count to participants’ votes', () => {
    const [host] = seededPair();
    editRoomFactor(host, 'a', { baseVotes: 2 });
    tap(host, 'p', 'a', 1);
    expect(roomTotals(readRoom(host), true).get('a')).toBe(3);
    expect(roomTotals(readRoom(host), false).get('a')).toBe(2);
  });
});

describe('two participants voting offline, then syncing', () => {
  const step = fc.record({
    replica: fc.integer({ min: 0, max: 1 }),
    // The same participant may vote on both replicas (two devices): the way a merge overspends.
    participant: fc.constantFrom('p', 'q'),
    factor: fc.constantFrom('a', 'b', 'c'),
    delta: fc.constantFrom<1 | -1>(1, 1, -1),
  });

  it('converge to the same totals, and no participant counts more than the budget', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), fc.integer({ min: 0, max: 5 }), (steps, budget) => {
        const [one, two] = seededPair();
        updateSession(one, { dotBudget: budget });
        syncBoth(one, two);
        const replicas = [one, two];
        for (const { replica, participant, factor, delta } of steps) tap(replicas[replica]!, participant, factor, delta);
        syncBoth(one, two);

        const [stateOne, stateTwo] = [readRoom(one), readRoom(two)];
        const totals = roomTotals(stateOne, true);
        expect(totals).toEqual(roomTotals(stateTwo, true));
        const ids = new Set(stateOne.factors.map((factor) => factor.id));
        for (const perFactor of countedVotes(stateOne.votes, budget, ids).values()) {
          let spent = 0;
          for (const count of perFactor.values()) spent += count;
          expect(spent).toBeLessThanOrEqual(budget);
        }
        let counted = 0;
        for (const value of totals.values()) counted += value;
        expect(counted).toBeLessThanOrEqual(2 * budget);
      }),
      { numRuns: 200 },
    );
  });
});

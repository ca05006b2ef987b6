import { describe, expect, it } from 'vitest';
import {
  countedVotes,
  decideVote,
  DEFAULT_SESSION,
  parseVoteKey,
  readSession,
  type SessionSettings,
  visibleFactors,
  voteKey,
  votesLeft,
  voteTotals,
} from '../../src/features/live/rules';

const ids = new Set(['a', 'b', 'c']);
const voting: SessionSettings = { ...DEFAULT_SESSION, phase: 'vote', dotBudget: 3 };

describe('vote keys', () => {
  it('round-trips a factor and a participant', () => {
    expect(parseVoteKey(voteKey('f-1', 'p-2'))).toEqual({ factorId: 'f-1', participantId: 'p-2' });
    expect(parseVoteKey('no separator')).toBeNull();
  });
});

describe('votes left', () => {
  it('is the budget less what the participant spent on factors that still exist', () => {
    const entries: Array<[string, number]> = [
      [voteKey('a', 'p'), 2],
      [voteKey('gone', 'p'), 3],
      [voteKey('a', 'q'), 1],
    ];
    expect(votesLeft(entries, 'p', 5, ids)).toBe(3);
    expect(votesLeft(entries, 'q', 5, ids)).toBe(4);
    expect(votesLeft(entries, 'p', 1, ids)).toBe(0);
  });
});

describe('deciding a vote', () => {
  it('refuses outside the vote phase and after the end', () => {
    expect(decideVote(DEFAULT_SESSION, [], 'p', 'a', 1, ids)).toEqual({ ok: false, reason: 'not-voting' });
    expect(decideVote({ ...voting, ended: true }, [], 'p', 'a', 1, ids)).toEqual({ ok: false, reason: 'not-voting' });
  });
  it('keeps to the budget and never takes back what was not given', () => {
    const spent: Array<[string, number]> = [[voteKey('a', 'p'), 3]];
    expect(decideVote(voting, spent, 'p', 'b', 1, ids)).toEqual({ ok: false, reason: 'no-dots-left' });
    expect(decideVote(voting, spent, 'p', 'a', -1, ids)).toEqual({ ok: true, next: 2 });
    expect(decideVote(voting, [], 'p', 'a', -1, ids)).toEqual({ ok: false, reason: 'nothing-to-take-back' });
    expect(decideVote(voting, [], 'p', 'a', 1, ids)).toEqual({ ok: true, next: 1 });
    expect(decideVote(voting, [], 'p', 'zzz', 1, ids)).toEqual({ ok: false, reason: 'no-such-factor' });
  });
});

describe('totals', () => {
  it('sum everyone’s votes per factor', () => {
    const entries: Array<[string, number]> = [
      [voteKey('a', 'p'), 2],
      [voteKey('a', 'q'), 1],
      [voteKey('b', 'q'), 1],
    ];
    expect(voteTotals(entries, 5, ids)).toEqual(new Map([['a', 3], ['b', 1]]));
  });
  it('cap a participant who holds more than the budget, in factor-id order', () => {
    const entries: Array<[string, number]> = [
      [voteKey('c', 'p'), 2],
      [voteKey('a', 'p'), 2],
      [voteKey('b', 'p'), 2],
    ];
    expect(countedVotes(entries, 3, ids).get('p')).toEqual(new Map([['a', 2], ['b', 1]]));
  });
  it('ignore damaged entries', () => {
    const entries: Array<[string, number]> = [
      [voteKey('a', 'p'), -4],
      [voteKey('a', 'q'), 1.5],
      ['garbage', 3],
    ];
    expect(voteTotals(entries, 5, ids).size).toBe(0);
  });
});

describe('hidden until revealed', () => {
  const factors = [
    { id: '1', author: 'host' },
    { id: '2', author: 'p' },
    { id: '3', author: 'q' },
  ];
  const hidden = { ...DEFAULT_SESSION, hidden: true };
  it('shows a participant the facilitator’s factors and their own', () => {
    expect(visibleFactors(factors, hidden, { kind: 'participant', id: 'p' }).map((f) => f.id)).toEqual(['1', '2']);
    expect(visibleFactors(factors, hidden, { kind: 'screen' }).map((f) => f.id)).toEqual(['1']);
    expect(visibleFactors(factors, hidden, { kind: 'host' })).toHaveLength(3);
  });
  it('shows everything once revealed', () => {
    expect(visibleFactors(factors, { ...hidden, revealed: true }, { kind: 'screen' })).toHaveLength(3);
  });
});

describe('reading stored settings', () => {
  it('falls back field by field', () => {
    expect(readSession({ phase: 'bogus', dotBudget: -1, hidden: 'yes' })).toEqual(DEFAULT_SESSION);
    expect(readSession({ phase: 'vote', dotBudget: 7, hidden: true })).toMatchObject({ phase: 'vote', dotBudget: 7, hidden: true });
  });
});

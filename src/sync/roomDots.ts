import type * as Y from 'yjs';
import { parseVoteKey, voteKey, votesLeft } from '../features/live/rules';
import { readRoom, roomRoots } from './liveRoom';

/** Participants' dots the facilitator took off one factor, as [participant id, dots], oldest first. */
export type TakenDots = Array<[string, number]>;

/**
 * Takes up to `count` participants' dots off a factor: the facilitator lowered its count below
 * what participants gave it (Present mode's − or "Clear all votes"). The dots go back to those
 * participants to spend again; what was taken is returned, so an undo can give it back.
 */
export function takeDots(doc: Y.Doc, factorId: string, count: number, origin?: unknown): TakenDots {
  const { votes } = roomRoots(doc);
  const onFactor: TakenDots = [];
  for (const [key, dots] of votes.entries()) {
    const parsed = parseVoteKey(key);
    if (parsed?.factorId === factorId && dots > 0) onFactor.push([parsed.participantId, dots]);
  }
  // The latest participant ids first: any fixed order gives every replica the same result.
  onFactor.sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0));
  const taken: TakenDots = [];
  let left = count;
  doc.transact(() => {
    for (const [participantId, dots] of onFactor) {
      if (left <= 0) break;
      const take = Math.min(dots, left);
      if (take === dots) votes.delete(voteKey(factorId, participantId));
      else votes.set(voteKey(factorId, participantId), dots - take);
      taken.push([participantId, take]);
      left -= take;
    }
  }, origin);
  return taken;
}

/**
 * Gives back up to `count` of the dots taken off a factor, the last taken first, each as far as
 * its participant's budget still allows (they may have spent it elsewhere since). Returns how
 * many were given back, how many of the taken dots this accounted for (given or not), and
 * what is left to give back later.
 */
export function giveBackDots(doc: Y.Doc, factorId: string, taken: TakenDots, count: number, origin?: unknown): { given: number; accounted: number; left: TakenDots } {
  const { votes } = roomRoots(doc);
  const state = readRoom(doc);
  const others = new Set(state.factors.map((factor) => factor.id).filter((id) => id !== factorId));
  const left = taken.map(([participantId, dots]): [string, number] => [participantId, dots]);
  let given = 0;
  let accounted = 0;
  doc.transact(() => {
    while (accounted < count && left.length > 0) {
      const last = left[left.length - 1]!;
      const back = Math.min(last[1], count - accounted);
      const key = voteKey(factorId, last[0]);
      const current = votes.get(key) ?? 0;
      const room = votesLeft(state.votes, last[0], state.session.dotBudget, others) - current;
      const restored = Math.max(0, Math.min(back, room));
      if (restored > 0) votes.set(key, current + restored);
      given += restored;
      accounted += back;
      last[1] -= back;
      if (last[1] === 0) left.pop();
    }
  }, origin);
  return { given, accounted, left };
}

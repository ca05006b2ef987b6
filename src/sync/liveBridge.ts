import type * as Y from 'yjs';
import { type Cell, sameCell } from '../domain/axes';
import { addFactor, cellFactors, findFactor, moveFactor, removeFactor, updateFactor, type FactorPatch } from '../domain/matrix';
import { ok, type Result } from '../domain/result';
import type { Factor, Scenario } from '../domain/schema';
import { changeScenario, findScenario } from '../domain/workspace';
import { othersVisible, visibleFactors } from '../features/live/rules';
import type { AppStore } from '../store/appStore';
import { giveBackDots, takeDots, type TakenDots } from './roomDots';
import { addRoomFactor, editRoomFactor, readRoom, removeRoomFactor, restoreRoomFactor, type RoomState, roomTotals } from './liveRoom';

/** The origin of the bridge's own writes to the room, so it does not read them back as news. */
export const FROM_LAPTOP = Symbol('from the facilitator’s scenario');
/**
 * The origin of the room's changes in the facilitator's scenario. Like another tab's, they are
 * never in the facilitator's undo history: Ctrl+Z there undid a participant's new factor, and the
 * bridge then removed it from the room for everyone.
 */
export const FROM_ROOM = Symbol('from the live room');

/** A factor as the facilitator's scenario should hold it, from the room. */
interface Shown {
  title: string;
  note: string;
  cell: Cell;
  votes: number;
  /** Participants' dots included in `votes`: what a +/− on the laptop is measured against. */
  participantVotes: number;
}

/**
 * What the shared screens may show of the room: while hidden and not revealed, the
 * facilitator's own factors with their own counts only. That is also what flows into the
 * facilitator's scenario, so Present mode on the projector never shows hidden work.
 */
function project(state: RoomState): Map<string, Shown> {
  const screen = { kind: 'screen' } as const;
  const includeVotes = othersVisible(state.session, screen);
  const totals = roomTotals(state, includeVotes);
  const shown = new Map<string, Shown>();
  for (const factor of visibleFactors(state.factors, state.session, screen)) {
    const votes = totals.get(factor.id) ?? factor.baseVotes;
    shown.set(factor.id, {
      title: factor.title,
      note: factor.note,
      cell: { pest: factor.pest, swot: factor.swot },
      votes,
      participantVotes: votes - factor.baseVotes,
    });
  }
  return shown;
}

const sameShown = (a: Shown | undefined, b: Shown): boolean =>
  !!a && a.title === b.title && a.note === b.note && a.votes === b.votes && sameCell(a.cell, b.cell);

/** Brings one factor of the scenario in line with the room, changing only what differs. */
function follow(scenario: Scenario, id: string, shown: Shown): Result<Scenario> {
  const local = findFactor(scenario, id);
  if (!local) {
    const added = addFactor(scenario, shown.cell, { id, title: shown.title, note: shown.note });
    return added.ok && shown.votes > 0 ? updateFactor(added.value, id, { votes: shown.votes }) : added;
  }
  const patch: FactorPatch = {};
  if (local.title !== shown.title) patch.title = shown.title;
  if (local.note !== shown.note) patch.note = shown.note;
  if (local.votes !== shown.votes) patch.votes = shown.votes;
  let next = scenario;
  if (Object.keys(patch).length > 0) {
    const updated = updateFactor(next, id, patch);
    if (!updated.ok) return updated;
    next = updated.value;
  }
  if (!sameCell(local, shown.cell)) {
    const moved = moveFactor(next, id, shown.cell, cellFactors(next, shown.cell).length);
    if (!moved.ok) return moved;
    next = moved.value;
  }
  return ok(next);
}

/**
 * Keeps the facilitator's scenario and the live room in step, both ways, so the room's work is
 * in the facilitator's own (stored, exported) document as it happens, and nothing is lost when
 * the session ends or the server stops. Each side passes on only what changed on it since the
 * last pass, and every write skips values the other side already has, so echoes die out.
 *
 * Changes from the room enter the scenario through the store's `change`, as the room's own
 * (FROM_ROOM): never undone by the facilitator's Ctrl+Z.
 */
export function startLiveBridge(store: AppStore, room: Y.Doc, scenarioId: string, { catchUp = false } = {}): { flush(): void; stop(): void } {
  // Catching up (the facilitator's tab reloaded mid-session) treats everything in the room as
  // news, so what phones added while the tab was away reaches the scenario; equal values write nothing.
  let seenInRoom = catchUp ? new Map<string, Shown>() : project(readRoom(room));
  let seenLocally = findScenario(store.getState().workspace, scenarioId);
  let pending = false;
  let applying = false;
  const takenDots = new Map<string, TakenDots>();

  const roomToLocal = () => {
    pending = false;
    const next = project(readRoom(room));
    const changed = [...next].filter(([id, shown]) => !sameShown(seenInRoom.get(id), shown));
    const removed = [...seenInRoom.keys()].filter((id) => !next.has(id));
    seenInRoom = next;
    if (changed.length === 0 && removed.length === 0) return;
    const { workspace, change } = store.getState();
    const result = changeScenario(workspace, scenarioId, (scenario) => {
      let current = scenario;
      for (const [id, shown] of changed) {
        const followed = follow(current, id, shown);
        // A factor the domain refuses (say, an id the scenario cannot take) stays in the room only.
        if (followed.ok) current = followed.value;
      }
      for (const id of removed) {
        const without = removeFactor(current, id);
        if (without.ok) current = without.value;
      }
      return ok(current);
    });
    applying = true;
    try {
      if (result.ok && result.value !== workspace) change(result, FROM_ROOM);
    } finally {
      applying = false;
    }
    seenLocally = findScenario(store.getState().workspace, scenarioId);
  };

  const localToRoom = (scenario: Scenario) => {
    const before = new Map((seenLocally?.factors ?? []).map((factor) => [factor.id, factor]));
    seenLocally = scenario;
    const roomNow = readRoom(room);
    const inRoom = new Set(roomNow.factors.map((factor) => factor.id));
    room.transact(() => {
      for (const factor of scenario.factors) {
        if (before.get(factor.id) === factor) continue;
        before.delete(factor.id);
        writeToRoom(factor, inRoom.has(factor.id));
      }
      for (const id of before.keys()) if (!scenario.factors.some((factor) => factor.id === id)) removeRoomFactor(room, id, FROM_LAPTOP);
    }, FROM_LAPTOP);
  };

  const writeToRoom = (factor: Factor, exists: boolean) => {
    const cell = { pest: factor.pest, swot: factor.swot };
    // Back after a removal (the facilitator's undo): it keeps its author and the room's own
    // count, which the scenario then follows; its votes here still include participants' dots.
    if (!exists && restoreRoomFactor(room, factor.id, FROM_LAPTOP)) {
      editRoomFactor(room, factor.id, { title: factor.title, note: factor.note, cell }, FROM_LAPTOP);
      return;
    }
    const baseVotes = Math.max(0, factor.votes - participantShare(factor));
    if (exists) editRoomFactor(room, factor.id, { title: factor.title, note: factor.note, baseVotes, cell }, FROM_LAPTOP);
    else addRoomFactor(room, { id: factor.id, title: factor.title, note: factor.note, cell, author: 'host', baseVotes }, FROM_LAPTOP);
  };

  /**
   * How much of the facilitator's new count for a factor is participants' dots; the rest is the
   * facilitator's own base count. A count lowered below the participants' dots (Present's − or
   * "Clear all votes") takes their dots off and returns them to spend again; a count raised
   * again (the undo of that) gives them back first, so they never turn into the facilitator's.
   */
  const participantShare = (factor: Factor): number => {
    const seen = seenInRoom.get(factor.id);
    if (!seen) return 0;
    if (factor.votes < seen.participantVotes) {
      const taken = takeDots(room, factor.id, seen.participantVotes - factor.votes, FROM_LAPTOP);
      if (taken.length > 0) takenDots.set(factor.id, [...(takenDots.get(factor.id) ?? []), ...taken]);
      return factor.votes;
    }
    const owed = takenDots.get(factor.id);
    if (!owed || factor.votes <= seen.votes) return seen.participantVotes;
    const { given, accounted, left } = giveBackDots(room, factor.id, owed, factor.votes - seen.votes, FROM_LAPTOP);
    if (left.length > 0) takenDots.set(factor.id, left);
    else takenDots.delete(factor.id);
    // Dots a participant has since spent elsewhere are not given back, and not made the
    // facilitator's either. The scenario then holds more than the room: forgetting what was
    // seen makes the next pass bring the room's count back into it.
    if (given < accounted) seenInRoom.delete(factor.id);
    return seen.participantVotes + accounted;
  };

  // Many updates arrive in a burst when a phone reconnects; the scenario takes them as one change.
  const onRoomChange = () => {
    if (pending) return;
    pending = true;
    queueMicrotask(roomToLocal);
  };
  room.on('afterTransaction', onRoomChange);
  if (catchUp) roomToLocal();
  const stopWatching = store.subscribe((state) => {
    const scenario = findScenario(state.workspace, scenarioId);
    if (!applying && scenario && scenario !== seenLocally) localToRoom(scenario);
  });

  return {
    flush: roomToLocal,
    stop() {
      room.off('afterTransaction', onRoomChange);
      stopWatching();
    },
  };
}

import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MatrixDoc } from '../../src/doc/matrixDoc';
import { changeScenario, findScenario } from '../../src/domain/workspace';
import { changeVotes, clearVotes } from '../../src/domain/votes';
import { ownVotes, voteKey, votesLeft } from '../../src/features/live/rules';
import { startLiveBridge } from '../../src/sync/liveBridge';
import { addRoomFactor, editRoomFactor, readRoom, removeRoomFactor, seedRoom, setVote, updateSession } from '../../src/sync/liveRoom';
import { createAppStore } from '../../src/store/appStore';
import { makeScenario } from '../fixtures/live';

const flushMicrotasks = () => new Promise<void>((resolve) => queueMicrotask(resolve));

function setUp() {
  const scenario = makeScenario(['a', 'b']);
  const doc = new MatrixDoc();
  doc.load({ sources: [], scenarios: [scenario] });
  const store = createAppStore(doc, scenario.id);
  const room = new Y.Doc();
  seedRoom(room, scenario);
  updateSession(room, { phase: 'vote', dotBudget: 5 });
  const bridge = startLiveBridge(store, room, scenario.id);
  const local = () => findScenario(store.getState().workspace, scenario.id)!;
  return { store, room, bridge, local };
}

describe('the live bridge', () => {
  it('brings participants’ factors, edits, votes and removals into the facilitator’s scenario', async () => {
    const { room, local } = setUp();
    addRoomFactor(room, { id: 'x', title: 'Heat pumps', cell: { pest: 'technological', swot: 'opportunities' }, author: 'p' });
    setVote(room, 'x', 'p', 2);
    setVote(room, 'x', 'q', 1);
    await flushMicrotasks();
    expect(local().factors.find((factor) => factor.id === 'x')).toMatchObject({ title: 'Heat pumps', pest: 'technological', votes: 3 });

    editRoomFactor(room, 'x', { title: 'Heat pumps, cheaper' });
    await flushMicrotasks();
    expect(local().factors.find((factor) => factor.id === 'x')?.title).toBe('Heat pumps, cheaper');

    removeRoomFactor(room, 'x');
    await flushMicrotasks();
    expect(local().factors.some((factor) => factor.id === 'x')).toBe(false);
  });

  it('holds hidden work back until the reveal', async () => {
    const { room, local } = setUp();
    updateSession(room, { hidden: true });
    addRoomFactor(room, { id: 'x', title: 'Secret', cell: { pest: 'social', swot: 'threats' }, author: 'p' });
    setVote(room, 'a', 'p', 2);
    await flushMicrotasks();
    expect(local().factors.map((factor) => factor.id)).toEqual(['a', 'b']);
    expect(local().factors[0]!.votes).toBe(0);
    updateSession(room, { revealed: true });
    await flushMicrotasks();
    expect(local().factors.map((factor) => factor.id)).toContain('x');
    expect(local().factors[0]!.votes).toBe(2);
  });

  it('passes the facilitator’s own edits to the room, keeping participants’ dots apart', async () => {
    const { room, store, local } = setUp();
    setVote(room, 'a', 'p', 2);
    await flushMicrotasks();
    const { workspace, change } = store.getState();
    const scenario = local();
    change({ ok: true, value: { ...workspace, scenarios: [{ ...scenario, factors: scenario.factors.map((f) => (f.id === 'a' ? { ...f, votes: 3, title: 'Renamed' } : f)).filter((f) => f.id !== 'b') }] } });
    const state = readRoom(room);
    expect(state.factors.map((factor) => factor.id)).toEqual(['a']);
    expect(state.factors[0]).toMatchObject({ title: 'Renamed', baseVotes: 1 });
    await flushMicrotasks();
    expect(local().factors[0]!.votes).toBe(3);
  });

  it('the facilitator’s undo takes back only the facilitator’s own change, never what the room brought', async () => {
    const { room, store, local } = setUp();
    const { workspace, change } = store.getState();
    const scenario = local();
    change({ ok: true, value: { ...workspace, scenarios: [{ ...scenario, factors: scenario.factors.map((f) => (f.id === 'a' ? { ...f, title: 'Renamed' } : f)) }] } });
    addRoomFactor(room, { id: 'x', title: 'A participant’s idea', cell: { pest: 'social', swot: 'opportunities' }, author: 'p' });
    setVote(room, 'x', 'p', 2);
    await flushMicrotasks();
    expect(store.getState().undoDepth).toBe(1);

    store.getState().undo();
    await flushMicrotasks();
    expect(local().factors.find((f) => f.id === 'a')!.title).not.toBe('Renamed');
    expect(local().factors.find((f) => f.id === 'x')).toMatchObject({ title: 'A participant’s idea', votes: 2 });
    expect(readRoom(room).factors.map((f) => f.id)).toContain('x');
    expect(store.getState().canUndo).toBe(false);
  });

  it('a participant’s factor the facilitator removed comes back on undo as theirs, with their dots, not as the facilitator’s', async () => {
    const { room, store, local } = setUp();
    addRoomFactor(room, { id: 'x', title: 'A participant’s idea', cell: { pest: 'social', swot: 'opportunities' }, author: 'p' });
    setVote(room, 'x', 'p', 2);
    setVote(room, 'x', 'q', 1);
    await flushMicrotasks();
    expect(local().factors.find((f) => f.id === 'x')?.votes).toBe(3);

    const { workspace, change } = store.getState();
    const scenario = local();
    change({ ok: true, value: { ...workspace, scenarios: [{ ...scenario, factors: scenario.factors.filter((f) => f.id !== 'x') }] } });
    expect(readRoom(room).factors.map((f) => f.id)).not.toContain('x');
    await flushMicrotasks();

    store.getState().undo();
    await flushMicrotasks();
    const back = readRoom(room).factors.find((f) => f.id === 'x');
    expect(back).toMatchObject({ author: 'p', baseVotes: 0 });
    expect(local().factors.find((f) => f.id === 'x')).toMatchObject({ title: 'A participant’s idea', votes: 3 });
    // Redo removes it again, and the next undo brings it back the same way.
    store.getState().redo();
    await flushMicrotasks();
    expect(readRoom(room).factors.map((f) => f.id)).not.toContain('x');
    store.getState().undo();
    await flushMicrotasks();
    expect(readRoom(room).factors.find((f) => f.id === 'x')).toMatchObject({ author: 'p', baseVotes: 0 });
    expect(local().factors.find((f) => f.id === 'x')?.votes).toBe(3);
  });

  it('clearing the votes on the laptop takes participants’ dots off and gives them back; undo gives them back again', async () => {
    const { room, store, local } = setUp();
    editRoomFactor(room, 'a', { baseVotes: 1 });
    setVote(room, 'a', 'p', 2);
    setVote(room, 'b', 'q', 1);
    await flushMicrotasks();
    expect(local().factors.map((f) => f.votes)).toEqual([3, 1]);
    const dotsLeft = (participantId: string) => {
      const state = readRoom(room);
      return votesLeft(state.votes, participantId, state.session.dotBudget, new Set(state.factors.map((f) => f.id)));
    };

    const { workspace, change } = store.getState();
    change(changeScenario(workspace, local().id, clearVotes));
    await flushMicrotasks();
    // It stays cleared: the room no longer puts participants' dots back on.
    expect(local().factors.map((f) => f.votes)).toEqual([0, 0]);
    expect(readRoom(room).votes).toEqual([]);
    expect([dotsLeft('p'), dotsLeft('q')]).toEqual([5, 5]);

    // q spends four dots elsewhere before the undo; only one of them is still free for b.
    addRoomFactor(room, { id: 'x', title: 'Elsewhere', cell: { pest: 'social', swot: 'threats' }, author: 'q' });
    setVote(room, 'x', 'q', 5);
    await flushMicrotasks();
    store.getState().undo();
    await flushMicrotasks();
    const state = readRoom(room);
    expect(state.factors.find((f) => f.id === 'a')?.baseVotes).toBe(1);
    expect(Object.fromEntries(ownVotes(state.votes, 'p', new Set(['a', 'b', 'x'])))).toEqual({ a: 2 });
    expect(Object.fromEntries(ownVotes(state.votes, 'q', new Set(['a', 'b', 'x'])))).toEqual({ x: 5 });
    // b's dot was q's, and q has none left: it is not given back, nor made the facilitator's.
    expect(local().factors.filter((f) => f.id !== 'x').map((f) => f.votes)).toEqual([3, 0]);
    expect(state.factors.find((f) => f.id === 'b')?.baseVotes).toBe(0);
  });

  it('the laptop’s − takes the facilitator’s own votes first, then participants’ dots', async () => {
    const { room, store, local } = setUp();
    editRoomFactor(room, 'a', { baseVotes: 1 });
    setVote(room, 'a', 'p', 2);
    await flushMicrotasks();
    const lower = () => {
      const { workspace, change } = store.getState();
      change(changeScenario(workspace, local().id, (scenario) => changeVotes(scenario, 'a', -1)));
    };
    lower();
    await flushMicrotasks();
    expect(readRoom(room).factors[0]).toMatchObject({ baseVotes: 0 });
    expect(readRoom(room).votes).toEqual([[voteKey('a', 'p'), 2]]);
    lower();
    await flushMicrotasks();
    expect(readRoom(room).votes).toEqual([[voteKey('a', 'p'), 1]]);
    expect(local().factors[0]!.votes).toBe(1);
  });
});

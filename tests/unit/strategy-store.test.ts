import { describe, expect, it, vi } from 'vitest';
import { factorDeletionImpact, strategyStatus } from '../../src/domain/strategy/tows';
import { evaluateMatrix } from '../../src/domain/strategy/weighting';
import { createActions } from '../../src/store/actions';
import { createStrategyActions } from '../../src/store/strategyActions';
import { storeForWorkspace } from '../../src/store/fromWorkspace';
import { selectActiveScenario } from '../../src/store/selectors';
import { cell, factor, scenario, workspace } from '../fixtures/builders';

const PS = cell('political', 'strengths');
const EO = cell('economic', 'opportunities');

function setup() {
  const { store } = storeForWorkspace(
    workspace([scenario('s', [factor('s1', PS, { title: 'Strong state' }), factor('s2', PS), factor('o1', EO, { title: 'Open market' })])]),
  );
  const actions = { ...createActions(store), ...createStrategyActions(store) };
  const active = () => selectActiveScenario(store.getState());
  return { store, actions, active };
}

describe('strategy actions in the store', () => {
  it('make a strategy from two cards; deleting one of its factors names it and marks it incomplete; undo restores both', () => {
    const { store, actions, active } = setup();
    const id = actions.addStrategy('SO', { title: 'Use the state to open the market', factorIds: ['s1', 'o1'] });
    expect(id).not.toBeNull();
    const strategy = () => active().strategies.find((s) => s.id === id)!;
    expect(strategyStatus(active(), strategy()).complete).toBe(true);

    // What the interface asks before it deletes:
    expect(factorDeletionImpact(active(), ['o1']).map((i) => [i.strategy.title, i.becomesIncomplete])).toEqual([
      ['Use the state to open the market', true],
    ]);
    expect(actions.removeFactor('o1')).toBe(true);
    expect(store.getState().toasts.at(-1)!.message).toBe('Deleted "Open market"; used by strategy "Use the state to open the market"');
    expect(strategy().factorIds).toEqual(['s1', 'o1']);
    expect(strategyStatus(active(), strategy())).toMatchObject({ complete: false, missingParts: ['opportunities'] });

    store.getState().undo();
    expect(active().factors.map((f) => f.id)).toContain('o1');
    expect(strategyStatus(active(), strategy()).complete).toBe(true);
  });

  it('announce a move, saying when the strategy lands incomplete', () => {
    const { store, actions } = setup();
    const id = actions.addStrategy('SO', { title: 'Plan', factorIds: ['s1', 'o1'] })!;
    expect(actions.moveStrategy(id, 'WT', 0)).toBe(true);
    expect(store.getState().announcement.text).toBe('Moved strategy "Plan" to WT, position 1 of 1; incomplete: no weaknesses or threats linked');
  });

  it('delete a strategy with an Undo that puts it back', () => {
    const { store, actions, active } = setup();
    const id = actions.addStrategy('ST', { title: 'Plan' })!;
    actions.removeStrategy(id);
    expect(active().strategies).toEqual([]);
    store.getState().toasts.at(-1)!.action!.run();
    expect(active().strategies.map((s) => s.id)).toEqual([id]);
  });

  it('set weights and ratings, normalise them, and undo each as one step', async () => {
    const { store, actions, active } = setup();
    expect(actions.setWeight('s1', 0.3)).toBe(true);
    expect(actions.setRating('s1', 4)).toBe(true);
    expect(actions.setRating('s2', 1)).toBe(false);
    // The words of an error load with the first one, so its toast follows a moment later.
    await vi.waitFor(() => expect(store.getState().toasts.at(-1)).toMatchObject({ tone: 'error', message: 'This factor may only be rated 3 or 4.' }));
    expect(actions.normaliseWeights('ife')).toBe(true);
    expect(evaluateMatrix(active(), 'ife').weightsSumToOne).toBe(true);
    store.getState().undo();
    expect(active().factors.map((f) => f.weight)).toEqual([0.3, undefined, undefined]);
    expect(store.getState().undoDepth).toBe(2);
  });

  it('label evidence, set likelihood and the threshold', () => {
    const { actions, active } = setup();
    expect(actions.setLikelihood('s1', 5)).toBe(true);
    expect(actions.setSignificanceThreshold(20)).toBe(true);
    expect(active()).toMatchObject({ significanceThreshold: 20 });
    expect(active().factors[0]!.likelihood).toBe(5);
    expect(actions.setEvidence('s1', 0, 'fact')).toBe(false); // s1 has no citation 0
  });
});

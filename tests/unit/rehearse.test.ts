import { describe, expect, it } from 'vitest';
import { rehearsal } from '../../src/app/rehearse';
import { createActions } from '../../src/store/actions';
import type { AppStore } from '../../src/store/appStore';
import { selectActiveScenario } from '../../src/store/selectors';

/** Runs the rehearsal's steps, watching what its edits did to its scratch store. */
function rehearseWatched() {
  const stores: AppStore[] = [];
  const refused: string[] = [];
  const steps = rehearsal((store) => {
    stores.push(store);
    const actions = createActions(store);
    return {
      ...actions,
      moveFactor: (...args: Parameters<typeof actions.moveFactor>) => actions.moveFactor(...args) || (refused.push(`move ${args[0]}`), false),
      addFactor: (...args: Parameters<typeof actions.addFactor>) => actions.addFactor(...args) ?? (refused.push('add'), null),
      updateFactor: (...args: Parameters<typeof actions.updateFactor>) => actions.updateFactor(...args) || (refused.push(`update ${args[0]}`), false),
    };
  });
  return { steps, stores, refused };
}

describe('rehearsing the editing code', () => {
  it('makes every edit on one scratch store, and ends with the cards moved there and back', () => {
    const { steps, stores, refused } = rehearseWatched();
    // The last step lets the scratch document go; stop before it to look at the result.
    for (const step of steps.slice(0, -1)) step();
    expect(stores).toHaveLength(1);
    expect(refused).toEqual([]);
    const [store] = stores;
    const scenario = selectActiveScenario(store!.getState());
    const factorById = (id: string) => scenario.factors.find((factor) => factor.id === id);
    expect(factorById('r1')).toMatchObject({ pest: 'political', swot: 'strengths' });
    expect(factorById('r2')).toMatchObject({ pest: 'political', swot: 'strengths' });
    expect(scenario.factors.filter((factor) => factor.title.startsWith('Rehearsal retitled'))).toHaveLength(3);
    expect(store!.getState().drag).toBeNull();
    // Every move, add and edit was an undoable step (undo and redo leave the count as it was).
    expect(store!.getState().undoDepth).toBe(3 * (4 + 2));
  });

  it('touches nothing of the page: no storage, and it marks when it is done', () => {
    localStorage.clear();
    performance.clearMarks('editing-rehearsed');
    const { steps } = rehearseWatched();
    for (const step of steps) step();
    expect(localStorage.length).toBe(0);
    expect(performance.getEntriesByName('editing-rehearsed')).toHaveLength(1);
  });
});

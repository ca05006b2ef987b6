import type { Cell } from '../domain/axes';
import { findFactor } from '../domain/matrix';
import type { Factor, Scenario, Workspace } from '../domain/schema';
import { dragOutcome, keyboardLanding } from '../features/matrix/dragOutcome';
import type { createActions } from '../store/actions';
import type { MatrixDoc } from '../doc/matrixDoc';
import type { AppStore } from '../store/appStore';
import { storeForWorkspace } from '../store/fromWorkspace';
import { selectActiveScenario, selectStoredCellIds } from '../store/selectors';

type Actions = ReturnType<typeof createActions>;
type Outcome = ReturnType<typeof dragOutcome>;
interface Scratch {
  store: AppStore;
  actions: Actions;
  outcome: Outcome;
  doc: MatrixDoc;
}

const SOURCE_ID = 'rehearsal-source';
/** Rounds of the same edits: V8 keeps optimising code over its first few runs, not only the first. */
const ROUNDS = 3;

const scratchFactor = (id: string, pest: Factor['pest'], swot: Factor['swot']): Factor => ({
  id,
  title: `Rehearsal ${id}`,
  note: '',
  impact: 3,
  tags: ['rehearsal'],
  pest,
  swot,
  votes: 1,
  citations: [{ sourceId: SOURCE_ID, locator: 'p. 1', quote: 'A rehearsal quote.' }],
});

function scratchWorkspace(): Workspace {
  const scenario: Scenario = {
    id: 'rehearsal',
    name: 'Rehearsal',
    description: '',
    factors: [scratchFactor('r1', 'political', 'strengths'), scratchFactor('r2', 'political', 'strengths'), scratchFactor('r3', 'economic', 'threats')],
    strategies: [],
  };
  const revised = scenario.factors.map((factor, i) => (i === 0 ? { ...factor, title: `${factor.title} (revised)` } : factor));
  return {
    sources: [{ id: SOURCE_ID, title: 'Rehearsal source', authors: [], year: null, publisher: null, url: null }],
    scenarios: [scenario, { ...scenario, id: 'rehearsal-fork', name: 'Rehearsal, revised', factors: revised }],
    activeScenarioId: scenario.id,
  };
}

/** A keyboard move as the board makes one, in store terms: picked up, one step, dropped. */
function keyboardMove({ store, outcome }: Scratch, factorId: string, key: 'ArrowRight' | 'ArrowLeft'): void {
  const state = store.getState;
  const factor = findFactor(selectActiveScenario(state()), factorId);
  if (!factor) return;
  const origin: Cell = { pest: factor.pest, swot: factor.swot };
  const index = selectStoredCellIds(state(), origin).indexOf(factorId);
  state().setDrag({ factorId, origin, cell: origin, index, keyboard: true });
  state().select(factorId);
  state().announce(outcome.where(origin, factorId));
  const next = keyboardLanding(state(), state().drag!, key);
  if (next) state().setDrag({ ...state().drag!, ...next });
  state().announce(outcome.where(next?.cell ?? origin, factorId));
  outcome.drop(state().drag!);
}

/** One round of edits: two cards moved there and back, a factor added and edited, undo and redo, a switch to the fork and back. */
function round(run: (step: (scratch: Scratch) => void) => () => void, n: number): Array<() => void> {
  return [
    run((scratch) => keyboardMove(scratch, 'r1', 'ArrowRight')),
    run((scratch) => keyboardMove(scratch, 'r2', 'ArrowRight')),
    run((scratch) => keyboardMove(scratch, 'r1', 'ArrowLeft')),
    run((scratch) => keyboardMove(scratch, 'r2', 'ArrowLeft')),
    run(({ actions }) => {
      const id = actions.addFactor({ pest: 'social', swot: 'opportunities' }, { title: `Rehearsal added ${n}` });
      if (id) actions.updateFactor(id, { title: `Rehearsal retitled ${n}` });
    }),
    run(({ store }) => {
      store.getState().undo();
      store.getState().redo();
    }),
    run(({ store }) => {
      store.getState().setActiveScenario('rehearsal-fork');
      store.getState().setActiveScenario('rehearsal');
    }),
  ];
}

/**
 * The editing code, run on a scratch store that nothing shows, shares or saves: keyboard moves,
 * adds, edits, undo and redo, and switches to a fork. Returned as steps, one for each idle period:
 * run cold as one task it took 40–100 ms, and a key pressed meanwhile would have waited.
 *
 * A page load's first drops and adds ran that code for the first time (Yjs's transaction and
 * update encoding, the document's writer and reader, the store's follow-up) and took far longer
 * than later ones: in the bench at 100 factors, first keyboard drops 36–52 ms where later ones
 * took 12–20. Rehearsed while the person looks at the page, their first edits are quick too.
 */
export function rehearsal(actionsFor: typeof createActions): Array<() => void> {
  let scratch: Scratch | null = null;
  const run = (step: (scratch: Scratch) => void) => () => {
    if (scratch) step(scratch);
  };
  const start = () => {
    const { store, doc } = storeForWorkspace(scratchWorkspace());
    const actions = actionsFor(store);
    scratch = { store, actions, outcome: dragOutcome(store, actions), doc };
  };
  const finish = () => {
    scratch?.doc.ydoc.destroy();
    scratch = null;
    performance.mark('editing-rehearsed');
  };
  return [start, ...Array.from({ length: ROUNDS }, (_, n) => round(run, n)).flat(), finish];
}

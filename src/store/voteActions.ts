import type { Cell } from '../domain/axes';
import { changeVotes, clearVotes, sortCellByVotes } from '../domain/votes';
import { scenarioTargets } from './actions';
import type { AppStore } from './appStore';

/** Dot voting, which Present mode offers (loaded with it). */
export function createVoteActions(store: AppStore) {
  const { onActive } = scenarioTargets(store);
  return {
    changeVotes: (factorId: string, delta: number) => onActive((scenario) => changeVotes(scenario, factorId, delta)),
    clearVotes: () => onActive(clearVotes),
    sortCellByVotes: (cell: Cell) => onActive((scenario) => sortCellByVotes(scenario, cell)),
  };
}

export type VoteActions = ReturnType<typeof createVoteActions>;

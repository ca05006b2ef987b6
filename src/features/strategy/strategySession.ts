import { create } from 'zustand';
import type { Pest, TowsQuadrant } from '../../domain/axes';

export type StrategyTab = 'weights' | 'tows' | 'evidence';

/** A strategy started from cards picked on the grid ("Make strategy"), for the TOWS form to open with. */
export interface StrategySeed {
  quadrant: TowsQuadrant;
  factorIds: string[];
}

/** What this tab's strategy panel is looking at: session state, never saved into the document. */
export const useStrategySession = create<{ tab: StrategyTab; scope: Pest | null; seed: StrategySeed | null }>(() => ({
  tab: 'weights',
  scope: null,
  seed: null,
}));

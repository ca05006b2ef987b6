import { create } from 'zustand';
import { readPref, writePref } from '../../io/devicePrefs';

export const DENSITIES = ['comfortable', 'compact', 'overview'] as const;
export type Density = (typeof DENSITIES)[number];

interface DensityState {
  density: Density;
  setDensity(density: Density): void;
}

/** How much of the matrix the editor shows at once; remembered per device. */
export const useDensity = create<DensityState>()((set) => ({
  density: readPref('density', DENSITIES, 'comfortable'),
  setDensity(density) {
    writePref('density', density);
    set({ density });
  },
}));

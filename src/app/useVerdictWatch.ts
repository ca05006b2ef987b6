import { useEffect } from 'react';
import type { AppStore } from '../store/appStore';
import { whenIdle } from './whenQuiet';

/**
 * The cards' quote checks follow the scenario and the attached texts from the first idle moment
 * after the grid is up. They are part of what the page shows, not work for later: a text attached
 * in the page's first seconds marks its cards at once, and a returning analyst's cards show their
 * checks without waiting for a pause.
 */
export function useVerdictWatch(store: AppStore): void {
  useEffect(() => {
    let stop = () => {};
    let unmounted = false;
    const start = () =>
      void import('../features/evidence/watchVerdicts').then(({ watchVerdicts }) => {
        if (!unmounted) stop = watchVerdicts(store);
      });
    const cancel = whenIdle(start);
    return () => {
      unmounted = true;
      cancel();
      stop();
    };
  }, [store]);
}

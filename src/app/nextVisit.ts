import type { AppStore } from '../store/appStore';
import { keepFirstScreen } from './firstScreen/capture';
import { registerOffline } from './offline';

/**
 * What the next visit needs, prepared once the person has paused (main.tsx): the worker that keeps
 * the app working offline, and the copy of the first screen that the next start paints at once.
 */
export function prepareNextVisit(store: AppStore): void {
  registerOffline();
  keepFirstScreen(store);
}

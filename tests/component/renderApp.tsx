import { render } from '@testing-library/react';
import { beforeEach, vi } from 'vitest';
import { App } from '../../src/app/App';
import type { Workspace } from '../../src/domain/schema';
import { storeForWorkspace } from '../../src/store/fromWorkspace';
import { StoreProvider } from '../../src/store/context';

// Once the page is idle the app fetches every panel's code (usePreloadPanels in App); jsdom has no
// requestIdleCallback, so the app would use its fallback, a timer 1.5 s after the first render. A
// test file could end with those imports in flight, which vitest reports as errors after tearing
// the environment down (EnvironmentTeardownError), and a test could pass only because a panel
// happened to be fetched ahead. So idle callbacks never run in a test file that renders the app
// (each one imports this module). Not in tests/setup.ts, which the unit tests share: those of
// start-up wait for the autosave's first write, which waits for the page to be idle too. A test
// that wants the preloads stubs requestIdleCallback itself, in its own beforeEach or before
// renderApp; this runs before each test, so that stub ends with its test.
beforeEach(() => {
  vi.stubGlobal('requestIdleCallback', () => 0);
  vi.stubGlobal('cancelIdleCallback', () => {});
});

/** A small workspace: two scenarios, one source, a few factors in known cells. */
export function smallWorkspace(): Workspace {
  const factor = (id: string, title: string, pest: string, swot: string, extra: object = {}) => ({
    id,
    title,
    note: '',
    impact: null,
    tags: [],
    pest,
    swot,
    votes: 0,
    citations: [],
    ...extra,
  });
  return {
    sources: [{ id: 'report', title: 'National AI report', authors: ['A. Author'], year: 2024, publisher: 'Ministry', url: null }],
    scenarios: [
      {
        id: 'main',
        name: 'Main',
        description: '',
        strategies: [],
        factors: [
          factor('f1', 'Strong e-government', 'political', 'strengths', {
            citations: [{ sourceId: 'report', locator: 'p. 4', quote: 'E-government services are widely used.' }],
          }),
          factor('f2', 'Skills shortage', 'economic', 'weaknesses', { impact: 5, note: 'Raised by every panel.' }),
          factor('f3', 'Data centres planned', 'technological', 'opportunities'),
        ],
      } as Workspace['scenarios'][number],
      { id: 'other', name: 'Other', description: '', factors: [], strategies: [] },
    ],
    activeScenarioId: 'main',
  } as Workspace;
}

export function renderApp(workspace: Workspace = smallWorkspace()) {
  const store = storeForWorkspace(workspace).store;
  const view = render(
    <StoreProvider store={store}>
      <App />
    </StoreProvider>,
  );
  return { store, ...view };
}

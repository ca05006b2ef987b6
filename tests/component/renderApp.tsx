import { render } from '@testing-library/react';
import { App } from '../../src/app/App';
import type { Workspace } from '../../src/domain/schema';
import { storeForWorkspace } from '../../src/store/fromWorkspace';
import { StoreProvider } from '../../src/store/context';

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

import { serializeDocument, toDocument } from '../../domain/exportDocument';
import { downloadText, slug, today } from '../../io/download';
import type { AppStore } from '../../store/appStore';
import { selectActiveScenario } from '../../store/selectors';

/** Downloads the scenario on screen, or every scenario, in the app's JSON format. */
export function exportJson(store: AppStore, which: 'active' | 'all'): void {
  const { workspace } = store.getState();
  const scenario = selectActiveScenario(store.getState());
  if (which === 'all') downloadText(`swot-pest-all-scenarios-${today()}.json`, serializeDocument(toDocument(workspace)));
  else downloadText(`swot-pest-${slug(scenario.name)}-${today()}.json`, serializeDocument(toDocument(workspace, [scenario.id])));
}

import { MatrixDoc } from '../doc/matrixDoc';
import type { Workspace } from '../domain/schema';
import { type AppStore, createAppStore } from './appStore';

/** A store over a fresh document holding `workspace` (seeds, migrated work, tests). */
export function storeForWorkspace(workspace: Workspace): { store: AppStore; doc: MatrixDoc } {
  const doc = new MatrixDoc();
  doc.load(workspace);
  return { store: createAppStore(doc, workspace.activeScenarioId), doc };
}

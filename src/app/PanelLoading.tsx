import type { AppState } from '../store/appStore';
import { useAppStore } from '../store/context';
import { text } from '../i18n/core';
import { appText } from '../i18n/en/app';

/**
 * Where a side panel opened before its code is here will be: the grid makes room at once, and
 * after a moment (see .panel-loading) the space says it is loading, e.g. on a slow first visit.
 * It can be closed like the panel, since on a phone it covers the screen.
 */
export function PanelLoading({ close }: { close(state: AppState): void }) {
  const store = useAppStore();
  const S = text(appText);
  return (
    <div className="side-panel" aria-busy="true">
      <div className="side-panel__header">
        <p className="panel-loading" role="status">
          {S.loading}
        </p>
        <button type="button" className="side-panel__close" aria-label={S.close} onClick={() => close(store.getState())}>
          ×
        </button>
      </div>
    </div>
  );
}

export const panelLoading = () => <PanelLoading close={(state) => state.setPanel(null)} />;
export const editorLoading = () => <PanelLoading close={(state) => state.setEditing(null)} />;

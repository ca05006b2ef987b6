import type { AppState } from '../store/appStore';
import { LoadFailed } from './LoadFailed';
import { useAppStore } from '../store/context';
import { text } from '../i18n/core';
import { appText } from '../i18n/en/app';

/**
 * Where a side panel opened before its code is here will be: the grid makes room at once, and
 * after a moment (see .panel-loading) the space says it is loading, e.g. on a slow first visit.
 * With `retry`, the code could not be fetched, and the space says so. It can be closed like the
 * panel, since on a phone it covers the screen.
 */
export function PanelLoading({ close, retry }: { close(state: AppState): void; retry?: () => void }) {
  const store = useAppStore();
  const S = text(appText);
  return (
    <div className="side-panel" aria-busy={retry ? undefined : true}>
      <div className="side-panel__header">
        {retry ? (
          <LoadFailed retry={retry} />
        ) : (
          <p className="panel-loading" role="status">
            {S.loading}
          </p>
        )}
        <button type="button" className="side-panel__close" aria-label={S.close} onClick={() => close(store.getState())}>
          ×
        </button>
      </div>
    </div>
  );
}

const closePanel = (state: AppState) => state.setPanel(null);
const closeEditor = (state: AppState) => state.setEditing(null);
export const panelLoading = () => <PanelLoading close={closePanel} />;
export const editorLoading = () => <PanelLoading close={closeEditor} />;
export const panelFailed = (retry: () => void) => <PanelLoading close={closePanel} retry={retry} />;
export const editorFailed = (retry: () => void) => <PanelLoading close={closeEditor} retry={retry} />;
